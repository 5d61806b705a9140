// The signed-data gate (issue 15): a credential must be written in the shape lerkit's checks read,
// or it fails. A proof over RDF canonicalization signs what JSON-LD expansion makes of the JSON,
// and JSON-LD lets the same statements be written in many ways (`@nest`, `@included`, expanded or
// compact IRIs, aliases, inline contexts, value objects...). Checks read plain JSON keys; any other
// way of writing a statement could hide it from them while the signature still holds. So the gate
// accepts only the plain shape: terms of the bundled contexts under their own names, `id` and
// `type`, `@context` only where credentials and proofs start, values as plain JSON. Everything it
// refuses is a `jsonld` error with the pointer of the place.
//
// It is one more visitor of the walker the fast path uses (walk.ts), so it reads the document
// exactly as expansion does, at the cost of one walk.
import { isObject } from '../internal/json.js';
import type { SIGNED_SHAPE_CODES } from '../report/fold.js';
import type { KnownTerms } from './known-terms.js';
import type { ActiveContext } from './types.js';
import type { JsonLdVisitor, KeyVisit, NodeVisit, ValueVisit } from './walk-types.js';

/** What the gate refuses (the list is in src/report/fold.ts: these are never folded). */
export type GateCode = (typeof SIGNED_SHAPE_CODES)[number];

/** One refusal: a code, the JSON Pointer of the place, and what to do. */
export interface GateProblem {
  /** The code (a `jsonld` error of the code table). */
  readonly code: GateCode;
  /** JSON Pointer of the key or value. */
  readonly pointer: string;
  /** What is wrong there, naming the key or value. */
  readonly message: string;
}

const SEC = 'https://w3id.org/security#';
const CRED = 'https://www.w3.org/2018/credentials#';
const OB = 'https://purl.imsglobal.org/spec/vc/ob/vocab.html#';
const CLR = 'https://purl.imsglobal.org/spec/vc/clr/vocab.html#';
/** Properties whose values are whole credentials or proofs: their own `@context` is allowed. */
const EMBEDDING = new Set([
  `${SEC}proof`,
  `${CRED}verifiableCredential`,
  `${OB}endorsement`,
  `${CLR}verifiableCredential`,
]);
const PROOF = `${SEC}proof`;

const SHAPES: Partial<Record<ValueVisit['kind'], string>> = {
  'value-object': 'a value object ({"@value": …})',
  'list-object': 'a @list object',
  'set-object': 'a @set object',
  'nested-array': 'an array inside an array',
  null: 'null (JSON-LD drops it)',
  map: 'a map container',
  reverse: 'a @reverse property',
};

/**
 * The visitor of the signed-data gate. Walk the document with it (`walkDocument`), then read
 * `problems`.
 */
export class SignedShapeGate implements JsonLdVisitor {
  /** What the gate refused, in document order. */
  readonly problems: GateProblem[] = [];
  private readonly known: KnownTerms;
  /** Pointers of proof nodes (and what is under them). */
  private proofDepth = 0;
  private readonly proofNodes = new Set<NodeVisit>();

  /** @param known - The vocabulary of the bundled contexts ({@link knownTerms}). */
  constructor(known: KnownTerms) {
    this.known = known;
  }

  node(visit: NodeVisit): void {
    const holder = visit.parent?.key;
    if (holder?.resolution.kind === 'term' && holder.resolution.iri === PROOF) {
      this.proofNodes.add(visit);
      this.proofDepth++;
    }
  }

  endNode(visit: NodeVisit): void {
    if (this.proofNodes.delete(visit)) this.proofDepth--;
  }

  key(visit: KeyVisit): void {
    const { key, resolution, pointer } = visit;
    if (Array.isArray(visit.value) && key !== '@context') this.checkArray(visit);
    switch (resolution.kind) {
      case 'keyword':
        if (key === '@context') this.checkContextPlace(visit);
        else if (!this.isKnownPair(key, resolution.keyword)) {
          this.refuse(
            'JSONLD_KEYWORD',
            pointer,
            resolution.alias
              ? `"${key}" is an alias of the JSON-LD keyword ${resolution.keyword}, which no OB/CLR/VC context defines; write the data under its own terms`
              : `The JSON-LD keyword ${key} is used as a key; OB/CLR credentials write data under the terms of their contexts (${key === '@type' ? 'type' : key === '@id' ? 'id' : 'no keyword'}) so every check can read it`,
          );
        }
        return;
      case 'term':
      case 'vocab':
      case 'compact-iri':
      case 'absolute-iri':
      case 'blank-node':
        this.checkPair(
          key,
          resolution.iri,
          pointer,
          visit.node.context,
          resolution.kind === 'term',
        );
        if (this.proofDepth > 0 && resolution.kind !== 'term') {
          this.refuse(
            'JSONLD_PROOF_TERM',
            pointer,
            `"${key}" in a proof is not a term of the proof's contexts; a proof carries only the properties its suite defines`,
          );
        }
        return;
      default:
        return; // undefined terms: the term check reports them (JSONLD_UNDEFINED_TERM)
    }
  }

  value(visit: ValueVisit): void {
    const shape = SHAPES[visit.kind];
    if (shape !== undefined) {
      this.refuse(
        'JSONLD_VALUE_SHAPE',
        visit.pointer,
        `The value of "${visit.key.key}" is ${shape}; write it as plain JSON (a string, number, boolean, object or array of them) as the spec shows`,
      );
      return;
    }
    if (visit.kind === 'type' || (visit.kind === 'iri' && visit.coercion === '@vocab')) {
      if (typeof visit.value === 'string' && typeof visit.iri === 'string') {
        const context = visit.kind === 'type' ? visit.key.node.typeContext : visit.key.valueContext;
        this.checkPair(
          visit.value,
          visit.iri,
          visit.pointer,
          context,
          context.terms.has(visit.value),
          'value',
        );
      }
      return;
    }
    if (visit.kind === 'id' || (visit.kind === 'iri' && visit.coercion === '@id')) {
      if (typeof visit.value === 'string' && typeof visit.iri === 'string') {
        if (visit.iri !== visit.value) {
          this.refuse(
            'JSONLD_IRI_REWRITTEN',
            visit.pointer,
            `${JSON.stringify(visit.value)} expands to ${visit.iri} (its prefix is a term of the @context); write the full IRI`,
          );
        }
      }
    }
  }

  // A name standing for an IRI the active context has a term for must be that term; a name the
  // bundled contexts define, defined here as a term, must mean what they define.
  private checkPair(
    name: string,
    iri: string,
    pointer: string,
    context: ActiveContext,
    isTerm: boolean,
    where: 'key' | 'value' = 'key',
  ): void {
    const names = termsByIri(context).get(iri);
    if (names !== undefined && !names.includes(name)) {
      this.refuse(
        'JSONLD_TERM_ALIAS',
        pointer,
        `${where === 'key' ? 'The key' : 'The value'} ${JSON.stringify(name)} stands for ${iri}, the term ${JSON.stringify(names[0])}; write it as ${JSON.stringify(names[0])}, as the OB/CLR/VC contexts define it, so the checks read it`,
      );
      return;
    }
    const iris = this.known.byName.get(name);
    if (isTerm && iris !== undefined && !iris.has(iri)) {
      this.refuse(
        'JSONLD_TERM_REDEFINED',
        pointer,
        `${JSON.stringify(name)} means ${iri} here, not what the OB/CLR/VC contexts define (${[...iris].sort().join(', ')}): a context redefines it; remove that context`,
      );
    }
  }

  // JSON-LD drops an empty array and keeps one of two equal values: the signature covers neither
  // the empty array nor the repeat, while a check reading the JSON would see them.
  private checkArray(visit: KeyVisit): void {
    const items = visit.value as unknown[];
    if (items.length === 0) {
      this.refuse(
        'JSONLD_VALUE_SHAPE',
        visit.pointer,
        `The value of "${visit.key}" is an empty array, which JSON-LD drops (no signature covers it); leave "${visit.key}" out instead`,
      );
      return;
    }
    if (items.length < 2) return;
    const seen = new Set<string>();
    const ids = new Set<string>();
    items.forEach((item, i) => {
      const text = JSON.stringify(item);
      const id = isObject(item) && typeof item.id === 'string' ? item.id : undefined;
      if (seen.has(text) || (id !== undefined && ids.has(id))) {
        this.refuse(
          'JSONLD_VALUE_SHAPE',
          `${visit.pointer}/${i}`,
          seen.has(text)
            ? `The array "${visit.key}" has the same item twice; JSON-LD keeps one, so write it once`
            : `The array "${visit.key}" has two objects with the id ${JSON.stringify(id)}; JSON-LD merges them into one node, so write it once`,
        );
      }
      seen.add(text);
      if (id !== undefined) ids.add(id);
    });
  }

  private isKnownPair(name: string, iri: string): boolean {
    return this.known.byIri.get(iri)?.has(name) === true;
  }

  private checkContextPlace(visit: KeyVisit): void {
    const { node, pointer, value } = visit;
    const holder = node.parent?.key;
    const allowed =
      node.topLevel ||
      (holder !== undefined &&
        holder.resolution.kind === 'term' &&
        EMBEDDING.has(holder.resolution.iri));
    if (!allowed) {
      this.refuse(
        'JSONLD_EMBEDDED_CONTEXT',
        pointer,
        'A @context inside the credential changes what the terms below it mean; only a credential, an embedded credential or a proof may carry one',
      );
      return;
    }
    const items = Array.isArray(value) ? value : [value];
    items.forEach((item, i) => {
      if (typeof item !== 'string') {
        this.refuse(
          'JSONLD_EMBEDDED_CONTEXT',
          Array.isArray(value) ? `${pointer}/${i}` : pointer,
          'An inline context (a @context object) defines terms the checks do not know; use only context URLs (the OB/CLR/VC contexts and published extensions)',
        );
      }
    });
  }

  private refuse(code: GateCode, pointer: string, message: string): void {
    this.problems.push({ code, pointer, message });
  }
}

const reverse = new WeakMap<ActiveContext, Map<string, string[]>>();

/** IRI -> the terms of an active context mapping to it (computed once per compiled context). */
function termsByIri(context: ActiveContext): Map<string, string[]> {
  let map = reverse.get(context);
  if (map === undefined) {
    map = new Map();
    for (const [name, definition] of context.terms) {
      if (typeof definition.id !== 'string' || definition.reverse) continue;
      const list = map.get(definition.id);
      if (list) list.push(name);
      else map.set(definition.id, [name]);
    }
    for (const list of map.values()) list.sort();
    reverse.set(context, map);
  }
  return map;
}
