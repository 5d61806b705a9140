// Findings of the `jsonld` check's term part, from JSON-LD expansion events: the walker's events
// (term-check.ts, exact JSON Pointers) or jsonld.js's (placed by the caller). One mapping from
// event to code and message for both, so the fast path and its jsonld.js fallback say the same.
import type { DocumentLoader } from '../context/types.js';
import { suggest } from '../internal/suggest.js';
import type { Code } from '../report/codes.js';
import { finding } from '../report/finding.js';
import type { Finding } from '../report/types.js';
import { knownTerms } from './known-terms.js';
import { collectTermEvents } from './term-check.js';

/** An expansion event with its place: what {@link termFinding} reads. */
export interface PlacedEvent {
  /** jsonld.js event code (`invalid property`, `relative @id reference`, ...). */
  readonly code: string;
  /** jsonld.js event details. */
  readonly details?: Readonly<Record<string, unknown>>;
  /** jsonld.js event message. */
  readonly message?: string;
  /** JSON Pointer of the key or value concerned. */
  readonly pointer: string;
}

const CODES: Record<string, Code> = {
  'invalid property': 'JSONLD_UNDEFINED_TERM',
  'relative @id reference': 'JSONLD_RELATIVE_IRI',
  'relative @type reference': 'JSONLD_RELATIVE_TYPE',
  'relative @vocab reference': 'JSONLD_RELATIVE_IRI',
  'invalid @language value': 'JSONLD_INVALID_VALUE',
  'reserved @id value': 'JSONLD_INVALID_VALUE',
  'reserved @type value': 'JSONLD_INVALID_VALUE',
  'reserved term': 'JSONLD_RESERVED_TERM',
  'invalid reserved term': 'JSONLD_RESERVED_TERM',
  'empty object': 'JSONLD_EMPTY_OBJECT',
  'free-floating scalar': 'JSONLD_FREE_FLOATING_VALUE',
  'object with only @id': 'JSONLD_EMPTY_OBJECT',
  'object with only @language': 'JSONLD_EMPTY_OBJECT',
  'null @id value': 'JSONLD_INVALID_VALUE',
  'null @type value': 'JSONLD_INVALID_VALUE',
  'null @value value': 'JSONLD_INVALID_VALUE',
  'prefix @id value': 'JSONLD_INVALID_VALUE',
};

// Types of the OB 3.0 service specs (VCRL, VCCR, VCCS) are defined by the extensions context,
// not the main one: say so when they come out relative.
const EXTENSIONS_CONTEXT_URL = 'https://purl.imsglobal.org/spec/ob/v3p0/extensions.json';
const EXTENSION_TYPES = new Set([
  '1EdTechRevocationList',
  '1EdTechCredentialRefresh',
  '1EdTechJsonSchemaValidator2019',
]);

/**
 * The term check's findings for a document (undefined terms, relative IRIs and types, invalid
 * values) computed by the walker, or `undefined` when the walker cannot stand in for jsonld.js
 * (the caller then runs the jsonld.js-based check).
 *
 * @param document - The credential.
 * @param options - The document loader.
 * @returns Findings in jsonld.js expansion order, or `undefined`.
 */
export async function checkTerms(
  document: object,
  options: { readonly documentLoader: DocumentLoader },
): Promise<Finding[] | undefined> {
  const result = await collectTermEvents(document, options);
  if (!result.ok) return undefined;
  const names = await termNames();
  return result.events.map((event) => termFinding(event, names));
}

/**
 * The names the bundled contexts define (top level and scoped, keywords and compact IRIs left
 * out): what a "did you mean" picks from.
 *
 * @returns The names, in the contexts' order.
 */
export async function termNames(): Promise<readonly string[]> {
  const known = await knownTerms();
  return [...known.byName.keys()].filter((name) => !name.startsWith('@') && !name.includes(':'));
}

/**
 * The finding for one expansion event. Given the known names ({@link termNames}), an undefined
 * property or type close to one of them says "did you mean" and carries it as `suggestion`.
 */
export function termFinding(event: PlacedEvent, names: readonly string[] = []): Finding {
  const code = CODES[event.code] ?? 'JSONLD_INVALID';
  const details = event.details ?? {};
  const subject = subjectOf(details);
  const what = subject ? `${subject.kind} ${JSON.stringify(subject.value)}` : '';
  const type = details.type;
  if (code === 'JSONLD_RELATIVE_TYPE' && typeof type === 'string' && EXTENSION_TYPES.has(type)) {
    return finding(
      code,
      event.pointer,
      `${what} is not defined by the credential's @context: it is defined by the ${EXTENSIONS_CONTEXT_URL} context`,
      `Add ${EXTENSIONS_CONTEXT_URL} to @context`,
    );
  }
  const renamed =
    subject && code === 'JSONLD_UNDEFINED_TERM' ? RENAMED.get(subject.value) : undefined;
  if (subject && renamed) {
    const found = finding(
      code,
      event.pointer,
      `${what} is VC Data Model 1.1; this credential uses the VC 2.0 context, which calls it \`${renamed}\``,
      `Rename ${JSON.stringify(subject.value)} to ${JSON.stringify(renamed)}`,
    );
    found.suggestion = renamed;
    return found;
  }
  const guess = subject && isTermCode(code) ? closest(subject.value, code, names) : undefined;
  if (subject && guess === subject.value) {
    // A name the contexts define, but not here: the object's type (or a missing context) puts it
    // outside the scope that defines it.
    return finding(
      code,
      event.pointer,
      `${what} is defined by the bundled contexts, but not where it is used: check the type of the object it is on (and of the credential) and the @context`,
      'Give the object (and the credential) the spec’s type, so that its context defines the property',
    );
  }
  if (subject && guess) {
    const found = finding(
      code,
      event.pointer,
      `${what} is not defined by the credential's @context: did you mean \`${guess}\`?`,
      `Rename ${JSON.stringify(subject.value)} to ${JSON.stringify(guess)}`,
    );
    found.suggestion = guess;
    return found;
  }
  return finding(code, event.pointer, explain(code, what, event));
}

// VC 1.1 names that VC 2.0 renamed: undefined by the VC 2.0 context, and not misspelt.
// A Map, not an object: a stranger's property named `constructor` must not find Object's.
const RENAMED: ReadonlyMap<string, string> = new Map([
  ['issuanceDate', 'validFrom'],
  ['expirationDate', 'validUntil'],
]);

function isTermCode(code: Code): boolean {
  return code === 'JSONLD_UNDEFINED_TERM' || code === 'JSONLD_RELATIVE_TYPE';
}

// Types are capitalised in every bundled context, properties are not: a misspelt property is
// matched against properties, a misspelt type against types.
function closest(name: string, code: Code, names: readonly string[]): string | undefined {
  const wantType = code === 'JSONLD_RELATIVE_TYPE';
  const pool = names.filter((n) => isTypeName(n) === wantType);
  return suggest(name, pool, { limit: 1 })[0];
}

function isTypeName(name: string): boolean {
  const first = name.charAt(0);
  return first !== first.toLowerCase() || /^[0-9]/.test(first);
}

function explain(code: Code, what: string, event: PlacedEvent): string {
  switch (code) {
    case 'JSONLD_UNDEFINED_TERM':
      return `${what} is not defined by the credential's @context, so JSON-LD processors (and signatures) drop it; add the context that defines it or remove it`;
    case 'JSONLD_RELATIVE_IRI':
      return `${what} is a relative IRI; JSON-LD needs absolute IRIs (e.g. https://..., urn:uuid:..., did:...) or terms defined by the context`;
    case 'JSONLD_RELATIVE_TYPE':
      return `${what} is not a type the credential's @context defines (JSON-LD would read it as a relative IRI); use the spec's type name or add the context that defines it`;
    default:
      return `${event.message ?? event.code}${what ? ` (${what})` : ''}`;
  }
}

/** What an event is about: a property (a key) or a value, as jsonld.js details name it. */
export function subjectOf(
  details: Readonly<Record<string, unknown>>,
): { kind: string; key: 'key' | 'value'; value: string } | undefined {
  if (typeof details.property === 'string')
    return { kind: 'property', key: 'key', value: details.property };
  if (typeof details.term === 'string') return { kind: 'term', key: 'key', value: details.term };
  for (const k of ['id', 'type', 'vocab', 'value', 'language'] as const) {
    const value = details[k];
    if (typeof value === 'string') return { kind: k === 'id' ? 'IRI' : k, key: 'value', value };
  }
  return undefined;
}
