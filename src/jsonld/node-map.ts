// The node map of JSON-LD 1.1 API §7.2 reduced to what RDF conversion needs, with jsonld.js's
// duplicate rules (lib/nodeMap.js + util.compareValues): per graph, subject and property, node
// references are merged by id and literals by (@value, @type, @language); lists never are. The
// resulting quad multiset is the one jsonld.js hands to rdf-canonize, which does not deduplicate.
import {
  DEFAULT_GRAPH,
  type LiteralValue,
  literalTerm,
  makeTerm,
  RDF_FIRST,
  RDF_NIL,
  RDF_REST,
  RDF_TYPE,
  type RdfQuad,
  type RdfTerm,
} from './rdf-terms.js';

/** An object of a node-map property: a node reference, a literal or a list. */
export type MapValue =
  | { readonly kind: 'ref'; readonly id: string }
  | ({ readonly kind: 'literal' } & LiteralValue)
  | { readonly kind: 'list'; readonly items: MapValue[] };

type Subject = Map<string, MapValue[]>;

/** Graph name `''` is the default graph; others are blank node labels (`_:b3`). */
export class NodeMap {
  private readonly graphs = new Map<string, Map<string, Subject>>();
  private counter = 0;
  private readonly labels = new Map<string, string>();

  /** A fresh blank node label (`_:b0`, `_:b1`, ...), or the label of a document's blank node id. */
  blankNode(documentId?: string): string {
    if (documentId === undefined) return `_:b${this.counter++}`;
    let label = this.labels.get(documentId);
    if (label === undefined) {
      label = `_:b${this.counter++}`;
      this.labels.set(documentId, label);
    }
    return label;
  }

  /** Adds a value unless an equal one is there (lists always added); `@type` for rdf:type. */
  add(graph: string, subject: string, property: string, value: MapValue): void {
    const values = this.values(graph, subject, property);
    if (value.kind !== 'list' && values.some((v) => sameValue(v, value))) return;
    values.push(value);
  }

  /** Makes sure the subject exists in the graph (a node with no properties yields no quads). */
  touch(graph: string, subject: string): void {
    this.subject(graph, subject);
  }

  private subject(graph: string, subject: string): Subject {
    let subjects = this.graphs.get(graph);
    if (subjects === undefined) {
      subjects = new Map();
      this.graphs.set(graph, subjects);
    }
    let properties = subjects.get(subject);
    if (properties === undefined) {
      properties = new Map();
      subjects.set(subject, properties);
    }
    return properties;
  }

  private values(graph: string, subject: string, property: string): MapValue[] {
    const properties = this.subject(graph, subject);
    let values = properties.get(property);
    if (values === undefined) {
      values = [];
      properties.set(property, values);
    }
    return values;
  }

  /** The RDF dataset (JSON-LD 1.1 API §8.1 "Deserialize JSON-LD to RDF"). */
  toDataset(): RdfQuad[] {
    const dataset: RdfQuad[] = [];
    for (const [name, subjects] of this.graphs) {
      const graph = name === '' ? DEFAULT_GRAPH : makeTerm(name);
      for (const [id, properties] of subjects) {
        const subject = makeTerm(id);
        for (const [property, values] of properties) {
          const predicate = makeTerm(property === '@type' ? RDF_TYPE : property);
          for (const value of values) {
            const object = this.objectTerm(value, graph, dataset);
            dataset.push({ subject, predicate, object, graph });
          }
        }
      }
    }
    return dataset;
  }

  private objectTerm(value: MapValue, graph: RdfTerm, dataset: RdfQuad[]): RdfTerm {
    if (value.kind === 'ref') return makeTerm(value.id);
    if (value.kind === 'literal') return literalTerm(value);
    return this.listTerm(value.items, graph, dataset);
  }

  // JSON-LD 1.1 API §8.4 "List to RDF Conversion".
  private listTerm(items: readonly MapValue[], graph: RdfTerm, dataset: RdfQuad[]): RdfTerm {
    if (items.length === 0) return makeTerm(RDF_NIL);
    const first = makeTerm(RDF_FIRST);
    const rest = makeTerm(RDF_REST);
    const head = makeTerm(this.blankNode());
    let subject = head;
    items.forEach((item, i) => {
      const object = this.objectTerm(item, graph, dataset);
      const next = i === items.length - 1 ? makeTerm(RDF_NIL) : makeTerm(this.blankNode());
      dataset.push({ subject, predicate: first, object, graph });
      dataset.push({ subject, predicate: rest, object: next, graph });
      subject = next;
    });
    return head;
  }
}

// jsonld.js util.compareValues for node-map values.
function sameValue(a: MapValue, b: MapValue): boolean {
  if (a.kind === 'ref' && b.kind === 'ref') return a.id === b.id;
  if (a.kind === 'literal' && b.kind === 'literal') {
    return a.value === b.value && a.type === b.type && a.language === b.language;
  }
  return false;
}
