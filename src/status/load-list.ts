// Obtaining a status list (or revocation list) credential: once per URL per verifier, its proofs
// verified once, its bitstring decoded once — however many entries point at it.
import type { DocumentLoader } from '../context/types.js';
import { isLerkitError } from '../errors/index.js';
import { isObject, type JsonObject } from '../internal/json.js';
import { parseInput } from '../parse/parse-input.js';
import { verifyJwtProof } from '../proof/jwt.js';
import { type ProofResult, verifyProofs } from '../proof/verify-proofs.js';
import type { StatusListDecodeError } from './bitstring.js';

/** A status list (or revocation list) as obtained, before per-entry checks. */
export type LoadedList =
  | {
      /** The list was obtained. */
      ok: true;
      /** The list credential. */
      document: JsonObject;
      /** Its proofs' results (empty when unsigned). */
      proofs: ProofResult[];
      /** Decoded bitstrings by encoding options, filled on first use. */
      decoded: Map<string, Promise<Uint8Array | StatusListDecodeError>>;
    }
  | {
      /** The list was not obtained. */
      ok: false;
      /** `true` when it could not be obtained at all (an outage: retried next time). */
      unavailable: boolean;
      /** Why. */
      reason: string;
    };

/** Options for loading lists. */
export interface LoadListOptions {
  /** Loader for the lists (resources, fetch). */
  documentLoader: DocumentLoader;
  /** Loaded lists by URL, shared across calls (createVerifier). */
  cache?: Map<string, Promise<LoadedList>>;
  /** Passed to the proof checks of status list credentials. */
  acceptUnconfirmedKeys?: boolean;
}

/** Obtains the list at `url` (cached: only lists that were obtained are kept). */
export function loadList(url: string, options: LoadListOptions): Promise<LoadedList> {
  const cached = options.cache?.get(url);
  if (cached) return cached;
  const loading = fetchList(url, options);
  options.cache?.set(url, loading);
  void loading.then((list) => {
    if (!list.ok && list.unavailable) options.cache?.delete(url);
  });
  return loading;
}

async function fetchList(url: string, options: LoadListOptions): Promise<LoadedList> {
  let raw: unknown;
  try {
    raw = (await options.documentLoader(url)).document;
  } catch (error) {
    const reason = isLerkitError(error)
      ? error.message
      : String((error as Error)?.message ?? error);
    return { ok: false, unavailable: true, reason };
  }
  if (typeof raw === 'string' && !raw.trimStart().startsWith('{'))
    return jwtList(url, raw, options);
  let document: unknown = raw;
  if (typeof raw === 'string') {
    try {
      document = JSON.parse(raw);
    } catch {
      return { ok: false, unavailable: false, reason: `${url} is not JSON` };
    }
  }
  if (!isObject(document)) {
    return { ok: false, unavailable: false, reason: `${url} is not a JSON object` };
  }
  const proofs =
    document.proof === undefined
      ? []
      : await verifyProofs(document, {
          documentLoader: options.documentLoader,
          ...(options.acceptUnconfirmedKeys ? { acceptUnconfirmedKeys: true } : {}),
        });
  return { ok: true, document, proofs, decoded: new Map() };
}

// A status list credential secured as a VC-JWT; the JWT exp sets validUntil (OB 3.0 §Verify a
// Credential).
async function jwtList(url: string, raw: string, options: LoadListOptions): Promise<LoadedList> {
  const parsed = parseInput(raw.trim());
  if (!parsed.ok || !parsed.jwt) {
    return { ok: false, unavailable: false, reason: `${url} is neither JSON nor a VC-JWT` };
  }
  const {
    credential: _c,
    validUntil,
    ...proof
  } = await verifyJwtProof(parsed.jwt, {
    documentLoader: options.documentLoader,
    ...(options.acceptUnconfirmedKeys ? { acceptUnconfirmedKeys: true } : {}),
  });
  const document =
    validUntil && parsed.document.validUntil === undefined
      ? { ...parsed.document, validUntil }
      : parsed.document;
  return { ok: true, document, proofs: [proof], decoded: new Map() };
}
