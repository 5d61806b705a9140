// The oracle of the differential tests: jsonld.js canonize (safe mode) for documents, and the
// @digitalbazaar suites' own canonizeProof for proof configurations. The fast path must give the
// same bytes, or fail with the same condition, or decline.
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite as ecdsaRdfc } from '@digitalbazaar/ecdsa-rdfc-2019-cryptosuite';
import { Ed25519Signature2020 } from '@digitalbazaar/ed25519-signature-2020';
import { cryptosuite as eddsaRdfc } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import jsonld from 'jsonld';
import { expect } from 'vitest';
import { createDocumentLoader } from '../../src/context/index.js';
import { type CanonizeResult, canonize, jsonLdErrorCode } from '../../src/jsonld/canonize.js';
import {
  canonizeProofConfiguration,
  type ProofFamily,
} from '../../src/jsonld/proof-configuration.js';

export const documentLoader = createDocumentLoader();

type Json = Record<string, unknown>;
type Outcome = { ok: true; nquads: string } | { ok: false; code: string };
type ProofCanonizer = { canonizeProof(proof: Json, options: Json): Promise<string> };

/** Tallies of a differential run. */
export interface DiffStats {
  documents: number;
  identical: number;
  sameError: number;
  declined: number;
  proofConfigurations: number;
  reasons: Record<string, number>;
  errors: Record<string, number>;
}

export function newStats(): DiffStats {
  return {
    documents: 0,
    identical: 0,
    sameError: 0,
    declined: 0,
    proofConfigurations: 0,
    reasons: {},
    errors: {},
  };
}

async function outcome(run: () => Promise<string>): Promise<Outcome> {
  try {
    return { ok: true, nquads: await run() };
  } catch (error) {
    return { ok: false, code: jsonLdErrorCode(error) };
  }
}

/** jsonld.canonize as the brief defines the reference. */
export function oracleCanonize(document: Json, loader = documentLoader): Promise<Outcome> {
  return outcome(() =>
    jsonld.canonize(structuredClone(document), {
      algorithm: 'RDFC-1.0',
      format: 'application/n-quads',
      safe: true,
      documentLoader: loader,
    }),
  );
}

/** What the suite itself canonicalizes for `proof` on `document`. */
export function oracleProofCanon(document: Json, proof: Json): Promise<Outcome> {
  const suite = (proof.type === 'Ed25519Signature2020'
    ? new Ed25519Signature2020()
    : new DataIntegrityProof({
        cryptosuite: proof.cryptosuite === 'ecdsa-rdfc-2019' ? ecdsaRdfc : eddsaRdfc,
      })) as unknown as ProofCanonizer;
  // jsonld-signatures' ProofSet hands Ed25519Signature2020 the proof with the document's context.
  const input =
    proof.type === 'Ed25519Signature2020' ? { '@context': document['@context'], ...proof } : proof;
  return outcome(() =>
    suite.canonizeProof(structuredClone(input), {
      document: structuredClone(document),
      documentLoader,
    }),
  );
}

function familyOf(proof: Json): ProofFamily {
  return proof.type === 'Ed25519Signature2020' ? 'linked-data-signature' : 'data-integrity';
}

function tally(map: Record<string, number>, key: string): void {
  map[key] = (map[key] ?? 0) + 1;
}

/** Asserts the fast result agrees with the oracle (or declined); returns whether it declined. */
function agree(fast: CanonizeResult, expected: Outcome, stats: DiffStats, what: string): boolean {
  if (!fast.ok && fast.path === 'declined') {
    tally(stats.reasons, fast.message);
    stats.declined++;
    return true;
  }
  if (expected.ok) {
    expect(
      fast.ok ? fast.nquads : `failed: ${fast.ok ? '' : `${fast.code} at ${fast.pointer}`}`,
      what,
    ).toBe(expected.nquads);
    stats.identical++;
  } else {
    expect(fast.ok ? 'succeeded' : fast.code, what).toBe(expected.code);
    tally(stats.errors, expected.code);
    stats.sameError++;
  }
  return false;
}

/**
 * Canonicalizes `document` (and, when it has one, the document without its proof plus each
 * proof configuration) with the fast path and the oracle and asserts they agree.
 */
export async function compareDocument(document: Json, stats: DiffStats): Promise<void> {
  stats.documents++;
  const fast = await canonize(document, { documentLoader, fallback: false });
  agree(fast, await oracleCanonize(document), stats, 'document');
  if (document.proof === undefined) return;
  const { proof, ...unsigned } = document;
  const fastUnsigned = await canonize(unsigned, { documentLoader, fallback: false });
  agree(fastUnsigned, await oracleCanonize(unsigned), stats, 'document without proof');
  for (const item of Array.isArray(proof) ? proof : [proof]) {
    if (typeof item !== 'object' || item === null) continue;
    const config = await canonizeProofConfiguration(unsigned, item as Json, {
      documentLoader,
      fallback: false,
      family: familyOf(item as Json),
    });
    agree(config, await oracleProofCanon(unsigned, item as Json), stats, 'proof configuration');
    stats.proofConfigurations++;
  }
}
