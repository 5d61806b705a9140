// `jsonld` check: expands the document in safe mode with the bundled contexts and reports every
// undefined term, relative IRI or invalid value, not only the first. jsonld.js reports them as
// events without JSON paths; each is placed at the matching occurrence in the document, visited in
// the order jsonld.js expands (object keys sorted, depth first).
import jsonld from 'jsonld';
import type { DocumentLoader } from '../../context/types.js';
import { isLerkitError } from '../../errors/index.js';
import { escapePointerToken, isObject } from '../../internal/json.js';
import type { Code } from '../../report/codes.js';
import { finding } from '../../report/finding.js';
import type { Finding } from '../../report/types.js';
import type { Check } from '../types.js';

interface JsonLdEvent {
  code: string;
  message?: string;
  details?: Record<string, unknown>;
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
 * Expands the document with its contexts and reports every undefined term, relative IRI or
 * invalid value with its path. Not run when the @context itself is broken (the context check says
 * why) or absent.
 */
export const checkJsonLd: Check = async ({ document }, { documentLoader, prior }) => {
  if (document['@context'] === undefined) return undefined;
  if (prior.some((f) => f.code === 'CONTEXT_UNKNOWN' || f.code === 'CONTEXT_INVALID')) {
    return {
      findings: [],
      message: 'Not run: a context cannot be loaded (see the context check)',
      skipped: true,
    };
  }
  return {
    findings: await expansionFindings(document, documentLoader),
    message: 'Every term is defined by the @context and every IRI is absolute',
  };
};

/** Runs JSON-LD expansion and reports every problem with its term and path. */
export async function expansionFindings(
  document: object,
  documentLoader: DocumentLoader,
): Promise<Finding[]> {
  const events: JsonLdEvent[] = [];
  try {
    await jsonld.expand(structuredClone(document), {
      documentLoader,
      safe: false,
      eventHandler: ({ event }: { event: JsonLdEvent }) => {
        events.push(event);
      },
    });
  } catch (error) {
    return [expansionFailure(error)];
  }
  const cursor = new Map<string, number>();
  return events.map((event) => {
    const details = event.details ?? {};
    const code = CODES[event.code] ?? 'JSONLD_INVALID';
    const subject = pick(details);
    const path = subject ? nextPath(document, subject, cursor) : '';
    const what = subject ? `${subject.kind} ${JSON.stringify(subject.value)}` : '';
    return finding(
      code,
      path,
      explain(code, what, event) +
        (code === 'JSONLD_RELATIVE_TYPE' &&
        typeof details.type === 'string' &&
        EXTENSION_TYPES.has(details.type)
          ? `; ${details.type} is defined by the ${EXTENSIONS_CONTEXT_URL} context, add it to @context`
          : ''),
    );
  });
}

function explain(code: Code, what: string, event: JsonLdEvent): string {
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
  details: Record<string, unknown>,
): { kind: string; key: 'key' | 'value'; value: string } | undefined {
  if (typeof details.property === 'string')
    return { kind: 'property', key: 'key', value: details.property };
  if (typeof details.term === 'string') return { kind: 'term', key: 'key', value: details.term };
  for (const k of ['id', 'type', 'vocab', 'value', 'language'] as const) {
    if (typeof details[k] === 'string')
      return { kind: k === 'id' ? 'IRI' : k, key: 'value', value: details[k] as string };
  }
  return undefined;
}

// The k-th occurrence (in expansion order) of a key or string value, for the k-th event about it.
function nextPath(
  document: object,
  subject: { key: 'key' | 'value'; value: string },
  cursor: Map<string, number>,
): string {
  const id = `${subject.key}\u0000${subject.value}`;
  const paths = occurrences(document, subject.key, subject.value);
  const index = cursor.get(id) ?? 0;
  cursor.set(id, index + 1);
  return paths[Math.min(index, paths.length - 1)] ?? '';
}

function occurrences(
  node: unknown,
  key: 'key' | 'value',
  wanted: string,
  path = '',
  out: string[] = [],
): string[] {
  if (Array.isArray(node)) {
    node.forEach((item, i) => {
      occurrences(item, key, wanted, `${path}/${i}`, out);
    });
  } else if (isObject(node)) {
    for (const name of Object.keys(node).sort()) {
      if (name === '@context') continue;
      const childPath = `${path}/${escapePointerToken(name)}`;
      if (key === 'key' && name === wanted) out.push(childPath);
      occurrences(node[name], key, wanted, childPath, out);
    }
  } else if (key === 'value' && node === wanted) {
    out.push(path);
  }
  return out;
}

function expansionFailure(error: unknown): Finding {
  let current: unknown = error;
  for (let i = 0; i < 5 && isObject(current); i++) {
    if (isLerkitError(current)) break;
    current =
      (current as { details?: { cause?: unknown }; cause?: unknown }).details?.cause ??
      (current as { cause?: unknown }).cause;
  }
  if (isLerkitError(current) && 'url' in current) {
    return finding(
      'JSONLD_CONTEXT_UNAVAILABLE',
      '/@context',
      `The context ${String(current.url)} could not be loaded: ${current.message}`,
    );
  }
  const message = (error as Error)?.message ?? String(error);
  return finding('JSONLD_INVALID', '', `The document is not valid JSON-LD: ${message}`);
}
