// The JSON-LD term check without expansion: the events jsonld.js emits while expanding a
// document (not in safe mode: every one, in expansion order), computed by the walker from the
// compiled term tables, each with the exact JSON Pointer of its place. For eddsa-jcs-2022 and
// VC-JWT credentials, where no canonicalization runs, this replaces a full jsonld.js expansion.
import type { DocumentLoader } from '../context/types.js';
import { runWithContexts } from './compile.js';
import { getContextSource } from './context-source.js';
import { JsonLdProcessingError, UnsupportedFeatureError } from './errors.js';
import { BCP47, isAbsoluteIri } from './iri.js';
import type { ContextEvent } from './types.js';
import { walkDocument } from './walk.js';
import type { JsonLdVisitor, KeyVisit, NodeVisit, ValueVisit } from './walk-types.js';

/** An event jsonld.js would emit during expansion, with where it happens. */
export interface TermEvent {
  /** jsonld.js event code (`invalid property`, `relative @id reference`, ...). */
  readonly code: string;
  /** jsonld.js event details (`property`, `id`, `type`, `language`, `value`, `term`, `vocab`). */
  readonly details: Readonly<Record<string, unknown>>;
  /** jsonld.js event message. */
  readonly message: string;
  /** JSON Pointer of the key or value concerned (`''` for the document, `/@context` for contexts). */
  readonly pointer: string;
}

/** Result of {@link collectTermEvents}: the events, or why the walker cannot stand in for jsonld.js. */
export type TermEventsResult =
  | { readonly ok: true; readonly events: readonly TermEvent[] }
  | { readonly ok: false; readonly reason: string };

const MESSAGES: Record<string, string> = {
  'invalid property': 'Dropping property that did not expand into an absolute IRI or keyword.',
  'relative @id reference': 'Relative @id reference found.',
  'relative @type reference': 'Relative @type reference found.',
  'relative @vocab reference': 'Relative @vocab reference found.',
  'invalid @language value': '@language value must be valid BCP47.',
  'reserved @id value': 'Reserved @id found.',
  'reserved term': 'Terms beginning with "@" are reserved for future use and dropped.',
  'reserved @reverse value':
    '@reverse values beginning with "@" are reserved for future use and dropped.',
  'empty object': 'Dropping empty object.',
  'object with only @id': 'Dropping object with only @id.',
  'object with only @value': 'Dropping object with only @value.',
  'object with only @language': 'Dropping object with only @language.',
  'null @value value': 'Dropping null @value value.',
};

/**
 * Lists the events jsonld.js would emit while expanding `document` (safe mode off), in the same
 * order and with the same details, plus the JSON Pointer of each. Declines (`ok: false`) for
 * documents outside the walker's supported features and for documents jsonld.js rejects with an
 * error, so the caller can run jsonld.js for those.
 *
 * @param document - The JSON-LD document.
 * @param options - The document loader (reuse it: compiled contexts are cached per loader).
 * @returns The events, or the reason to fall back.
 * @example
 * ```ts
 * const result = await collectTermEvents(credential, { documentLoader });
 * if (result.ok) for (const e of result.events) console.log(e.code, e.pointer);
 * ```
 */
export async function collectTermEvents(
  document: unknown,
  options: { readonly documentLoader: DocumentLoader },
): Promise<TermEventsResult> {
  const source = getContextSource(options.documentLoader);
  try {
    const events = await runWithContexts(source, () => {
      const visitor = new TermEventCollector();
      walkDocument(document, visitor, { source });
      return visitor.events;
    });
    return { ok: true, events };
  } catch (error) {
    if (error instanceof UnsupportedFeatureError) return { ok: false, reason: error.reason };
    if (error instanceof JsonLdProcessingError)
      return { ok: false, reason: `JSON-LD error: ${error.code}` };
    return {
      ok: false,
      reason: `unexpected: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

interface NodeState {
  readonly droppable: boolean;
  readonly keys: Set<string>;
  key:
    | { readonly predicate: string | undefined; readonly graph: boolean; present: boolean }
    | undefined;
}

class TermEventCollector implements JsonLdVisitor {
  readonly events: TermEvent[] = [];
  private readonly stack: NodeState[] = [];
  private readonly pending = new Map<NodeVisit, boolean>();

  private emit(code: string, details: Record<string, unknown>, pointer: string): void {
    this.events.push({ code, details, message: MESSAGES[code] ?? code, pointer });
  }

  contextEvents(events: readonly ContextEvent[], pointer: string): void {
    for (const event of events) {
      const message =
        event.code === 'reserved @id value'
          ? '@id values beginning with "@" are reserved for future use and dropped.'
          : (MESSAGES[event.code] ?? event.code);
      this.events.push({ code: event.code, details: event.details, message, pointer });
    }
  }

  node(visit: NodeVisit): void {
    const droppable = this.pending.get(visit) ?? true;
    this.pending.delete(visit);
    this.stack.push({ droppable, keys: new Set(), key: undefined });
  }

  endNode(visit: NodeVisit): void {
    const state = this.stack.pop() as NodeState;
    if (!state.droppable) return;
    if (state.keys.size === 0) this.emit('empty object', { value: {} }, visit.pointer);
    else if (state.keys.size === 1 && state.keys.has('@id')) {
      this.emit('object with only @id', { value: { '@id': visit.id } }, visit.pointer);
    } else {
      this.markParentPresent();
    }
  }

  // A graph-container node object that is not dropped makes its parent's key present.
  private markParentPresent(): void {
    const parent = this.stack[this.stack.length - 1];
    if (parent?.key !== undefined) parent.key.present = true;
  }

  key(visit: KeyVisit): void {
    const node = this.top();
    const { resolution, definition } = visit;
    // jsonld.js drops "__proto__" members when it copies its input (see to-quads.ts).
    if (visit.key === '__proto__') throw new UnsupportedFeatureError('__proto__ member');
    if (resolution.kind === 'undefined') {
      this.emit(
        'invalid property',
        { property: visit.key, expandedProperty: resolution.iri },
        visit.pointer,
      );
    }
    const predicate =
      resolution.kind === 'undefined' || resolution.kind === 'keyword' ? undefined : resolution.iri;
    const container = definition?.container ?? [];
    const graph = predicate !== undefined && container.includes('@graph');
    const present =
      predicate !== undefined &&
      (container.includes('@list') ||
        definition?.type === '@json' ||
        (Array.isArray(visit.value) && !graph));
    node.key = { predicate, graph, present };
  }

  endKey(): void {
    const node = this.top();
    if (node.key?.present === true && node.key.predicate !== undefined)
      node.keys.add(node.key.predicate);
    node.key = undefined;
  }

  value(visit: ValueVisit): void {
    const node = this.top();
    switch (visit.kind) {
      case 'context':
      case 'null':
        return;
      case 'id':
        this.idValue(node, visit);
        return;
      case 'type':
        this.typeValue(node, visit);
        return;
      case 'literal':
      case 'json':
        this.scalarValue(node, visit, '@value');
        return;
      case 'iri':
        this.iriValue(node, visit);
        return;
      case 'value-object':
        this.valueObject(node, visit);
        return;
      case 'node':
        this.pending.set(visit.child as NodeVisit, node.key?.graph === true);
        if (node.key?.graph !== true && node.key !== undefined) node.key.present = true;
        return;
      default:
        throw new UnsupportedFeatureError(
          visit.kind === 'keyword-value' ? `${visit.key.key} key` : visit.kind,
        );
    }
  }

  private top(): NodeState {
    return this.stack[this.stack.length - 1] as NodeState;
  }

  private idValue(node: NodeState, visit: ValueVisit): void {
    const iri = visit.iri ?? null;
    if (iri === null) this.emit('reserved @id value', { id: visit.value }, visit.pointer);
    else if (!isAbsoluteIri(iri)) {
      this.emit('relative @id reference', { id: visit.value, expandedId: iri }, visit.pointer);
    }
    node.keys.add('@id');
  }

  private typeValue(node: NodeState, visit: ValueVisit): void {
    const iri = visit.iri ?? null;
    if (iri !== '@json' && !isAbsoluteIri(iri)) {
      this.emit('relative @type reference', { type: visit.value }, visit.pointer);
    }
    node.keys.add('@type');
  }

  // A scalar value (or IRI) in a @graph container is dropped as a top-level value would be.
  private scalarValue(node: NodeState, visit: ValueVisit, what: '@value' | '@id'): void {
    if (node.key === undefined) return;
    if (node.key.graph)
      this.emit(`object with only ${what}`, { value: visit.value }, visit.pointer);
    else node.key.present = true;
  }

  private iriValue(node: NodeState, visit: ValueVisit): void {
    if (visit.iri === null && visit.coercion === '@id' && typeof visit.value === 'string') {
      this.emit('reserved @id value', { id: visit.key.key }, visit.pointer);
    }
    this.scalarValue(node, visit, '@id');
  }

  private valueObject(node: NodeState, visit: ValueVisit): void {
    const entries = visit.valueObject;
    if (entries === undefined || entries.other.length > 0) {
      throw new UnsupportedFeatureError('value object with other entries');
    }
    const { value, language, type } = entries;
    const scalar =
      typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
    if (
      (value !== null && !scalar) ||
      (language != null && typeof language !== 'string') ||
      type === '@json'
    ) {
      throw new UnsupportedFeatureError('value object shape');
    }
    if (typeof language === 'string' && !BCP47.test(language.toLowerCase())) {
      this.emit('invalid @language value', { language: language.toLowerCase() }, visit.pointer);
    }
    if (value === null) {
      this.emit('null @value value', { value: visit.value }, visit.pointer);
      return;
    }
    this.scalarValue(node, visit, '@value');
  }
}
