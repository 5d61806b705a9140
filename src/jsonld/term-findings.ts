// Findings of the `jsonld` validation check computed from walker events (see term-check.ts):
// the same codes, severities and messages as src/validate/checks/jsonld.ts derives from jsonld.js
// events, with exact JSON Pointers instead of that check's occurrence matching.
import type { DocumentLoader } from '../context/types.js';
import { collectTermEvents, type TermEvent } from './term-check.js';

/** A finding of the term check (the lead's ValidationIssue without its `check` id). */
export interface TermFinding {
  /** `JSONLD_UNDEFINED_TERM`, `JSONLD_RELATIVE_IRI`, `JSONLD_RELATIVE_TYPE`, ... */
  readonly code: string;
  readonly severity: 'error' | 'warning';
  /** JSON Pointer of the offending key or value. */
  readonly path: string;
  readonly message: string;
}

// Kept identical to src/validate/checks/jsonld.ts (CODES, WARNINGS, explain) until the lead
// merges the two into the report code table.
const CODES: Record<string, string> = {
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
const WARNINGS = new Set(['JSONLD_EMPTY_OBJECT', 'JSONLD_FREE_FLOATING_VALUE']);
const EXTENSIONS_CONTEXT_URL = 'https://purl.imsglobal.org/spec/ob/v3p0/extensions.json';
const EXTENSION_TYPES = new Set([
  '1EdTechRevocationList',
  '1EdTechCredentialRefresh',
  '1EdTechJsonSchemaValidator2019',
]);

/**
 * The term check's findings for a document (undefined terms, relative IRIs and types, invalid
 * values), or `undefined` when the walker cannot stand in for jsonld.js (the caller then runs
 * the jsonld.js-based check).
 *
 * @param document - The credential.
 * @param options - The document loader.
 * @returns Findings in jsonld.js expansion order, or `undefined`.
 * @example
 * ```ts
 * const findings = (await checkTerms(credential, { documentLoader })) ?? (await checkJsonLd(credential, documentLoader));
 * ```
 */
export async function checkTerms(
  document: object,
  options: { readonly documentLoader: DocumentLoader },
): Promise<TermFinding[] | undefined> {
  const result = await collectTermEvents(document, options);
  return result.ok ? result.events.map(toFinding) : undefined;
}

/** Maps one event to a finding exactly as src/validate/checks/jsonld.ts does. */
export function toFinding(event: TermEvent): TermFinding {
  const code = CODES[event.code] ?? 'JSONLD_INVALID';
  const subject = pick(event.details);
  const what = subject ? `${subject.kind} ${JSON.stringify(subject.value)}` : '';
  const type = event.details.type;
  const hint =
    code === 'JSONLD_RELATIVE_TYPE' && typeof type === 'string' && EXTENSION_TYPES.has(type)
      ? `; ${type} is defined by the ${EXTENSIONS_CONTEXT_URL} context, add it to @context`
      : '';
  return {
    code,
    severity: WARNINGS.has(code) ? 'warning' : 'error',
    path: event.pointer,
    message: explain(code, what, event) + hint,
  };
}

function explain(code: string, what: string, event: TermEvent): string {
  switch (code) {
    case 'JSONLD_UNDEFINED_TERM':
      return `${what} is not defined by the credential's @context, so JSON-LD processors (and signatures) drop it; add the context that defines it or remove it`;
    case 'JSONLD_RELATIVE_IRI':
    case 'JSONLD_RELATIVE_TYPE':
      return `${what} is a relative IRI; JSON-LD needs absolute IRIs (e.g. https://..., urn:uuid:..., did:...) or terms defined by the context`;
    default:
      return `${event.message ?? event.code}${what ? ` (${what})` : ''}`;
  }
}

function pick(
  details: Readonly<Record<string, unknown>>,
): { kind: string; value: string } | undefined {
  if (typeof details.property === 'string') return { kind: 'property', value: details.property };
  if (typeof details.term === 'string') return { kind: 'term', value: details.term };
  for (const k of ['id', 'type', 'vocab', 'value', 'language'] as const) {
    const value = details[k];
    if (typeof value === 'string') return { kind: k === 'id' ? 'IRI' : k, value };
  }
  return undefined;
}
