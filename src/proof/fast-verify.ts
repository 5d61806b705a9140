// Verifying the RDFC suites (eddsa-rdfc-2022, ecdsa-rdfc-2019, legacy eddsa-2022,
// Ed25519Signature2020) without jsonld-signatures: the document and the proof configuration are
// canonicalized on the JSON-LD fast path (src/jsonld), hashed, and the signature is checked with
// the key the resolver imported once. Anything the fast path declines or refuses (an unknown
// context, a JSON-LD error, a relative IRI) is left to the reference suites, which report it with
// the findings they always gave: the fast path only ever answers for documents it fully handles.
import type { DocumentLoader } from '../context/types.js';
import { concatBytes, fromBase58btc, utf8 } from '../internal/encoding.js';
import { canonicalizeJson } from '../internal/jcs.js';
import { asArray, type JsonObject } from '../internal/json.js';
import { canonize } from '../jsonld/canonize.js';
import { canonizeProofConfiguration, type ProofFamily } from '../jsonld/proof-configuration.js';

/** How a proof's signed data was canonicalized: the fast path, or jsonld.js (the suites). */
export type ProofCanonicalization = 'fast' | 'jsonld';

/** Counters of which canonicalization path proof verification and signing took. */
export interface ProofCanonizeStats {
  /** Proofs whose document and proof configuration were both canonicalized on the fast path. */
  fast: number;
  /** Proofs canonicalized by jsonld.js through the reference suites. */
  jsonld: number;
}

const stats: ProofCanonizeStats = { fast: 0, jsonld: 0 };

/**
 * The process-wide counters of which canonicalization path RDFC proofs took (verification and
 * signing), for benchmarks and debugging. The object is live; {@link resetProofCanonizeStats}
 * zeroes it.
 *
 * @returns The counters.
 * @example
 * ```ts
 * resetProofCanonizeStats();
 * await verify(credential);
 * console.log(getProofCanonizeStats()); // { fast: 1, jsonld: 0 }
 * ```
 */
export function getProofCanonizeStats(): Readonly<ProofCanonizeStats> {
  return stats;
}

/**
 * Zeroes the counters of {@link getProofCanonizeStats}.
 *
 * @example
 * ```ts
 * resetProofCanonizeStats();
 * ```
 */
export function resetProofCanonizeStats(): void {
  stats.fast = 0;
  stats.jsonld = 0;
}

/** Counts one proof canonicalized on `path`. */
export function countProofCanonization(path: ProofCanonicalization): void {
  stats[path]++;
}

/** Which proof configuration an RDFC suite hashes. */
export interface FastSuite {
  /** DataIntegrityProof or a jsonld-signatures (LinkedDataSignature) suite. */
  readonly family: ProofFamily;
}

const FAST_SUITES: Readonly<Record<string, FastSuite>> = {
  'DataIntegrityProof/eddsa-rdfc-2022': { family: 'data-integrity' },
  'DataIntegrityProof/ecdsa-rdfc-2019': { family: 'data-integrity' },
  'DataIntegrityProof/eddsa-2022': { family: 'data-integrity' },
  Ed25519Signature2020: { family: 'linked-data-signature' },
};

/** The fast-path description of a suite label, or `undefined` when the suites must run. */
export function fastSuite(label: string): FastSuite | undefined {
  return Object.hasOwn(FAST_SUITES, label) ? FAST_SUITES[label] : undefined;
}

/**
 * The bytes an RDFC suite signs for `proof` on `document` (SHA-256 of the canonical proof
 * configuration, then of the canonical document), computed on the fast path; `undefined` when
 * the fast path does not handle both (declined, or a JSON-LD condition the suites must report).
 * Never throws.
 *
 * Both are canonicalized with base `''`, where the suites use `null`: the output is the same for
 * every document the fast path accepts, except that an empty IRI reference (`"image": ""`), which
 * a null base drops silently, becomes a relative reference and makes the fast path give up — the
 * suites then refuse it as data the signature would not cover.
 */
export async function fastSignedData(
  document: JsonObject,
  proof: JsonObject,
  options: {
    readonly documentLoader: DocumentLoader;
    readonly suite: FastSuite;
    readonly legacyContext?: boolean;
  },
): Promise<Uint8Array | undefined> {
  try {
    const { proof: _proof, ...unsigned } = document;
    const common = { documentLoader: options.documentLoader, fallback: false, base: '' } as const;
    const [doc, config] = await Promise.all([
      canonize(unsigned, common),
      canonizeProofConfiguration(document, proof, {
        ...common,
        family: options.suite.family,
        legacyContext: options.legacyContext === true,
      }),
    ]);
    if (!doc.ok || !config.ok) return undefined;
    const [configHash, docHash] = await Promise.all([sha256(config.nquads), sha256(doc.nquads)]);
    return concatBytes(configHash, docHash);
  } catch {
    return undefined;
  }
}

/**
 * The bytes an eddsa-jcs-2022 proof signs (vc-di-eddsa §3.3.1-3.3.4, as the reference
 * cryptosuite computes them): SHA-256 of the JCS proof configuration (the proof without
 * `proofValue`), then of the JCS document without its proof, whose `@context` becomes the proof's
 * own when it has one. An `Error` (the suite's) when the document's `@context` does not start with
 * the proof's; `undefined` when JCS cannot serialize the input (the suite then decides).
 */
export async function jcsSignedData(
  document: JsonObject,
  proof: JsonObject,
): Promise<Uint8Array | Error | undefined> {
  const { proof: _proof, ...unsigned } = document;
  if (proof['@context']) {
    const proofContext = asArray(proof['@context']);
    const documentContext = asArray(document['@context']);
    if (proofContext.some((context, i) => context !== documentContext[i])) {
      return new Error('document.@context does not start with proof.@context');
    }
    unsigned['@context'] = proof['@context'];
  }
  const { proofValue: _value, ...config } = proof;
  let canonical: [string, string];
  try {
    canonical = [canonicalizeJson(config), canonicalizeJson(unsigned)];
  } catch {
    return undefined;
  }
  const [configHash, docHash] = await Promise.all(canonical.map(sha256));
  return concatBytes(configHash as Uint8Array, docHash as Uint8Array);
}

/** Decodes a `z…` base58btc proofValue (already checked against the alphabet), else `undefined`. */
export function decodeProofValue(proof: JsonObject): Uint8Array | undefined {
  const value = proof.proofValue;
  if (typeof value !== 'string' || value[0] !== 'z') return undefined;
  try {
    return fromBase58btc(value.slice(1));
  } catch {
    return undefined;
  }
}

// data-integrity util.XMLDateTimeRegExp, unanchored as there: the same dates pass.
const XML_DATE_TIME = new RegExp(
  '-?([1-9][0-9]{3,}|0[0-9]{3})' +
    '-(0[1-9]|1[0-2])' +
    '-(0[1-9]|[12][0-9]|3[01])' +
    'T(([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]+)?|(24:00:00(\\.0+)?))' +
    '(Z|(\\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00))?',
);

/**
 * What DataIntegrityProof checks after a good signature: `created` and `expires`, when present,
 * must be XSD dateTimeStamps. The error the suite throws, or `undefined`.
 */
export function proofDateProblem(proof: JsonObject): Error | undefined {
  for (const member of ['created', 'expires'] as const) {
    const value = proof[member];
    if (value !== undefined && !XML_DATE_TIME.test(value as string)) {
      return new Error(`"proof.${member}" ("${String(value)}") must be an XSD dateTimeStamp.`);
    }
  }
  return undefined;
}

async function sha256(text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', utf8(text)));
}
