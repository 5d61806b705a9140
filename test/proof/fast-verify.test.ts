// RDFC proofs are verified on the JSON-LD fast path (no jsonld-signatures), and fall back to the
// reference suites for documents the fast path does not handle: same verdicts either way, and
// `canonicalization` / getProofCanonizeStats() say which path ran.
import jsonld from 'jsonld';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createDocumentLoader } from '../../src/context/document-loader.js';
import type { JsonObject } from '../../src/internal/json.js';
import { getCanonizeStats, resetCanonizeStats } from '../../src/jsonld/canonize.js';
import {
  getProofCanonizeStats,
  proofDateProblem,
  resetProofCanonizeStats,
} from '../../src/proof/fast-verify.js';
import { generateKeyPair, sign, signJwt, verifyProofs } from '../../src/proof/index.js';
import type { ProofSuite } from '../../src/proof/types.js';
import { verify } from '../../src/verify/index.js';
import { testKey, unsignedBadge } from '../helpers/credentials.js';

// A context outside the bundled ones, served by the loader, with a feature the fast path leaves to
// jsonld.js (an @index map container), so jsonld.js canonicalizes.
const EXTRA_URL = 'https://example.org/contexts/extra/v1';
const EXTRA = {
  '@context': { shoeSize: { '@id': 'https://example.org/vocab#shoeSize', '@container': '@index' } },
};
const resources = { [EXTRA_URL]: EXTRA };
const documentLoader = createDocumentLoader({ resources });

async function signedWith(suite: ProofSuite, extraContext: boolean): Promise<JsonObject> {
  const key =
    suite === 'ecdsa-rdfc-2019' ? await generateKeyPair({ type: 'P-256' }) : await testKey();
  const credential: JsonObject = unsignedBadge(key.controller) as unknown as JsonObject;
  if (extraContext) {
    credential['@context'] = [...(credential['@context'] as string[]), EXTRA_URL];
    credential.shoeSize = { left: 42, right: 43 };
  }
  return (await sign(credential, {
    key,
    suite,
    created: '2024-01-01T00:00:00Z',
    resources,
  })) as JsonObject;
}

function tamper(credential: JsonObject): JsonObject {
  const copy = structuredClone(credential);
  (copy.credentialSubject as JsonObject).id = 'did:example:someone-else';
  return copy;
}

beforeEach(() => resetProofCanonizeStats());

describe.each(['eddsa-rdfc-2022', 'ecdsa-rdfc-2019', 'Ed25519Signature2020'] as const)(
  '%s proof verification',
  (suite) => {
    it('runs on the fast path for the bundled contexts, and rejects a tampered copy', async () => {
      const signed = await signedWith(suite, false);
      const [good] = await verifyProofs(signed, { documentLoader });
      expect(good).toMatchObject({ verified: true, canonicalization: 'fast' });
      const [bad] = await verifyProofs(tamper(signed), { documentLoader });
      expect(bad).toMatchObject({
        verified: false,
        code: 'PROOF_SIGNATURE_INVALID',
        canonicalization: 'fast',
      });
      expect(getProofCanonizeStats()).toEqual({ fast: 2, jsonld: 0 });
    });

    it('falls back to jsonld.js for a context the fast path does not know, same verdicts', async () => {
      const signed = await signedWith(suite, true);
      const [good] = await verifyProofs(signed, { documentLoader });
      expect(good).toMatchObject({ verified: true, canonicalization: 'jsonld' });
      const [bad] = await verifyProofs(tamper(signed), { documentLoader });
      expect(bad).toMatchObject({
        verified: false,
        code: 'PROOF_SIGNATURE_INVALID',
        canonicalization: 'jsonld',
      });
      expect(getProofCanonizeStats()).toEqual({ fast: 0, jsonld: 2 });
    });
  },
);

describe('fast-path proof verification', () => {
  it('leaves an empty IRI reference to the suites, which refuse it', async () => {
    const signed = await signedWith('eddsa-rdfc-2022', false);
    const withEmpty = structuredClone(signed);
    (withEmpty.issuer as JsonObject).image = '';
    const [result] = await verifyProofs(withEmpty, { documentLoader });
    expect(result).toMatchObject({ verified: false, canonicalization: 'jsonld' });
    expect(result?.message).toMatch(/relative IRI reference \(""\)/);
    expect(getProofCanonizeStats().fast).toBe(0);
  });

  it('checks the proof dates as the suites do, after the signature', async () => {
    const signed = await signedWith('eddsa-rdfc-2022', false);
    const badDate = structuredClone(signed);
    (badDate.proof as JsonObject).created = 'yesterday';
    const [result] = await verifyProofs(badDate, { documentLoader });
    // `created` is signed: changing it breaks the signature first.
    expect(result).toMatchObject({ verified: false, code: 'PROOF_SIGNATURE_INVALID' });
    expect(result?.canonicalization).toBe('fast');
  });

  it('reports a proof whose signature is not a valid signature', async () => {
    const signed = await signedWith('eddsa-rdfc-2022', false);
    const copy = structuredClone(signed);
    (copy.proof as JsonObject).proofValue = 'z1111';
    const [result] = await verifyProofs(copy, { documentLoader });
    expect(result).toMatchObject({ verified: false, code: 'PROOF_SIGNATURE_INVALID' });
  });
});

describe('proofDateProblem', () => {
  it('accepts XSD dateTimeStamps and refuses anything else, as DataIntegrityProof does', () => {
    expect(proofDateProblem({ created: '2024-01-01T00:00:00Z' })).toBeUndefined();
    expect(proofDateProblem({ expires: '2024-01-01T00:00:00.5+02:00' })).toBeUndefined();
    expect(proofDateProblem({})).toBeUndefined();
    expect(proofDateProblem({ created: 'yesterday' })?.message).toMatch(/proof\.created/);
    expect(proofDateProblem({ expires: 5 })?.message).toMatch(/proof\.expires/);
  });
});

describe('eddsa-jcs-2022 proof verification (JCS, no jsonld-signatures)', () => {
  it('verifies, and rejects a tampered copy or a re-ordered member-level change', async () => {
    const signed = await signedWith('eddsa-jcs-2022', false);
    const [good] = await verifyProofs(signed, { documentLoader });
    expect(good).toMatchObject({ verified: true });
    expect(good?.canonicalization).toBeUndefined();
    const [bad] = await verifyProofs(tamper(signed), { documentLoader });
    expect(bad).toMatchObject({ verified: false, code: 'PROOF_SIGNATURE_INVALID' });
    const created = structuredClone(signed);
    (created.proof as JsonObject).created = '2024-01-02T00:00:00Z';
    expect((await verifyProofs(created, { documentLoader }))[0]?.verified).toBe(false);
  });

  it('refuses a proof @context the document does not start with, as the suite does', async () => {
    const signed = await signedWith('eddsa-jcs-2022', false);
    const copy = structuredClone(signed);
    (copy.proof as JsonObject)['@context'] = 'https://w3id.org/security/data-integrity/v2';
    const [result] = await verifyProofs(copy, { documentLoader });
    expect(result).toMatchObject({ verified: false, code: 'PROOF_SIGNATURE_INVALID' });
    expect(result?.message).toMatch(/does not start with proof\.@context/);
  });
});

describe('signing on the fast path', () => {
  it('canonicalizes without jsonld.js for the bundled contexts, and with it otherwise', async () => {
    resetCanonizeStats();
    const signed = await signedWith('eddsa-rdfc-2022', false);
    expect(getCanonizeStats()).toMatchObject({ fast: 2, fallback: 0 });
    expect((await verifyProofs(signed, { documentLoader }))[0]?.verified).toBe(true);
    resetCanonizeStats();
    const other = await signedWith('ecdsa-rdfc-2019', true);
    // The proof configuration is on the fast path; the document (an @index map) is declined.
    expect(getCanonizeStats().fast).toBe(1);
    expect(getCanonizeStats().reasons.size).toBe(1);
    expect((await verifyProofs(other, { documentLoader }))[0]?.verified).toBe(true);
  });
});

describe('full verification runs no JSON-LD expansion for the bundled contexts', () => {
  it.each(['eddsa-rdfc-2022', 'ecdsa-rdfc-2019', 'eddsa-jcs-2022', 'vc-jwt'] as const)(
    '%s',
    async (suite) => {
      const expand = vi.spyOn(jsonld, 'expand');
      const toRdf = vi.spyOn(jsonld as unknown as { toRDF: () => unknown }, 'toRDF');
      try {
        const key =
          suite === 'ecdsa-rdfc-2019' ? await generateKeyPair({ type: 'P-256' }) : await testKey();
        const credential = unsignedBadge(key.controller);
        const signed =
          suite === 'vc-jwt'
            ? await signJwt(credential, { key })
            : await sign(credential, { key, suite, created: '2024-01-01T00:00:00Z' });
        expand.mockClear();
        toRdf.mockClear();
        const report = await verify(signed, { now: new Date('2024-06-01T00:00:00Z') });
        expect(report.verified).toBe(true);
        expect(expand).not.toHaveBeenCalled();
        expect(toRdf).not.toHaveBeenCalled();
      } finally {
        expand.mockRestore();
        toRdf.mockRestore();
      }
    },
  );
});

describe('the expansion spy', () => {
  it('sees jsonld.js when the fast path declines (so the test above can fail)', async () => {
    const signed = await signedWith('eddsa-rdfc-2022', true);
    const expand = vi.spyOn(jsonld, 'expand');
    try {
      expect((await verifyProofs(signed, { documentLoader }))[0]?.verified).toBe(true);
      expect(expand).toHaveBeenCalled();
    } finally {
      expand.mockRestore();
    }
  });
});
