// The document walker: visits every node object, key and value of a JSON-LD document with the
// active context JSON-LD expansion would use there (JSON-LD 1.1 API §5.1.2, as jsonld.js
// lib/expand.js implements it: key order, scoped contexts, type-scoped reverts, @propagate).
// The quad emitter and the term check are visitors of this walk, so they read the document the
// same way by construction.
import { escapePointerToken, isObject, type JsonObject } from '../internal/json.js';
import type { ContextSource } from './context-source.js';
import { JsonLdProcessingError, UnsupportedFeatureError } from './errors.js';
import {
  BASE,
  expandIri,
  isAbsoluteIri,
  isKeyword,
  KEYWORD_FORM,
  VOCAB,
  VOCAB_AND_BASE,
} from './iri.js';
import { type ApplyFlags, applyContext, INITIAL_CONTEXT } from './process-context.js';
import type { ActiveContext, TermDefinition } from './types.js';
import type {
  JsonLdVisitor,
  KeyResolution,
  KeyVisit,
  NodeVisit,
  ValueKind,
  ValueObjectEntries,
  ValueVisit,
} from './walk-types.js';

/** Options of {@link walkDocument}. */
export interface WalkOptions {
  /** Where remote contexts come from (see `loadDocumentContexts`). */
  readonly source: ContextSource;
  /** Active context the document's own `@context` applies to (default: the initial context). */
  readonly initialContext?: ActiveContext;
}

const PROPERTY_SCOPED = { propagate: true, overrideProtected: true } as const;
const EMBEDDED = { propagate: true, overrideProtected: false } as const;
const TYPE_SCOPED = { propagate: false, overrideProtected: false } as const;
const MAP_CONTAINERS = ['@language', '@index', '@id', '@type'];
const MAX_DEPTH = 256;

/**
 * Walks a JSON-LD document as the JSON-LD 1.1 expansion algorithm reads it, calling the visitor
 * for every node object, key and value, with JSON Pointers, the active context in force and the
 * term definition each key resolves to. Nothing is expanded or copied.
 *
 * Values of keys that JSON-LD drops (undefined terms) and of keywords other than `@id`, `@type`
 * and `@context` are reported but not descended into, nor are map containers and `@reverse`
 * terms. Arrays inside arrays are reported as `nested-array`.
 *
 * Synchronous: every remote context must already be loaded into `options.source` (see
 * `loadDocumentContexts`); otherwise it throws `MissingContextError`.
 *
 * @param document - The parsed JSON-LD document (an object or an array of objects).
 * @param visitor - The callbacks.
 * @param options - The context source.
 * @throws {JsonLdProcessingError} where JSON-LD expansion fails (invalid context, protected term
 *   redefinition, colliding keywords, non-string `@id`, ...), with the jsonld.js error code.
 * @throws {UnsupportedFeatureError} for a top-level value that is not a node object.
 * @example
 * A visitor that lists keys which are not plain terms (the start of a signed-data gate):
 * ```ts
 * const problems: string[] = [];
 * walkDocument(credential, {
 *   key({ pointer, resolution }) {
 *     if (resolution.kind === 'keyword' && !['@id', '@type', '@context'].includes(resolution.keyword)) {
 *       problems.push(`${pointer}: keyword ${resolution.keyword}`);
 *     } else if (resolution.kind !== 'term' && resolution.kind !== 'keyword') {
 *       problems.push(`${pointer}: ${resolution.kind} key`);
 *     }
 *   },
 *   value({ pointer, kind, inlineContext }) {
 *     if (kind === 'value-object' || kind === 'nested-array') problems.push(`${pointer}: ${kind}`);
 *     if (kind === 'context' && inlineContext) problems.push(`${pointer}: inline context`);
 *   },
 * }, { source });
 * ```
 */
export function walkDocument(
  document: unknown,
  visitor: JsonLdVisitor,
  options: WalkOptions,
): void {
  const walker = new Walker(visitor, options.source);
  const initial = options.initialContext ?? INITIAL_CONTEXT;
  if (Array.isArray(document)) {
    document.forEach((item, i) => {
      walker.topLevel(item, initial, `/${i}`);
    });
  } else {
    walker.topLevel(document, initial, '');
  }
}

/** Resolves a key like expansion does (jsonld.js `_expandIri(ctx, key, {vocab: true})`). */
export function resolveKey(context: ActiveContext, key: string): KeyResolution {
  if (isKeyword(key)) return { kind: 'keyword', keyword: key, alias: false };
  if (KEYWORD_FORM.test(key)) return { kind: 'undefined', reason: 'reserved', iri: null };
  const definition = context.terms.get(key);
  if (definition !== undefined) return resolveTerm(definition);
  const colon = key.indexOf(':');
  if (colon > 0) {
    const prefix = key.slice(0, colon);
    const suffix = key.slice(colon + 1);
    // Returned as is by IRI expansion, then kept only if it matches jsonld.js's absolute IRI form.
    if (prefix === '_' || suffix.startsWith('//')) {
      if (!isAbsoluteIri(key)) return { kind: 'undefined', reason: 'relative', iri: key };
      return prefix === '_' ? { kind: 'blank-node', iri: key } : { kind: 'absolute-iri', iri: key };
    }
    const prefixDefinition = context.terms.get(prefix);
    if (prefixDefinition?.prefix === true) {
      const iri = `${prefixDefinition.id}${suffix}`;
      return isAbsoluteIri(iri) || isKeyword(iri)
        ? { kind: 'compact-iri', iri, prefix }
        : { kind: 'undefined', reason: 'relative', iri };
    }
    if (isAbsoluteIri(key)) return { kind: 'absolute-iri', iri: key };
  }
  if (context.vocab !== undefined) {
    const iri = `${context.vocab}${key}`;
    return isAbsoluteIri(iri)
      ? { kind: 'vocab', iri }
      : { kind: 'undefined', reason: 'relative', iri };
  }
  return { kind: 'undefined', reason: 'undefined-term', iri: key };
}

function resolveTerm(definition: TermDefinition): KeyResolution {
  const { id } = definition;
  if (id === null) return { kind: 'undefined', reason: 'null-term', iri: null };
  if (isKeyword(id)) return { kind: 'keyword', keyword: id, alias: true, definition };
  if (isAbsoluteIri(id)) return { kind: 'term', iri: id, definition };
  return { kind: 'undefined', reason: 'relative', iri: id };
}

/** Where a value sits: the key holding it and the context it is interpreted in. */
interface Slot {
  readonly key: KeyVisit;
  readonly context: ActiveContext;
  readonly inList: boolean;
}

class Walker {
  private depth = 0;
  private readonly visitor: JsonLdVisitor;
  private readonly source: ContextSource;

  constructor(visitor: JsonLdVisitor, source: ContextSource) {
    this.visitor = visitor;
    this.source = source;
  }

  topLevel(item: unknown, context: ActiveContext, pointer: string): void {
    if (!isObject(item))
      throw new UnsupportedFeatureError('top-level value that is not an object', pointer);
    const setup = this.setupNode(item, context, undefined, pointer, undefined);
    if (setup.kind !== 'node')
      throw new UnsupportedFeatureError(`top-level ${setup.kind}`, pointer);
    this.walkNode(setup.visit);
  }

  private apply(context: ActiveContext, local: unknown, flags: ApplyFlags, pointer: string) {
    const { context: next, events } = applyContext(context, local, flags, this.source);
    if (events.length > 0) this.visitor.contextEvents?.(events, pointer);
    return next;
  }

  // Steps 1-11 of the expansion algorithm for a JSON object: which active context applies.
  // Returns undefined for value, list and set objects (reported by the caller).
  private setupNode(
    object: JsonObject,
    slotContext: ActiveContext,
    slot: Slot | undefined,
    pointer: string,
    parent: ValueVisit | undefined,
  ): Setup {
    const keys = Object.keys(object).sort();
    let context = this.revert(object, keys, slotContext);
    const propertyTerm = slot === undefined ? undefined : slotContext.terms.get(slot.key.key);
    if (propertyTerm?.hasContext === true) {
      context = this.apply(context, propertyTerm.context, PROPERTY_SCOPED, pointer);
    }
    if ('@context' in object) {
      context = this.apply(context, object['@context'], EMBEDDED, `${pointer}/@context`);
    }
    const typeContext = context;
    for (const key of keys) {
      if (expandIri(context, key, VOCAB) !== '@type') continue;
      const value = object[key];
      const types = Array.isArray(value) ? (value.length > 1 ? [...value].sort() : value) : [value];
      for (const type of types) {
        const definition = typeof type === 'string' ? typeContext.terms.get(type) : undefined;
        if (definition?.hasContext === true) {
          context = this.apply(
            context,
            definition.context,
            TYPE_SCOPED,
            `${pointer}/${escapePointerToken(key)}`,
          );
        }
      }
    }
    const kind = objectKind(keys, context);
    if (kind !== 'node') return { kind, context, typeContext };
    const id = this.nodeId(object, keys, context);
    const visit = {
      pointer,
      node: object,
      context,
      typeContext,
      keys,
      id,
      parent,
      topLevel: slot === undefined,
    };
    return { kind, visit };
  }

  // Type-scoped contexts do not apply below the node that used them, except to value objects
  // and node references (jsonld.js expand.js "determine if any type-scoped context should be
  // reverted").
  private revert(
    object: JsonObject,
    keys: readonly string[],
    context: ActiveContext,
  ): ActiveContext {
    if (context.previous === undefined) return context;
    if (keys.length <= 2 && !('@context' in object)) {
      for (const key of keys) {
        const expanded = expandIri(context, key, VOCAB);
        if (expanded === '@value') return context;
        if (expanded === '@id' && keys.length === 1) return context;
      }
    }
    return context.previous;
  }

  private nodeId(object: JsonObject, keys: readonly string[], context: ActiveContext) {
    let id: string | null | undefined;
    let seen = false;
    for (const key of keys) {
      if (expandIri(context, key, VOCAB) !== '@id') continue;
      if (seen) throw new JsonLdProcessingError('colliding keywords', 'Colliding keywords (@id)');
      seen = true;
      const value = object[key];
      if (typeof value !== 'string') {
        throw new JsonLdProcessingError('invalid @id value', '"@id" value must be a string');
      }
      id = expandIri(context, value, BASE);
    }
    return id;
  }

  private walkNode(node: NodeVisit): void {
    if (++this.depth > MAX_DEPTH)
      throw new UnsupportedFeatureError('nesting deeper than 256', node.pointer);
    this.visitor.node?.(node);
    const seen = new Set<string>();
    for (const key of node.keys) this.walkKey(node, key, seen);
    this.visitor.endNode?.(node);
    this.depth--;
  }

  private walkKey(node: NodeVisit, key: string, seenKeywords: Set<string>): void {
    const pointer = `${node.pointer}/${escapePointerToken(key)}`;
    const value = node.node[key];
    const resolution: KeyResolution =
      key === '@context'
        ? { kind: 'keyword', keyword: '@context', alias: false }
        : resolveKey(node.context, key);
    const definition = node.context.terms.get(key);
    let valueContext = node.context;
    if (resolution.kind === 'keyword') {
      const { keyword } = resolution;
      if (seenKeywords.has(keyword) && keyword !== '@type' && keyword !== '@included') {
        throw new JsonLdProcessingError('colliding keywords', `Colliding keywords (${keyword})`);
      }
      seenKeywords.add(keyword);
    } else if (resolution.kind !== 'undefined' && definition?.hasContext === true) {
      valueContext = this.apply(node.context, definition.context, PROPERTY_SCOPED, pointer);
    }
    const visit: KeyVisit = { pointer, key, value, node, resolution, definition, valueContext };
    this.visitor.key?.(visit);
    if (resolution.kind === 'keyword') this.walkKeyword(visit, resolution.keyword);
    else if (resolution.kind !== 'undefined') this.walkProperty(visit);
    this.visitor.endKey?.(visit);
  }

  private walkKeyword(key: KeyVisit, keyword: string): void {
    const { value, pointer } = key;
    if (keyword === '@context') {
      const inlineContext = (Array.isArray(value) ? value : [value]).some(isObject);
      this.emit(key, value, pointer, undefined, 'context', { inlineContext });
    } else if (keyword === '@id') {
      this.emit(key, value, pointer, undefined, 'id', { iri: key.node.id ?? null });
    } else if (keyword === '@type') {
      this.walkTypes(key);
    } else {
      this.emit(key, value, pointer, undefined, 'keyword-value', {});
    }
  }

  private walkTypes(key: KeyVisit): void {
    const { value, pointer } = key;
    const items = Array.isArray(value) ? value : [value];
    if (!items.every((item) => typeof item === 'string')) {
      throw new JsonLdProcessingError(
        'invalid type value',
        '"@type" value must be a string or an array of strings',
      );
    }
    items.forEach((item: string, i) => {
      const iri = expandIri(key.node.typeContext, item, VOCAB_AND_BASE);
      const index = Array.isArray(value) ? i : undefined;
      this.emit(key, item, index === undefined ? pointer : `${pointer}/${i}`, index, 'type', {
        iri,
      });
    });
  }

  private walkProperty(key: KeyVisit): void {
    const { value, pointer, definition } = key;
    if (definition?.reverse === true) {
      this.emit(key, value, pointer, undefined, 'reverse', {});
      return;
    }
    const container = definition?.container ?? [];
    if (isObject(value) && container.some((c) => MAP_CONTAINERS.includes(c))) {
      this.emit(key, value, pointer, undefined, 'map', {});
      return;
    }
    if (definition?.type === '@json') {
      this.emit(key, value, pointer, undefined, 'json', {});
      return;
    }
    const slot: Slot = { key, context: key.valueContext, inList: container.includes('@list') };
    if (!Array.isArray(value)) {
      this.walkValue(slot, value, pointer, undefined);
      return;
    }
    value.forEach((item, i) => {
      const itemPointer = `${pointer}/${i}`;
      if (Array.isArray(item))
        this.emit(key, item, itemPointer, i, 'nested-array', { inList: slot.inList });
      else this.walkValue(slot, item, itemPointer, i);
    });
  }

  private walkValue(slot: Slot, value: unknown, pointer: string, index: number | undefined): void {
    const { key } = slot;
    if (value === null || value === undefined) {
      this.emit(key, value, pointer, index, 'null', { inList: slot.inList });
    } else if (isObject(value)) {
      this.walkObjectValue(slot, value, pointer, index);
    } else {
      const { kind, ...extra } = scalar(slot, value);
      this.emit(key, value, pointer, index, kind, { inList: slot.inList, ...extra });
    }
  }

  private walkObjectValue(
    slot: Slot,
    value: JsonObject,
    pointer: string,
    index: number | undefined,
  ): void {
    const { key } = slot;
    const visit: { -readonly [K in keyof ValueVisit]: ValueVisit[K] } = {
      pointer,
      value,
      kind: 'node',
      key,
      index,
      inList: slot.inList,
    };
    const setup = this.setupNode(value, slot.context, slot, pointer, visit);
    if (setup.kind !== 'node') {
      visit.kind = setup.kind;
      if (setup.kind === 'value-object') {
        const entries = readValueObject(value, setup);
        // jsonld.js: "an element containing @value may not contain both @type and either
        // @language or @direction".
        if (
          entries.type !== undefined &&
          (entries.language !== undefined || entries.other.some((k) => isDirection(setup, k)))
        ) {
          throw new JsonLdProcessingError(
            'invalid value object',
            'Invalid JSON-LD syntax; an element containing "@value" may not contain both "@type" and either "@language" or "@direction".',
          );
        }
        visit.valueObject = entries;
      }
      this.visitor.value?.(visit);
      return;
    }
    visit.child = setup.visit;
    this.visitor.value?.(visit);
    this.walkNode(setup.visit);
  }

  private emit(
    key: KeyVisit,
    value: unknown,
    pointer: string,
    index: number | undefined,
    kind: ValueKind,
    extra: Partial<ValueVisit>,
  ): void {
    this.visitor.value?.({ inList: false, ...extra, pointer, value, kind, key, index });
  }
}

type Setup =
  | { readonly kind: 'node'; readonly visit: NodeVisit }
  | {
      readonly kind: 'value-object' | 'list-object' | 'set-object';
      readonly context: ActiveContext;
      readonly typeContext: ActiveContext;
    };

// A JSON object is a value, list or set object when a key expands to @value, @list or @set.
function objectKind(keys: readonly string[], context: ActiveContext): Setup['kind'] {
  let kind: Setup['kind'] = 'node';
  for (const key of keys) {
    const expanded = expandIri(context, key, VOCAB);
    if (expanded === '@value') return 'value-object';
    if (expanded === '@list') kind = 'list-object';
    else if (expanded === '@set' && kind === 'node') kind = 'set-object';
  }
  return kind;
}

// The entries of a value object, by keyword (`@type` expanded against the type context).
function readValueObject(
  object: JsonObject,
  setup: { readonly context: ActiveContext; readonly typeContext: ActiveContext },
): ValueObjectEntries {
  const other: string[] = [];
  const entries: { -readonly [K in keyof ValueObjectEntries]: ValueObjectEntries[K] } = { other };
  for (const key of Object.keys(object).sort()) {
    const expanded = key === '@context' ? '@context' : expandIri(setup.context, key, VOCAB);
    const value = object[key];
    if (expanded === '@value') entries.value = value;
    else if (expanded === '@type') {
      entries.type =
        typeof value === 'string' ? expandIri(setup.typeContext, value, VOCAB_AND_BASE) : value;
    } else if (expanded === '@language') entries.language = value;
    else if (expanded !== '@context') other.push(key);
  }
  return entries;
}

function isDirection(setup: { readonly context: ActiveContext }, key: string): boolean {
  return expandIri(setup.context, key, VOCAB) === '@direction';
}

// Value expansion of a scalar (JSON-LD 1.1 API §5.3.2; jsonld.js `_expandValue`).
function scalar(slot: Slot, value: unknown): Partial<ValueVisit> & { kind: ValueKind } {
  const context = slot.context;
  const definition = context.terms.get(slot.key.key);
  const type = definition?.type;
  if (typeof value === 'string') {
    if (type === '@id')
      return { kind: 'iri', coercion: '@id', iri: expandIri(context, value, BASE) };
    if (type === '@vocab') {
      return { kind: 'iri', coercion: '@vocab', iri: expandIri(context, value, VOCAB_AND_BASE) };
    }
  }
  if (type !== undefined && type !== '@id' && type !== '@vocab' && type !== '@none') {
    return { kind: 'literal', datatype: type };
  }
  const out: { kind: ValueKind; language?: string; direction?: string } = { kind: 'literal' };
  if (typeof value !== 'string') return out;
  const language = definition?.hasLanguage === true ? definition.language : context.language;
  if (typeof language === 'string') out.language = language;
  const direction = definition?.hasDirection === true ? definition.direction : context.direction;
  if (typeof direction === 'string') out.direction = direction;
  return out;
}
