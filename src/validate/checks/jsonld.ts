// `jsonld` check: the signed-data gate (the credential must be written in the shape the checks
// read), then every undefined term, relative IRI or invalid value, not only the first. The walker
// of the JSON-LD fast path gives them with exact JSON Pointers; for documents it declines,
// jsonld.js expansion runs and its events (which carry no paths) are placed at the matching
// occurrence in the document, visited in the order jsonld.js expands (keys sorted, depth first).
import type { DocumentLoader } from '../../context/types.js';
import { isLerkitError } from '../../errors/index.js';
import { escapePointerToken, isObject } from '../../internal/json.js';
import {
  checkTerms,
  JsonLdProcessingError,
  knownTerms,
  loadDocumentContexts,
  SignedShapeGate,
  subjectOf,
  termFinding,
  termNames,
  UnsupportedFeatureError,
  walkDocument,
} from '../../jsonld/index.js';
import { finding } from '../../report/finding.js';
import type { Finding } from '../../report/types.js';
import type { Check } from '../types.js';

interface JsonLdEvent {
  code: string;
  message?: string;
  details?: Record<string, unknown>;
}

/**
 * The signed-data gate (see src/jsonld/gate.ts and docs/security.md), then every undefined term,
 * relative IRI or invalid value with its path. Not run when the @context itself is broken (the
 * context check says why) or absent.
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
  const terms =
    (await checkTerms(document, { documentLoader })) ??
    (await expansionFindings(document, documentLoader));
  // A document JSON-LD rejects outright has one finding saying why; the gate has nothing to add.
  const broken = terms.some(
    (f) => f.code === 'JSONLD_INVALID' || f.code === 'JSONLD_CONTEXT_UNAVAILABLE',
  );
  return {
    findings: broken ? terms : [...(await gateFindings(document, documentLoader)), ...terms],
    message:
      'The credential is written as the checks read it (terms of its contexts, plain JSON values); every term is defined and every IRI absolute',
  };
};

/**
 * The signed-data gate's findings: every place where the document says something in a JSON-LD
 * form the checks do not read (see src/jsonld/gate.ts).
 */
export async function gateFindings(
  document: object,
  documentLoader: DocumentLoader,
): Promise<Finding[]> {
  const known = await knownTerms();
  try {
    const source = await loadDocumentContexts(document, { documentLoader });
    const gate = new SignedShapeGate(known);
    walkDocument(document, gate, { source });
    return gate.problems.map((p) => finding(p.code, p.pointer, p.message));
  } catch (error) {
    if (error instanceof UnsupportedFeatureError) {
      return [
        finding(
          'JSONLD_VALUE_SHAPE',
          error.pointer ?? '',
          `The credential has a shape the checks cannot read (${error.reason})`,
        ),
      ];
    }
    if (error instanceof JsonLdProcessingError) {
      // jsonld.js may accept what the walker refuses (the caller drops this finding when jsonld.js
      // rejects the document too): a shape outside what the checks read either way.
      return [
        finding(
          'JSONLD_VALUE_SHAPE',
          error.pointer ?? '',
          `The credential is written in a JSON-LD form the checks do not read (${error.code})`,
        ),
      ];
    }
    // Unloadable contexts: the term check reports them (JSONLD_CONTEXT_UNAVAILABLE).
    return [];
  }
}

/** Runs jsonld.js expansion and reports every problem with its term and path. */
export async function expansionFindings(
  document: object,
  documentLoader: DocumentLoader,
): Promise<Finding[]> {
  const events: JsonLdEvent[] = [];
  try {
    const { default: jsonld } = await import('jsonld');
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
  const names = await termNames();
  return events.map((event) => {
    const subject = subjectOf(event.details ?? {});
    const pointer = subject ? nextPath(document, subject, cursor) : '';
    return termFinding({ ...event, pointer }, names);
  });
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
  return finding(
    'JSONLD_INVALID',
    '',
    `The document is not valid JSON-LD: ${message}${protectedTerm(error)}`,
  );
}

// jsonld.js names the term a context tried to redefine (e.g. https://w3id.org/dcc/v1 redefines
// `name`, `description` and `image`, which the VC 2.0 context protects): say which.
function protectedTerm(error: unknown): string {
  const details = (error as { details?: { code?: unknown; term?: unknown } })?.details;
  if (details?.code !== 'protected term redefinition' || typeof details.term !== 'string')
    return '';
  return ` (the term "${details.term}": a later @context redefines a term an earlier one protects, so these contexts cannot be used together)`;
}
