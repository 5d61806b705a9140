// The oracle of equivalence: two documents are the same signed data when their RDF Dataset
// Canonicalization (RDFC-1.0) N-Quads are equal, computed by jsonld.js with lerkit's document
// loader and `safe: false` (what a lenient verifier sees: nothing is refused, dropped data is
// dropped silently). For JCS proofs the signed data is the canonical JSON (RFC 8785) instead.
import jsonld from 'jsonld';
import { createDocumentLoader, type DocumentLoader } from '../../src/context/index.js';
import { canonicalizeJson } from '../../src/internal/jcs.js';
import type { Json, JsonObject } from './json.js';

const loader: DocumentLoader = createDocumentLoader();

/** The shared document loader (bundled contexts only). */
export const oracleLoader = (): DocumentLoader => loader;

/** Canonical N-Quads, or undefined when the document is no valid JSON-LD. */
export async function canonicalNQuads(document: JsonObject): Promise<string | undefined> {
  try {
    return (await jsonld.canonize(structuredClone(document), {
      algorithm: 'RDFC-1.0',
      format: 'application/n-quads',
      safe: false,
      documentLoader: loader,
    })) as string;
  } catch {
    return undefined;
  }
}

/** The JCS form of a document. */
export const canonicalJson = (document: Json): string => canonicalizeJson(document);
