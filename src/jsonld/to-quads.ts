// JSON -> RDF quads without an expanded JSON-LD form in between: a visitor of the walker that
// builds the node map directly. Everything JSON-LD safe mode rejects raises the same condition
// (jsonld.js event code) with a JSON Pointer; everything outside the supported features raises
// UnsupportedFeatureError so the caller runs jsonld.js instead.
import { hasProtoMember } from '../internal/json.js';
import type { ContextSource } from './context-source.js';
import { JsonLdProcessingError, UnsupportedFeatureError } from './errors.js';
import { BCP47, isAbsoluteIri } from './iri.js';
import { type MapValue, NodeMap } from './node-map.js';
import type { RdfQuad } from './rdf-terms.js';
import type { ActiveContext } from './types.js';
import { walkDocument } from './walk.js';
import type { JsonLdVisitor, KeyVisit, NodeVisit, ValueVisit } from './walk-types.js';

/** Options of {@link toQuads}. */
export interface ToQuadsOptions {
  /** Where remote contexts come from (every one must be loaded; see `runWithContexts`). */
  readonly source: ContextSource;
  /** Active context the document's `@context` applies to (default: the initial context). */
  readonly initialContext?: ActiveContext;
  /**
   * The document base as jsonld.js receives it: `''` (jsonld.canonize's default) or `null` (what
   * the Data Integrity suites pass). It matters for one thing only: an empty IRI-coerced string is
   * `./` (relative, an error) under `''` and dropped under `null`. Other bases are declined.
   */
  readonly base?: '' | null;
}

const SUPPORTED_CONTAINERS = new Set(['', '@set', '@list', '@graph', '@graph,@set', '@set,@graph']);

interface NodeState {
  readonly subject: string;
  readonly graph: string;
  /** The node sits where JSON-LD drops empty and id-only objects (top level, @graph container). */
  readonly droppable: boolean;
  /** Expanded keys the node would have after expansion (for the drop rules). */
  readonly keys: Set<string>;
  /** The key being visited. */
  key: KeyState | undefined;
}

interface KeyState {
  readonly visit: KeyVisit;
  readonly predicate: string | undefined;
  readonly list: MapValue[] | undefined;
  readonly graphContainer: boolean;
  present: boolean;
}

/**
 * Converts a JSON-LD document to RDF quads (JSON-LD 1.1 API §8.1 on the result of §5.1, without
 * materialising the expanded form) in the shape rdf-canonize reads. Blank node labels are
 * arbitrary (RDFC-1.0 relabels them). Synchronous: contexts must be loaded.
 *
 * @param document - The parsed JSON-LD document.
 * @param options - The context source.
 * @returns The quads, as jsonld.js `toRDF` would produce them (same multiset up to blank nodes).
 * @throws {JsonLdProcessingError} for what safe-mode jsonld.js rejects (`code` is its event or
 *   error code, `pointer` the place in the document).
 * @throws {UnsupportedFeatureError} for documents outside the supported features (fall back).
 * @example
 * ```ts
 * const quads = await runWithContexts(source, () => toQuads(credential, { source }));
 * ```
 */
export function toQuads(document: unknown, options: ToQuadsOptions): RdfQuad[] {
  const emitter = new QuadEmitter(options.base === null);
  const walkOptions =
    options.initialContext === undefined
      ? { source: options.source }
      : { source: options.source, initialContext: options.initialContext };
  walkDocument(document, emitter, walkOptions);
  return emitter.finish();
}

function unsafe(code: string, pointer: string, message: string): JsonLdProcessingError {
  return new JsonLdProcessingError(code, `Safe mode validation error: ${message}`, { pointer });
}

class QuadEmitter implements JsonLdVisitor {
  private readonly map = new NodeMap();
  private readonly stack: NodeState[] = [];
  private readonly pending = new Map<NodeVisit, NodeState>();
  // jsonld.js raises RDF-conversion conditions after expansion: keep the first one for the end.
  private deferred: JsonLdProcessingError | undefined;
  private readonly nullBase: boolean;

  constructor(nullBase: boolean) {
    this.nullBase = nullBase;
  }

  finish(): RdfQuad[] {
    if (this.deferred !== undefined) throw this.deferred;
    return this.map.toDataset();
  }

  private defer(code: string, pointer: string, message: string): void {
    this.deferred ??= unsafe(code, pointer, message);
  }

  node(visit: NodeVisit): void {
    if (visit.context.unsupported !== undefined) {
      throw new UnsupportedFeatureError(
        `context feature ${visit.context.unsupported}`,
        visit.pointer,
      );
    }
    let state = this.pending.get(visit);
    if (state === undefined) {
      state = {
        subject: this.subjectOf(visit),
        graph: '',
        droppable: true,
        keys: new Set(),
        key: undefined,
      };
    }
    this.pending.delete(visit);
    this.map.touch(state.graph, state.subject);
    this.stack.push(state);
  }

  endNode(visit: NodeVisit): void {
    const state = this.stack.pop() as NodeState;
    if (!state.droppable) return;
    const { keys } = state;
    if (keys.size === 0) throw unsafe('empty object', visit.pointer, 'empty object');
    if (keys.size === 1 && keys.has('@id')) {
      throw unsafe('object with only @id', visit.pointer, 'object with only @id');
    }
  }

  private subjectOf(visit: NodeVisit): string {
    const { id } = visit;
    if (id === undefined || id === null) return this.map.blankNode();
    return id.startsWith('_:') ? this.map.blankNode(id) : id;
  }

  key(visit: KeyVisit): void {
    const node = this.top();
    const { resolution, definition, pointer } = visit;
    // jsonld.js copies its input by assignment, which turns a "__proto__" member into a prototype
    // change and drops it: leave such documents to it (lerkit rejects them before verifying).
    if (visit.key === '__proto__') throw new UnsupportedFeatureError('__proto__ member', pointer);
    let predicate: string | undefined;
    if (resolution.kind === 'undefined') {
      throw unsafe('invalid property', pointer, `"${visit.key}" is not defined by the context`);
    }
    if (resolution.kind === 'keyword') {
      predicate = undefined;
    } else {
      predicate = resolution.iri;
      if (predicate.startsWith('_:'))
        this.defer('blank node predicate', pointer, 'blank node predicate');
      const container = definition?.container ?? [];
      if (!SUPPORTED_CONTAINERS.has(container.join(','))) {
        throw new UnsupportedFeatureError(`${container.join(' ')} container`, pointer);
      }
    }
    const container = definition?.container ?? [];
    const isList = predicate !== undefined && container.includes('@list');
    node.key = {
      visit,
      predicate,
      list: isList ? [] : undefined,
      graphContainer: predicate !== undefined && container.includes('@graph'),
      present:
        predicate !== undefined &&
        (isList || (Array.isArray(visit.value) && !container.includes('@graph'))),
    };
  }

  endKey(): void {
    const node = this.top();
    const key = node.key as KeyState;
    if (key.list !== undefined && key.predicate !== undefined) {
      this.map.add(node.graph, node.subject, key.predicate, { kind: 'list', items: key.list });
    }
    if (key.present && key.predicate !== undefined) node.keys.add(key.predicate);
    node.key = undefined;
  }

  value(visit: ValueVisit): void {
    const node = this.top();
    const key = node.key as KeyState;
    switch (visit.kind) {
      case 'context':
        if (visit.inlineContext === true)
          throw new UnsupportedFeatureError('inline context', visit.pointer);
        return;
      case 'id':
        this.idValue(node, visit);
        return;
      case 'type':
        this.typeValue(node, visit);
        return;
      case 'null':
        return;
      case 'literal':
        this.literalValue(node, key, visit);
        return;
      case 'iri':
        this.iriValue(node, key, visit);
        return;
      case 'json':
        this.jsonValue(node, key, visit);
        return;
      case 'value-object':
        this.valueObject(node, key, visit);
        return;
      case 'node':
        this.nodeValue(node, key, visit);
        return;
      case 'keyword-value': {
        const { resolution } = visit.key;
        const keyword = resolution.kind === 'keyword' ? resolution.keyword : visit.key.key;
        throw new UnsupportedFeatureError(`${keyword} key`, visit.key.pointer);
      }
      default:
        throw new UnsupportedFeatureError(visit.kind, visit.pointer);
    }
  }

  private top(): NodeState {
    return this.stack[this.stack.length - 1] as NodeState;
  }

  private idValue(node: NodeState, visit: ValueVisit): void {
    const iri = visit.iri;
    if (iri === null || iri === undefined)
      throw unsafe('reserved @id value', visit.pointer, 'reserved @id');
    if (!isAbsoluteIri(iri))
      throw unsafe('relative @id reference', visit.pointer, `relative @id "${iri}"`);
    node.keys.add('@id');
  }

  private typeValue(node: NodeState, visit: ValueVisit): void {
    const iri = visit.iri;
    if (iri === '@json') throw new UnsupportedFeatureError('@json node type', visit.pointer);
    if (iri === null || iri === undefined || !isAbsoluteIri(iri)) {
      throw unsafe(
        'relative @type reference',
        visit.pointer,
        `relative @type "${String(visit.value)}"`,
      );
    }
    const id = iri.startsWith('_:') ? this.map.blankNode(iri) : iri;
    this.map.add(node.graph, node.subject, '@type', { kind: 'ref', id });
    node.keys.add('@type');
  }

  private add(node: NodeState, key: KeyState, value: MapValue, pointer: string): void {
    if (key.graphContainer) {
      const what = value.kind === 'ref' ? '@id' : '@value';
      throw unsafe(`object with only ${what}`, pointer, `a @graph container value must be a node`);
    }
    key.present = true;
    if (key.list !== undefined) key.list.push(value);
    else this.map.add(node.graph, node.subject, key.predicate as string, value);
  }

  private literalValue(node: NodeState, key: KeyState, visit: ValueVisit): void {
    if (visit.direction !== undefined)
      throw new UnsupportedFeatureError('@direction', visit.pointer);
    const value = {
      kind: 'literal',
      value: visit.value,
      type: visit.datatype,
      language: visit.language,
    } as const;
    this.add(node, key, value, visit.pointer);
  }

  private iriValue(node: NodeState, key: KeyState, visit: ValueVisit): void {
    const { iri } = visit;
    if (iri === null || iri === undefined) {
      // An @id-coerced keyword-like string is reported; an @vocab one is silently dropped.
      if (visit.coercion === '@id')
        throw unsafe('reserved @id value', visit.pointer, 'reserved @id');
      key.present = true;
      return;
    }
    if (key.graphContainer)
      throw unsafe('object with only @id', visit.pointer, 'only @id in @graph');
    key.present = true;
    // Under a null base jsonld.js keeps '' and then drops the reference without an event; under
    // base '' it resolves it to './', a relative reference.
    if (iri === '' && this.nullBase) return;
    if (!isAbsoluteIri(iri)) {
      this.defer('relative object reference', visit.pointer, `relative IRI "${iri}"`);
      return;
    }
    const id = iri.startsWith('_:') ? this.map.blankNode(iri) : iri;
    this.add(node, key, { kind: 'ref', id }, visit.pointer);
  }

  private jsonValue(node: NodeState, key: KeyState, visit: ValueVisit): void {
    if (key.graphContainer) {
      throw new UnsupportedFeatureError('@json in @graph container', visit.pointer);
    }
    if (hasProtoMember(visit.value))
      throw new UnsupportedFeatureError('__proto__ member', visit.pointer);
    this.add(
      node,
      key,
      { kind: 'literal', value: visit.value, type: '@json', language: undefined },
      visit.pointer,
    );
  }

  // Value objects of the plain shapes: {@value, @type} and {@value, @language}.
  private valueObject(node: NodeState, key: KeyState, visit: ValueVisit): void {
    const entries = visit.valueObject;
    if (entries === undefined || entries.other.length > 0) {
      throw new UnsupportedFeatureError('value object with other entries', visit.pointer);
    }
    const { value, type } = entries;
    let { language } = entries;
    if (language === null) language = undefined;
    if (value === null) throw unsafe('null @value value', visit.pointer, 'null @value');
    const scalar =
      typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
    const typeOk =
      type === undefined ||
      (typeof type === 'string' &&
        isAbsoluteIri(type) &&
        !type.startsWith('_:') &&
        language === undefined);
    const languageOk =
      language === undefined || (typeof language === 'string' && typeof value === 'string');
    if (!scalar || !typeOk || !languageOk)
      throw new UnsupportedFeatureError('value object shape', visit.pointer);
    if (typeof language === 'string' && !BCP47.test(language)) {
      throw unsafe('invalid @language value', visit.pointer, `invalid language "${language}"`);
    }
    const literal = {
      kind: 'literal',
      value,
      type: type as string | undefined,
      language: typeof language === 'string' ? language.toLowerCase() : undefined,
    } as const;
    this.add(node, key, literal, visit.pointer);
  }

  private nodeValue(node: NodeState, key: KeyState, visit: ValueVisit): void {
    const child = visit.child as NodeVisit;
    const subject = this.subjectOf(child);
    key.present = true;
    let graph = node.graph;
    if (key.graphContainer) {
      // JSON-LD 1.1 API §5.1.2 step 13.12: each value becomes a graph object named by a fresh
      // blank node (jsonld.js names it in the node map).
      graph = this.map.blankNode();
      this.map.add(node.graph, node.subject, key.predicate as string, { kind: 'ref', id: graph });
      this.map.touch(node.graph, graph);
    } else if (key.list !== undefined) {
      key.list.push({ kind: 'ref', id: subject });
    } else {
      this.map.add(node.graph, node.subject, key.predicate as string, { kind: 'ref', id: subject });
    }
    this.pending.set(child, {
      subject,
      graph,
      droppable: key.graphContainer,
      keys: new Set(),
      key: undefined,
    });
  }
}
