// JSON-LD 1.1 API §4.1 "Context Processing", ported from jsonld.js lib/context.js `api.process`,
// with every result memoised: a transition (active context + local context + flags) is computed
// once and then found by object identity, so repeated documents do no context work at all.
import { isObject, type JsonObject } from '../internal/json.js';
import type { ContextSource, ResolvedEntry } from './context-source.js';
import { type ContextBuilder, type Defined, defineTerm } from './define-term.js';
import { JsonLdProcessingError } from './errors.js';
import { BCP47, expandIri, isAbsoluteIri, VOCAB_AND_BASE } from './iri.js';
import type { ActiveContext, ContextEvent } from './types.js';

let nextSerial = 1;
const NO_EVENTS: readonly ContextEvent[] = Object.freeze([]);

/** The initial active context (no terms, no `@vocab`). */
export const INITIAL_CONTEXT: ActiveContext = Object.freeze({
  serial: 0,
  terms: new Map(),
  hasBase: false,
  protectedTerms: new Set<string>(),
  events: NO_EVENTS,
});

/** How a local context is applied (JSON-LD 1.1 API §4.1.2 parameters). */
export interface ApplyFlags {
  /** `false` for type-scoped contexts: node objects below revert to the previous context. */
  readonly propagate: boolean;
  /** `true` for property-scoped contexts: protected terms may be redefined. */
  readonly overrideProtected: boolean;
}

/** A context application: the new active context and the events jsonld.js would emit for it. */
export interface Transition {
  readonly context: ActiveContext;
  readonly events: readonly ContextEvent[];
}

const stats = { definitionsProcessed: 0 };

/**
 * How many context definitions have been processed (not found in the caches) since the process
 * started: a repeated document must not increase it.
 */
export function getContextStats(): Readonly<{ definitionsProcessed: number }> {
  return stats;
}

// Bounds every per-key cache: documents with ever-new inline contexts must not grow memory.
const MAX_ENTRIES = 512;

function remember<K, V>(map: Map<K, V>, key: K, value: V): V {
  if (map.size >= MAX_ENTRIES) map.clear();
  map.set(key, value);
  return value;
}

// step cache: definition object -> "<active serial>:<override>[:<source id>]" -> result
const steps = new WeakMap<object, Map<string, ActiveContext>>();
// definition objects whose processing depends on the source (@import, URL scoped contexts)
const sourceDependent = new WeakMap<object, boolean>();
// active context -> the same context remembering itself as `previous` (non-propagating entry)
const withPrevious = new WeakMap<ActiveContext, ActiveContext>();

/**
 * Applies a local context (URL, object, `null` or array) to an active context, like jsonld.js
 * `api.process`. Throws {@link JsonLdProcessingError} with the jsonld.js code where it throws.
 */
export function applyContext(
  active: ActiveContext,
  local: unknown,
  flags: ApplyFlags,
  source: ContextSource,
): Transition {
  return applyEntries(active, source.resolve(local), flags, source, true);
}

function applyEntries(
  active: ActiveContext,
  entries: readonly ResolvedEntry[],
  flags: ApplyFlags,
  source: ContextSource,
  cached: boolean,
): Transition {
  if (entries.length === 0) return { context: active, events: NO_EVENTS };
  let propagate = flags.propagate;
  const first = entries[0];
  if (isObject(first) && typeof first['@propagate'] === 'boolean') propagate = first['@propagate'];
  let context = active;
  if (!propagate && context.previous === undefined) context = rememberPrevious(context);
  let events: ContextEvent[] | undefined;
  for (const entry of entries) {
    if (entry === null) {
      if (!flags.overrideProtected && context.protectedTerms.size !== 0) {
        throw new JsonLdProcessingError(
          'invalid context nullification',
          'Tried to nullify a context with protected terms outside of a term definition',
        );
      }
      context = INITIAL_CONTEXT;
      continue;
    }
    context = cached
      ? step(context, entry, flags.overrideProtected, source)
      : processDefinition(context, entry, flags.overrideProtected, source, false);
    if (context.events.length > 0) {
      events ??= [];
      events.push(...context.events);
    }
  }
  return { context, events: events ?? NO_EVENTS };
}

function rememberPrevious(active: ActiveContext): ActiveContext {
  let copy = withPrevious.get(active);
  if (copy === undefined) {
    copy = Object.freeze({ ...active, serial: nextSerial++, previous: active, events: NO_EVENTS });
    withPrevious.set(active, copy);
  }
  return copy;
}

function step(
  active: ActiveContext,
  definition: JsonObject,
  overrideProtected: boolean,
  source: ContextSource,
): ActiveContext {
  let cache = steps.get(definition);
  if (cache === undefined) {
    cache = new Map();
    steps.set(definition, cache);
  }
  const key = isSourceDependent(definition)
    ? `${active.serial}:${overrideProtected ? 1 : 0}:${source.id}`
    : `${active.serial}:${overrideProtected ? 1 : 0}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  return remember(
    cache,
    key,
    processDefinition(active, definition, overrideProtected, source, true),
  );
}

function isSourceDependent(definition: JsonObject): boolean {
  let dependent = sourceDependent.get(definition);
  if (dependent === undefined) {
    dependent = JSON.stringify(definition).includes('"@import"') || hasUrlScopedContext(definition);
    sourceDependent.set(definition, dependent);
  }
  return dependent;
}

function hasUrlScopedContext(value: unknown, depth = 0): boolean {
  if (depth > 64 || !isObject(value))
    return Array.isArray(value) && value.some((v) => hasUrlScopedContext(v, depth + 1));
  for (const [key, child] of Object.entries(value)) {
    if (key === '@context' && (typeof child === 'string' || Array.isArray(child))) return true;
    if (isObject(child) && hasUrlScopedContext(child, depth + 1)) return true;
  }
  return false;
}

function startBuilder(active: ActiveContext): ContextBuilder {
  return {
    terms: new Map(active.terms),
    vocab: active.vocab,
    hasBase: active.hasBase,
    base: active.base,
    language: active.language,
    // jsonld.js does not copy @direction when it clones an active context.
    direction: undefined,
    protectedTerms: new Set(active.protectedTerms),
    unsupported: active.unsupported,
    events: [],
  };
}

function freeze(b: ContextBuilder, previous: ActiveContext | undefined): ActiveContext {
  const context: { -readonly [K in keyof ActiveContext]: ActiveContext[K] } = {
    serial: nextSerial++,
    terms: b.terms,
    hasBase: b.hasBase,
    protectedTerms: b.protectedTerms,
    events: b.events.length === 0 ? NO_EVENTS : Object.freeze(b.events),
  };
  if (b.vocab !== undefined) context.vocab = b.vocab;
  if (b.hasBase) context.base = b.base ?? null;
  if (b.language !== undefined) context.language = b.language;
  if (b.direction !== undefined) context.direction = b.direction;
  if (previous !== undefined) context.previous = previous;
  if (b.unsupported !== undefined) context.unsupported = b.unsupported;
  return Object.freeze(context);
}

/** Processes one context definition onto `active` (jsonld.js `api.process` loop body). */
function processDefinition(
  active: ActiveContext,
  entry: JsonObject,
  overrideProtected: boolean,
  source: ContextSource,
  cached: boolean,
): ActiveContext {
  stats.definitionsProcessed++;
  const raw = '@context' in entry ? entry['@context'] : entry;
  if (!isObject(raw)) {
    throw new JsonLdProcessingError('invalid local context', '@context must be an object');
  }
  const b = startBuilder(active);
  const defined: Defined = new Map();
  if ('@version' in raw) {
    if (raw['@version'] !== 1.1) {
      throw new JsonLdProcessingError('invalid @version value', `Unsupported JSON-LD version`);
    }
    defined.set('@version', true);
  }
  processBase(b, raw, defined);
  processVocab(b, raw, defined);
  processLanguage(b, raw, defined);
  processDirection(b, raw, defined);
  if ('@propagate' in raw) {
    if (typeof raw['@propagate'] !== 'boolean') {
      throw new JsonLdProcessingError('invalid @propagate value', '@propagate must be a boolean');
    }
    defined.set('@propagate', true);
  }
  const ctx = processImport(raw, defined, source);
  defined.set('@protected', (ctx['@protected'] as boolean | undefined) || false);
  const cycles = new Set<string>();
  for (const key of Object.keys(ctx)) {
    defineTerm(b, ctx, key, defined, overrideProtected);
    const value = ctx[key];
    if (isObject(value) && '@context' in value) {
      validateScopedContext(b, key, value['@context'], source, cycles, cached);
    }
  }
  return freeze(b, active.previous);
}

function processBase(b: ContextBuilder, ctx: JsonObject, defined: Defined): void {
  if (!('@base' in ctx)) return;
  const base = ctx['@base'];
  if (base !== null && typeof base !== 'string') {
    throw new JsonLdProcessingError('invalid base IRI', '@base must be an IRI or null');
  }
  // Resolving references against a base is not implemented: documents under one fall back.
  if (base !== null) b.unsupported = '@base';
  b.hasBase = true;
  b.base = base;
  defined.set('@base', true);
}

function processVocab(b: ContextBuilder, ctx: JsonObject, defined: Defined): void {
  if (!('@vocab' in ctx)) return;
  const value = ctx['@vocab'];
  if (value === null) {
    b.vocab = undefined;
  } else if (typeof value !== 'string') {
    throw new JsonLdProcessingError('invalid vocab mapping', '@vocab must be a string or null');
  } else {
    const vocab = expandIri(b, value, VOCAB_AND_BASE) as string;
    if (!isAbsoluteIri(vocab))
      b.events.push({ code: 'relative @vocab reference', details: { vocab } });
    if (b.hasBase && b.base !== null) b.unsupported = '@base';
    b.vocab = vocab;
  }
  defined.set('@vocab', true);
}

function processLanguage(b: ContextBuilder, ctx: JsonObject, defined: Defined): void {
  if (!('@language' in ctx)) return;
  const value = ctx['@language'];
  if (value === null) {
    b.language = undefined;
  } else if (typeof value !== 'string') {
    throw new JsonLdProcessingError(
      'invalid default language',
      '@language must be a string or null',
    );
  } else {
    if (!BCP47.test(value)) {
      b.events.push({ code: 'invalid @language value', details: { language: value } });
    }
    b.language = value.toLowerCase();
  }
  defined.set('@language', true);
}

function processDirection(b: ContextBuilder, ctx: JsonObject, defined: Defined): void {
  if (!('@direction' in ctx)) return;
  const value = ctx['@direction'];
  if (value === null) {
    b.direction = undefined;
  } else if (value !== 'ltr' && value !== 'rtl') {
    throw new JsonLdProcessingError(
      'invalid base direction',
      '@direction must be null, ltr or rtl',
    );
  } else {
    b.direction = value;
    // Directional literals depend on the caller's rdfDirection option: left to jsonld.js.
    b.unsupported = '@direction';
  }
  defined.set('@direction', true);
}

// @import (JSON-LD 1.1 API §4.1.2 step 5.6): the imported context's entries not in this one.
function processImport(ctx: JsonObject, defined: Defined, source: ContextSource): JsonObject {
  if (!('@import' in ctx)) return ctx;
  const value = ctx['@import'];
  if (typeof value !== 'string') {
    throw new JsonLdProcessingError('invalid @import value', '@import must be a string');
  }
  const resolved: readonly ResolvedEntry[] = source.resolve(value);
  if (resolved.length !== 1) {
    throw new JsonLdProcessingError(
      'invalid remote context',
      '@import must reference a single context',
    );
  }
  const imported = resolved[0];
  const importedCtx =
    isObject(imported) && '@context' in imported ? imported['@context'] : imported;
  if (!isObject(importedCtx)) {
    throw new JsonLdProcessingError('invalid remote context', '@import must reference an object');
  }
  if ('@import' in importedCtx) {
    throw new JsonLdProcessingError(
      'invalid context entry',
      'an imported context must not @import',
    );
  }
  const merged: JsonObject = { ...ctx };
  for (const key of Object.keys(importedCtx)) {
    if (!Object.hasOwn(merged, key)) merged[key] = importedCtx[key];
  }
  defined.set('@import', true);
  return merged;
}

// jsonld.js processes every scoped context while defining it, to reject invalid ones early.
function validateScopedContext(
  b: ContextBuilder,
  term: string,
  scoped: unknown,
  source: ContextSource,
  cycles: Set<string>,
  cached: boolean,
): void {
  if (typeof scoped === 'string') {
    if (cycles.has(scoped)) return;
    cycles.add(scoped);
  }
  // Validated once, when the definition is first compiled; the snapshot is not cached.
  if (!cached) return;
  const snapshot = freeze(
    { ...b, terms: new Map(b.terms), protectedTerms: new Set(b.protectedTerms), events: [] },
    undefined,
  );
  try {
    const flags = { propagate: true, overrideProtected: true };
    const { events } = applyEntries(snapshot, source.resolve(scoped), flags, source, false);
    b.events.push(...events);
  } catch (cause) {
    if (!(cause instanceof JsonLdProcessingError)) throw cause;
    throw new JsonLdProcessingError(
      'invalid scoped context',
      `Invalid scoped context of "${term}"`,
      {
        cause,
      },
    );
  }
}
