// JSON-LD 1.1 API §4.2 "Create Term Definition", ported from jsonld.js lib/context.js
// `createTermDefinition` step by step, including its error codes, so a context that jsonld.js
// rejects is rejected here with the same code, and protected-term checks agree exactly.
import { isObject, type JsonObject } from '../internal/json.js';
import { JsonLdProcessingError } from './errors.js';
import { isAbsoluteIri, isKeyword, KEYWORD_FORM } from './iri.js';
import type { ContextEvent, TermDefinition } from './types.js';

/** Mutable state of an active context while a local context is processed. */
export interface ContextBuilder {
  terms: Map<string, TermDefinition>;
  vocab: string | undefined;
  hasBase: boolean;
  base: string | null | undefined;
  language: string | undefined;
  direction: string | undefined;
  protectedTerms: Set<string>;
  unsupported: string | undefined;
  events: ContextEvent[];
}

/** Terms being defined (`false`) or defined (`true`) in the local context being processed. */
export type Defined = Map<string, boolean>;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const VALID_KEYS = new Set([
  '@container',
  '@id',
  '@language',
  '@reverse',
  '@type',
  '@context',
  '@direction',
  '@index',
  '@nest',
  '@prefix',
  '@protected',
]);
const VALID_CONTAINERS = new Set([
  '@list',
  '@set',
  '@index',
  '@language',
  '@graph',
  '@id',
  '@type',
]);

function fail(code: string, message: string): never {
  throw new JsonLdProcessingError(code, `Invalid JSON-LD context: ${message}`);
}

/**
 * IRI expansion during context processing (defines dependencies of the local context first).
 * jsonld.js `_expandIri` with `localCtx` and `defined`.
 */
export function expandIriInContext(
  b: ContextBuilder,
  value: unknown,
  vocab: boolean,
  local: JsonObject,
  defined: Defined,
): unknown {
  if (typeof value !== 'string' || isKeyword(value)) return value;
  if (KEYWORD_FORM.test(value)) return null;
  if (Object.hasOwn(local, value) && defined.get(value) !== true) {
    defineTerm(b, local, value, defined, false);
  }
  if (vocab) {
    const definition = b.terms.get(value);
    if (definition !== undefined) return definition.id;
  }
  const colon = value.indexOf(':');
  if (colon > 0) {
    const prefix = value.slice(0, colon);
    const suffix = value.slice(colon + 1);
    if (prefix === '_' || suffix.startsWith('//')) return value;
    if (Object.hasOwn(local, prefix)) defineTerm(b, local, prefix, defined, false);
    const definition = b.terms.get(prefix);
    if (definition?.prefix === true) return `${definition.id}${suffix}`;
    if (isAbsoluteIri(value)) return value;
  }
  if (vocab && b.vocab !== undefined) return `${b.vocab}${value}`;
  return value;
}

/**
 * Defines `term` from `local` into the builder. Throws {@link JsonLdProcessingError} with the
 * jsonld.js code where jsonld.js throws.
 */
export function defineTerm(
  b: ContextBuilder,
  local: JsonObject,
  term: string,
  defined: Defined,
  overrideProtected: boolean,
): void {
  const state = defined.get(term);
  if (state === true) return;
  if (state === false) fail('cyclic IRI mapping', `cyclical definition of "${term}"`);
  defined.set(term, false);
  let value = Object.hasOwn(local, term) ? local[term] : undefined;
  if (!checkTermName(b, term, value)) return;
  const previous = b.terms.get(term);
  b.terms.delete(term);
  const simple = typeof value === 'string' || value === null;
  if (simple) value = { '@id': value };
  if (!isObject(value)) fail('invalid term definition', `"${term}" must be a string or object`);
  for (const key of Object.keys(value)) {
    if (!VALID_KEYS.has(key)) fail('invalid term definition', `"${term}" must not contain ${key}`);
  }
  const mapping: Mutable<TermDefinition> = {
    term,
    id: null,
    reverse: false,
    hasLanguage: false,
    hasDirection: false,
    prefix: undefined,
    protected: false,
    termHasColon: term.indexOf(':') > 0,
    hasContext: false,
  };
  const idState = defineId(b, local, term, value, simple, defined, mapping);
  if (idState === 'dropped') {
    if (previous !== undefined) b.terms.set(term, previous);
    return;
  }
  if (idState === 'unset') defineIdFromTerm(b, local, term, defined, mapping);
  if (
    value['@protected'] === true ||
    (defined.get('@protected') === true && value['@protected'] !== false)
  ) {
    b.protectedTerms.add(term);
    mapping.protected = true;
  }
  defined.set(term, true);
  b.terms.set(term, mapping);
  defineCoercion(b, local, term, value, defined, mapping);
  defineOptions(term, value, mapping);
  if (previous?.protected === true && !overrideProtected) {
    b.protectedTerms.add(term);
    mapping.protected = true;
    if (!equalDefinitions(previous, mapping)) {
      fail('protected term redefinition', `tried to redefine protected term "${term}"`);
    }
  }
}

// Keyword and reserved-term rules at the start of Create Term Definition. False: ignore the term.
function checkTermName(b: ContextBuilder, term: string, value: unknown): boolean {
  if (term === '@type' && isObject(value) && (value['@container'] ?? '@set') === '@set') {
    const keys = Object.keys(value);
    if (keys.length === 0 || keys.some((k) => !['@container', '@id', '@protected'].includes(k))) {
      fail('keyword redefinition', 'keywords cannot be overridden');
    }
    return true;
  }
  if (isKeyword(term)) fail('keyword redefinition', `keyword "${term}" cannot be overridden`);
  if (KEYWORD_FORM.test(term)) {
    b.events.push({ code: 'reserved term', details: { term } });
    return false;
  }
  if (term === '') fail('invalid term definition', 'a term cannot be an empty string');
  return true;
}

// @reverse / @id entries. Returns whether an IRI was set, left unset, or the term is dropped.
function defineId(
  b: ContextBuilder,
  local: JsonObject,
  term: string,
  value: JsonObject,
  simple: boolean,
  defined: Defined,
  mapping: Mutable<TermDefinition>,
): 'set' | 'unset' | 'dropped' {
  if ('@reverse' in value) return defineReverse(b, local, value, defined, mapping);
  if (!('@id' in value)) return 'unset';
  const id = value['@id'];
  if (id !== null && typeof id !== 'string') {
    fail('invalid IRI mapping', 'a @context @id value must be a string');
  }
  if (id === null) {
    mapping.id = null;
    return 'set';
  }
  if (!isKeyword(id) && KEYWORD_FORM.test(id)) {
    b.events.push({ code: 'reserved @id value', details: { id } });
    return 'dropped';
  }
  if (id === term) return 'unset';
  const expanded = expandIriInContext(b, id, true, local, defined);
  if (typeof expanded !== 'string' || (!isAbsoluteIri(expanded) && !isKeyword(expanded))) {
    fail('invalid IRI mapping', `@id of "${term}" must be an absolute IRI, blank node or keyword`);
  }
  if (/(?::[^:])|\//.test(term)) {
    const termDefined: Defined = new Map(defined).set(term, true);
    if (expandIriInContext(b, term, true, local, termDefined) !== expanded) {
      fail('invalid IRI mapping', `term "${term}" in the form of an IRI must expand to its @id`);
    }
  }
  mapping.id = expanded;
  mapping.prefix = simple && !mapping.termHasColon && /[:/?#[\]@]$/.test(expanded);
  return 'set';
}

function defineReverse(
  b: ContextBuilder,
  local: JsonObject,
  value: JsonObject,
  defined: Defined,
  mapping: Mutable<TermDefinition>,
): 'set' | 'dropped' {
  if ('@id' in value || '@nest' in value) {
    fail('invalid reverse property', 'a @reverse term definition must not contain @id or @nest');
  }
  const reverse = value['@reverse'];
  if (typeof reverse !== 'string') fail('invalid IRI mapping', '@reverse must be a string');
  if (KEYWORD_FORM.test(reverse)) {
    b.events.push({ code: 'reserved @reverse value', details: { reverse } });
    return 'dropped';
  }
  const id = expandIriInContext(b, reverse, true, local, defined);
  if (typeof id !== 'string' || !isAbsoluteIri(id))
    fail('invalid IRI mapping', '@reverse must be an absolute IRI');
  mapping.id = id;
  mapping.reverse = true;
  return 'set';
}

// A term without @id: a compact IRI, an absolute IRI, @type, or @vocab-relative.
function defineIdFromTerm(
  b: ContextBuilder,
  local: JsonObject,
  term: string,
  defined: Defined,
  mapping: Mutable<TermDefinition>,
): void {
  if (mapping.termHasColon) {
    const colon = term.indexOf(':');
    const prefix = term.slice(0, colon);
    if (Object.hasOwn(local, prefix)) defineTerm(b, local, prefix, defined, false);
    const parent = b.terms.get(prefix);
    mapping.id = parent !== undefined ? `${parent.id}${term.slice(colon + 1)}` : term;
  } else if (term === '@type') {
    mapping.id = '@type';
  } else {
    if (b.vocab === undefined) {
      fail('invalid IRI mapping', `term "${term}" must define an @id (there is no @vocab)`);
    }
    mapping.id = `${b.vocab}${term}`;
  }
}

function defineCoercion(
  b: ContextBuilder,
  local: JsonObject,
  term: string,
  value: JsonObject,
  defined: Defined,
  mapping: Mutable<TermDefinition>,
): void {
  if ('@type' in value) {
    let type: string;
    const rawType = value['@type'];
    if (typeof rawType !== 'string')
      fail('invalid type mapping', `@type of "${term}" must be a string`);
    type = rawType;
    if (type !== '@json' && type !== '@none' && type !== '@id' && type !== '@vocab') {
      const expanded = expandIriInContext(b, type, true, local, defined);
      if (typeof expanded !== 'string' || !isAbsoluteIri(expanded))
        fail('invalid type mapping', `@type of "${term}" must be absolute`);
      if (expanded.startsWith('_:'))
        fail('invalid type mapping', `@type of "${term}" is a blank node`);
      type = expanded;
    }
    mapping.type = type;
  }
  if ('@container' in value) defineContainer(term, value, mapping);
}

function defineContainer(term: string, value: JsonObject, mapping: Mutable<TermDefinition>): void {
  const raw = value['@container'];
  const container: unknown[] = typeof raw === 'string' ? [raw] : Array.isArray(raw) ? raw : [];
  const hasSet = container.includes('@set');
  let valid = true;
  if (container.includes('@list')) {
    if (container.length !== 1) fail('invalid container mapping', '@list must be alone');
  } else if (container.includes('@graph')) {
    if (container.some((k) => k !== '@graph' && k !== '@id' && k !== '@index' && k !== '@set')) {
      fail('invalid container mapping', '@graph allows only @id, @index and @set besides it');
    }
  } else {
    valid = container.length <= (hasSet ? 2 : 1);
  }
  if (container.includes('@type')) {
    mapping.type = mapping.type ?? '@id';
    if (mapping.type !== '@id' && mapping.type !== '@vocab') {
      fail('invalid type mapping', 'container @type requires @type @id or @vocab');
    }
  }
  valid &&= container.every((c) => typeof c === 'string' && VALID_CONTAINERS.has(c));
  valid &&= !(hasSet && container.includes('@list'));
  if (!valid) fail('invalid container mapping', `invalid @container of "${term}"`);
  if (mapping.reverse && !container.every((c) => c === '@index' || c === '@set')) {
    fail('invalid reverse property', 'a @reverse term allows only @index or @set containers');
  }
  mapping.container = container as string[];
}

// @index, @context, @language, @prefix, @direction, @nest and the alias rules.
function defineOptions(term: string, value: JsonObject, mapping: Mutable<TermDefinition>): void {
  if ('@index' in value) {
    const index = value['@index'];
    if (!('@container' in value) || !mapping.container?.includes('@index')) {
      fail('invalid term definition', `@index without @index container on "${term}"`);
    }
    if (typeof index !== 'string' || index.startsWith('@')) {
      fail('invalid term definition', `@index of "${term}" must expand to an IRI`);
    }
    mapping.index = index;
  }
  if ('@context' in value) {
    mapping.hasContext = true;
    mapping.context = value['@context'];
  }
  if ('@language' in value && !('@type' in value)) {
    const language = value['@language'];
    if (language !== null && typeof language !== 'string') {
      fail('invalid language mapping', `@language of "${term}" must be a string or null`);
    }
    mapping.hasLanguage = true;
    mapping.language = language === null ? null : language.toLowerCase();
  }
  if ('@prefix' in value) {
    if (/:|\//.test(term)) fail('invalid term definition', '@prefix used on a compact IRI term');
    if (isKeyword(mapping.id))
      fail('invalid term definition', 'keywords may not be used as prefixes');
    if (typeof value['@prefix'] !== 'boolean')
      fail('invalid @prefix value', '@prefix must be boolean');
    mapping.prefix = value['@prefix'];
  }
  if ('@direction' in value) {
    const direction = value['@direction'];
    if (direction !== null && direction !== 'ltr' && direction !== 'rtl') {
      fail('invalid base direction', '@direction must be null, "ltr" or "rtl"');
    }
    mapping.hasDirection = true;
    mapping.direction = direction as string | null;
  }
  if ('@nest' in value) {
    const nest = value['@nest'];
    if (typeof nest !== 'string' || (nest !== '@nest' && nest.startsWith('@'))) {
      fail('invalid @nest value', '@nest must be a string that is not a keyword other than @nest');
    }
    mapping.nest = nest;
  }
  if (mapping.id === '@context' || mapping.id === '@preserve') {
    fail('invalid keyword alias', '@context and @preserve cannot be aliased');
  }
}

/** jsonld.js `_deepCompare` of two mappings (as jsonld.js shapes them). */
export function equalDefinitions(a: TermDefinition, b: TermDefinition): boolean {
  return (
    a.id === b.id &&
    a.reverse === b.reverse &&
    a.type === b.type &&
    sameContainer(a.container, b.container) &&
    a.hasLanguage === b.hasLanguage &&
    a.language === b.language &&
    a.hasDirection === b.hasDirection &&
    a.direction === b.direction &&
    a.index === b.index &&
    a.nest === b.nest &&
    a.prefix === b.prefix &&
    a.protected === b.protected &&
    a.termHasColon === b.termHasColon &&
    a.hasContext === b.hasContext &&
    deepEqual(a.context, b.context)
  );
}

function sameContainer(
  a: readonly string[] | undefined,
  b: readonly string[] | undefined,
): boolean {
  if (a === undefined || b === undefined) return a === b;
  return deepEqual([...a].sort(), [...b].sort());
}

/** Structural equality of JSON values (key order ignored). */
export function deepEqual(x: unknown, y: unknown): boolean {
  if (x === y) return true;
  if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
  if (Array.isArray(x) !== Array.isArray(y)) return false;
  if (Array.isArray(x) && Array.isArray(y)) {
    return x.length === y.length && x.every((item, i) => deepEqual(item, y[i]));
  }
  const xo = x as JsonObject;
  const yo = y as JsonObject;
  const keys = Object.keys(xo);
  if (keys.length !== Object.keys(yo).length) return false;
  return keys.every((k) => {
    const [a, b] = [xo[k], yo[k]];
    // jsonld.js compares `@container` arrays in any order, at any depth.
    if (k === '@container' && Array.isArray(a) && Array.isArray(b)) {
      return deepEqual([...a].sort(), [...b].sort());
    }
    return Object.hasOwn(yo, k) && deepEqual(a, b);
  });
}
