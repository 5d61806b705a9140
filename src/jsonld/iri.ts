// IRI expansion on a compiled active context (JSON-LD 1.1 API §5.2 "IRI Expansion"), matching
// jsonld.js lib/context.js `_expandIri` when called outside context processing.
import type { TermDefinition } from './types.js';

/** What IRI expansion reads from an active context (or from one being built). */
export interface TermTable {
  readonly terms: ReadonlyMap<string, TermDefinition>;
  readonly vocab?: string | undefined;
}

const KEYWORDS = new Set([
  '@base',
  '@container',
  '@context',
  '@default',
  '@direction',
  '@embed',
  '@explicit',
  '@graph',
  '@id',
  '@included',
  '@index',
  '@json',
  '@language',
  '@list',
  '@nest',
  '@none',
  '@omitDefault',
  '@prefix',
  '@preserve',
  '@protected',
  '@requireAll',
  '@reverse',
  '@set',
  '@type',
  '@value',
  '@version',
  '@vocab',
]);

/** Keyword-like strings that are not keywords are reserved and ignored (JSON-LD 1.1 §3.1). */
export const KEYWORD_FORM = /^@[a-zA-Z]+$/;

/** BCP 47 shape jsonld.js accepts for `@language`. */
export const BCP47 = /^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$/;

// jsonld.js lib/url.js `isAbsoluteRegex`, verbatim (the `+-.` range also admits `,`).
const ABSOLUTE_IRI = /^([A-Za-z][A-Za-z0-9+-.]*|_):[^\s]*$/;

/** Whether `value` is a JSON-LD keyword. */
export function isKeyword(value: unknown): boolean {
  return typeof value === 'string' && KEYWORDS.has(value);
}

/** Whether `value` is an absolute IRI or blank node identifier, as jsonld.js decides it. */
export function isAbsoluteIri(value: unknown): value is string {
  return typeof value === 'string' && ABSOLUTE_IRI.test(value);
}

/** How relative references are resolved by {@link expandIri}. */
export interface ExpandIriMode {
  /** Terms and `@vocab` apply (property names, types, `@vocab`-coerced values). */
  readonly vocab: boolean;
  /** The base IRI applies (`@id` values). */
  readonly base: boolean;
}

/** Vocabulary-relative expansion (keys). */
export const VOCAB: ExpandIriMode = { vocab: true, base: false };
/** Document-relative expansion (`@id` values and `@id`-coerced strings). */
export const BASE: ExpandIriMode = { vocab: false, base: true };
/** Both (types and `@vocab`-coerced strings). */
export const VOCAB_AND_BASE: ExpandIriMode = { vocab: true, base: true };

/**
 * Expands a term, compact IRI or IRI. Returns `null` for keyword-like non-keywords and terms mapped
 * to null. A relative result is returned as is (callers decide what that means).
 *
 * `@base` is never applied: a context that sets a non-null `@base` is marked unsupported, and the
 * document base of every lerkit canonicalization is `null` or empty, so a relative reference stays
 * relative (jsonld.js `prependBase` leaves it relative too).
 */
export function expandIri(context: TermTable, value: string, mode: ExpandIriMode): string | null {
  if (KEYWORDS.has(value)) return value;
  if (KEYWORD_FORM.test(value)) return null;
  if (mode.vocab) {
    const definition = context.terms.get(value);
    if (definition !== undefined) return definition.id;
  }
  const colon = value.indexOf(':');
  if (colon > 0) {
    const prefix = value.slice(0, colon);
    const suffix = value.slice(colon + 1);
    if (prefix === '_' || suffix.startsWith('//')) return value;
    const definition = context.terms.get(prefix);
    if (definition?.prefix === true) return `${definition.id}${suffix}`;
    if (isAbsoluteIri(value)) return value;
  }
  if (mode.vocab && context.vocab !== undefined) return `${context.vocab}${value}`;
  return value;
}
