// Verdicts on proofs as real issuers make them: proof sets with proofs lerkit cannot check,
// contexts nobody supplied, bare did:key verification methods, legacy eddsa-2022 on VC 1.1, proofs
// with their own @context (DIDKit, LearnCard), and Ed25519Signature2018 (plugfest badges). Each
// positive case has a negative twin: tampered, wrong key or wrong context.
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import * as vc from '@digitalbazaar/vc';
import { describe, expect, it } from 'vitest';
import { createDocumentLoader } from '../../src/context/index.js';
import { toBase58btc } from '../../src/internal/encoding.js';
import { resolveDidKey } from '../../src/proof/did.js';
import {
  createSigner,
  createVerifyData,
  generateKeyPair,
  type KeyPair,
  sign,
} from '../../src/proof/index.js';
import { type VerificationReport, verify } from '../../src/verify/index.js';
import { unsignedBadge } from '../helpers/credentials.js';
import { checkOf } from '../helpers/report.js';

const NOW = new Date('2024-06-01T00:00:00Z');
// Proofs are created before the verification time (a later `created` fails).
const SIGNED_AT = new Date(NOW.getTime() - 86_400_000);
// Proof findings, errors first (then warnings, then one PROOF_VERIFIED note per verified proof).
const proofFindings = (report: VerificationReport) =>
  report.findings.filter((f) => f.check === 'proof');
const proofCheck = (report: VerificationReport) => checkOf(report, 'proof');
type Signed = Record<string, unknown> & { proof: Record<string, unknown> };

// A loader that also serves did:key documents, for signing with the @digitalbazaar packages.
function signingLoader(resources: Record<string, unknown> = {}) {
  const base = createDocumentLoader({ resources });
  return async (url: string) =>
    url.startsWith('did:key:')
      ? { contextUrl: null, documentUrl: url, document: resolveDidKey(url.split('#')[0] as string) }
      : base(url);
}

async function rawSigner(key: KeyPair, id = key.id) {
  const signer = await createSigner(key);
  return {
    id,
    algorithm: signer.algorithm,
    sign: ({ data }: { data: Uint8Array }) => signer.sign(data),
  };
}

describe('proof sets: every proof must verify', () => {
  it('fails a credential whose second proof is of a type lerkit does not verify, naming it', async () => {
    const key = await generateKeyPair();
    const signed = (await sign(unsignedBadge(key.controller), {
      created: SIGNED_AT,
      key,
    })) as unknown as Signed;
    const unknown = {
      type: 'BbsBlsSignature2020',
      created: '2024-01-01T00:00:00Z',
      verificationMethod: key.id,
      proofPurpose: 'assertionMethod',
      proofValue: 'zAbc',
    };
    const report = await verify({ ...signed, proof: [signed.proof, unknown] }, { now: NOW });
    expect(proofFindings(report).map((f) => [f.path, f.severity, f.code])).toEqual([
      ['/proof/1', 'error', 'PROOF_SUITE_UNSUPPORTED'],
      ['/proof/0', 'info', 'PROOF_VERIFIED'],
    ]);
    expect(proofFindings(report)[0]?.message).toContain('BbsBlsSignature2020');
    expect(report).toMatchObject({ verified: false, status: 'invalid' });

    const unknownSuite = { ...signed.proof, cryptosuite: 'bbs-2023' };
    const second = await verify({ ...signed, proof: [signed.proof, unknownSuite] }, { now: NOW });
    expect(proofFindings(second)[0]).toMatchObject({
      severity: 'error',
      code: 'PROOF_SUITE_UNSUPPORTED',
    });
    expect(proofFindings(second)[0]?.message).toContain('"bbs-2023"');
  });

  it('verifies a set of two good proofs by two keys of the issuer (the twin)', async () => {
    const key = await generateKeyPair({ controller: 'https://issuer.example' });
    const other = await generateKeyPair({ controller: 'https://issuer.example' });
    const once = await sign(unsignedBadge(key.controller), { created: SIGNED_AT, key });
    const twice = await sign(once, { created: SIGNED_AT, key: other, suite: 'eddsa-jcs-2022' });
    const issuer = {
      '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
      id: 'https://issuer.example',
      verificationMethod: [key, other].map((k) => ({
        id: k.id,
        type: 'Multikey',
        controller: k.controller,
        publicKeyMultibase: k.publicKeyMultibase,
      })),
      assertionMethod: [key.id, other.id],
    };
    const report = await verify(twice, {
      now: NOW,
      resources: { 'https://issuer.example': issuer },
    });
    expect(proofFindings(report).map((f) => f.code)).toEqual(['PROOF_VERIFIED', 'PROOF_VERIFIED']);
    expect(report.verified).toBe(true);
  });
});

describe('a context nobody supplied', () => {
  const url = 'https://example.org/contexts/extra.json';
  const extra = {
    '@context': { '@protected': true, shoeSize: 'https://example.org/vocab#shoeSize' },
  };
  const badge = (issuer: string) => ({
    ...unsignedBadge(issuer),
    '@context': [...(unsignedBadge(issuer)['@context'] as string[]), url],
    shoeSize: '42',
  });

  it('makes the proof indeterminate and the credential unverified, naming the context', async () => {
    const key = await generateKeyPair();
    for (const suite of ['eddsa-rdfc-2022', 'Ed25519Signature2020'] as const) {
      const credential =
        suite === 'Ed25519Signature2020'
          ? {
              ...badge(key.controller),
              '@context': [
                ...(badge(key.controller)['@context'] as string[]),
                'https://w3id.org/security/suites/ed25519-2020/v1',
              ],
            }
          : badge(key.controller);
      const signed = await sign(credential, {
        created: SIGNED_AT,
        key,
        suite,
        resources: { [url]: extra },
      });
      const report = await verify(signed, { now: NOW });
      const check = proofCheck(report);
      expect(check).toMatchObject({ outcome: 'indeterminate', code: 'PROOF_CONTEXT_UNAVAILABLE' });
      expect(check?.message).toContain(url);
      expect(check?.message).toContain('resources');
      // (The `context` check fails too: it cannot expand the credential either.)
      expect(report.verified).toBe(false);

      // Supplied, it verifies; supplied and tampered, it is a forgery verdict again.
      const supplied = await verify(signed, { now: NOW, resources: { [url]: extra } });
      expect(proofCheck(supplied)).toMatchObject({ outcome: 'pass' });
      const tampered = await verify(
        { ...signed, shoeSize: '43' },
        { now: NOW, resources: { [url]: extra } },
      );
      expect(proofCheck(tampered)).toMatchObject({
        outcome: 'error',
        code: 'PROOF_SIGNATURE_INVALID',
      });
    }
  });
});

describe('a did:key verification method without its fragment', () => {
  it('names the key’s only verification method when that DID is the issuer', async () => {
    const key = await generateKeyPair();
    const did = key.controller;
    const signed = (await sign(unsignedBadge(did), {
      created: SIGNED_AT,
      signer: { ...(await createSigner(key)), id: did },
    })) as unknown as Signed;
    expect(signed.proof.verificationMethod).toBe(did);
    const report = await verify(signed, { now: NOW });
    expect(proofCheck(report)).toMatchObject({ outcome: 'pass' });

    const tampered = await verify({ ...signed, name: 'Forged' }, { now: NOW });
    expect(proofCheck(tampered)).toMatchObject({
      outcome: 'error',
      code: 'PROOF_SIGNATURE_INVALID',
    });
  });

  it('does not resolve a bare did:key that is not the issuer', async () => {
    const key = await generateKeyPair();
    const issuer = await generateKeyPair();
    const signed = await sign(unsignedBadge(issuer.controller), {
      created: SIGNED_AT,
      signer: { ...(await createSigner(key)), id: key.controller },
      allowIssuerMismatch: true,
    });
    const report = await verify(signed, { now: NOW });
    expect(proofCheck(report)).toMatchObject({
      outcome: 'error',
      code: 'PROOF_KEY_NOT_AUTHORIZED',
    });
  });
});

// An OB 3.0 badge written as a VC 1.1 credential with the Data Integrity v1 context, as early
// OB 3.0 issuers did.
function vc11Badge(issuer: string, extraContexts: string[] = []) {
  return {
    '@context': [
      'https://www.w3.org/2018/credentials/v1',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json',
      ...extraContexts,
    ],
    id: 'urn:uuid:7a1c2b3d-0000-4000-8000-000000000011',
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: { id: issuer, type: 'Profile', name: 'Example University' },
    issuanceDate: '2024-01-01T00:00:00Z',
    name: 'Teamwork',
    credentialSubject: {
      id: 'did:example:student-42',
      type: 'AchievementSubject',
      achievement: {
        id: 'https://example.edu/achievements/teamwork',
        type: 'Achievement',
        name: 'Teamwork',
        description: 'Collaborates effectively within a group.',
        criteria: { narrative: 'Nominated by peers.' },
      },
    },
  };
}

describe('legacy eddsa-2022 on a VC 1.1 credential with the Data Integrity v1 context', () => {
  it('verifies with the legacy warning; tampered or with another key it fails', async () => {
    const { cryptosuite } = (await import('@digitalbazaar/eddsa-2022-cryptosuite')) as {
      cryptosuite: { name: string; requiredAlgorithm: string };
    };
    const key = await generateKeyPair();
    const credential = vc11Badge(key.controller, ['https://w3id.org/security/data-integrity/v1']);
    const signed = (await vc.issue({
      credential,
      suite: new DataIntegrityProof({
        date: SIGNED_AT,
        signer: await rawSigner(key),
        cryptosuite,
        legacyContext: true,
      }),
      documentLoader: signingLoader(),
    })) as unknown as Signed;
    expect(signed.proof).toMatchObject({ type: 'DataIntegrityProof', cryptosuite: 'eddsa-2022' });
    const report = await verify(signed, { now: NOW });
    expect(proofCheck(report)).toMatchObject({ outcome: 'warning', code: 'PROOF_SUITE_LEGACY' });
    expect(report.verified).toBe(true);

    const tampered = await verify({ ...signed, name: 'Forged' }, { now: NOW });
    expect(proofCheck(tampered)).toMatchObject({
      outcome: 'error',
      code: 'PROOF_SIGNATURE_INVALID',
    });
    const stranger = await generateKeyPair();
    const resigned = structuredClone(signed);
    resigned.proof.verificationMethod = stranger.id;
    expect(proofCheck(await verify(resigned, { now: NOW }))).toMatchObject({ outcome: 'error' });
  });
});

// What DIDKit and LearnCard write: the proof carries its own @context, and the proof
// configuration is canonicalized with it. Built here by signing exactly those bytes.
async function signWithProofContext(
  credential: Record<string, unknown>,
  key: KeyPair,
  proofContext: unknown,
  suite: 'eddsa-rdfc-2022' | 'Ed25519Signature2020' = 'eddsa-rdfc-2022',
): Promise<Signed> {
  const proof: Record<string, unknown> =
    suite === 'eddsa-rdfc-2022'
      ? { type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022' }
      : { type: 'Ed25519Signature2020' };
  Object.assign(proof, {
    '@context': proofContext,
    created: '2024-01-01T00:00:00Z',
    verificationMethod: key.id,
    proofPurpose: 'assertionMethod',
  });
  const { data } = await createVerifyData(credential, proof, { suite });
  const signature = await (await createSigner(key)).sign(data);
  return { ...credential, proof: { ...proof, proofValue: `z${toBase58btc(signature)}` } };
}

describe('a proof with its own @context', () => {
  it('is accepted when it is the suite’s context', async () => {
    const key = await generateKeyPair();
    const v2 = await signWithProofContext(
      unsignedBadge(key.controller) as unknown as Record<string, unknown>,
      key,
      ['https://w3id.org/security/data-integrity/v2'],
    );
    expect(proofCheck(await verify(v2, { now: NOW }))).toMatchObject({ outcome: 'pass' });

    const v1 = await signWithProofContext(
      vc11Badge(key.controller),
      key,
      'https://w3id.org/security/data-integrity/v1',
    );
    expect(proofCheck(await verify(v1, { now: NOW }))).toMatchObject({ outcome: 'pass' });

    const ed2020 = {
      ...unsignedBadge(key.controller),
      '@context': [
        ...(unsignedBadge(key.controller)['@context'] as string[]),
        'https://w3id.org/security/suites/ed25519-2020/v1',
      ],
    };
    const legacy = await signWithProofContext(
      ed2020,
      key,
      ['https://w3id.org/security/suites/ed25519-2020/v1'],
      'Ed25519Signature2020',
    );
    expect(proofCheck(await verify(legacy, { now: NOW }))).toMatchObject({ outcome: 'pass' });

    // The twin: tampered, it fails.
    expect(proofCheck(await verify({ ...v2, name: 'Forged' }, { now: NOW }))).toMatchObject({
      outcome: 'error',
      code: 'PROOF_SIGNATURE_INVALID',
    });
  });

  it('refuses any other context in a proof, even one that loads', async () => {
    const key = await generateKeyPair();
    const url = 'https://example.org/proof-terms.json';
    const terms = { '@context': { proofPurpose: 'https://example.org/vocab#purpose' } };
    for (const context of [
      [url],
      ['https://w3id.org/security/data-integrity/v2', url],
      [{ x: 'y' }],
      [],
    ]) {
      // Signed over that context where it loads; otherwise a plain proof given that @context.
      const signed = await signWithProofContext(
        unsignedBadge(key.controller) as unknown as Record<string, unknown>,
        key,
        context,
        'eddsa-rdfc-2022',
      ).catch(
        async () =>
          (await sign(unsignedBadge(key.controller), {
            created: SIGNED_AT,
            key,
          })) as unknown as Signed,
      );
      signed.proof['@context'] = context;
      const report = await verify(signed, { now: NOW, resources: { [url]: terms } });
      expect(proofCheck(report)).toMatchObject({ outcome: 'error', code: 'PROOF_CONTEXT_INVALID' });
    }
  });
});

describe('Ed25519Signature2018 (legacy)', () => {
  async function sign2018(credential: Record<string, unknown>, key: KeyPair): Promise<Signed> {
    const { Ed25519Signature2018 } = await import('@digitalbazaar/ed25519-signature-2018');
    return (await vc.issue({
      credential,
      suite: new Ed25519Signature2018({
        signer: await rawSigner(key),
        date: '2024-01-01T00:00:00Z',
      }),
      documentLoader: signingLoader(),
    })) as unknown as Signed;
  }

  it('verifies a VC 1.1 badge signed by @digitalbazaar/ed25519-signature-2018, with a warning', async () => {
    const key = await generateKeyPair();
    const signed = await sign2018(vc11Badge(key.controller), key);
    expect(signed.proof).toMatchObject({ type: 'Ed25519Signature2018' });
    expect(typeof signed.proof.jws).toBe('string');
    const report = await verify(signed, { now: NOW });
    expect(proofCheck(report)).toMatchObject({ outcome: 'warning', code: 'PROOF_SUITE_LEGACY' });
    expect(proofCheck(report)?.message).toContain('Ed25519Signature2018');
    expect(report.verified).toBe(true);

    const tampered = await verify({ ...signed, name: 'Forged' }, { now: NOW });
    expect(proofCheck(tampered)).toMatchObject({
      outcome: 'error',
      code: 'PROOF_SIGNATURE_INVALID',
    });
    const other = await generateKeyPair();
    const wrongKey = await sign2018(vc11Badge(key.controller), other).catch(() => undefined);
    expect(wrongKey).toBeDefined();
    const forged = {
      ...(wrongKey as Signed),
      proof: { ...(wrongKey as Signed).proof, verificationMethod: key.id },
    };
    expect(proofCheck(await verify(forged, { now: NOW }))).toMatchObject({
      outcome: 'error',
      code: 'PROOF_SIGNATURE_INVALID',
    });
  });

  it('verifies with the bundled ed25519-2018 context on VC 2.0, and needs a context that defines it', async () => {
    const key = await generateKeyPair();
    const credential = {
      ...unsignedBadge(key.controller),
      '@context': [
        ...(unsignedBadge(key.controller)['@context'] as string[]),
        'https://w3id.org/security/suites/ed25519-2018/v1',
      ],
    };
    const signed = await sign2018(credential, key);
    expect(proofCheck(await verify(signed, { now: NOW }))).toMatchObject({
      outcome: 'warning',
      code: 'PROOF_SUITE_LEGACY',
    });
    const without = { ...signed, '@context': unsignedBadge(key.controller)['@context'] };
    expect(proofCheck(await verify(without, { now: NOW }))).toMatchObject({
      outcome: 'error',
      code: 'PROOF_JSONLD_INVALID',
    });
  });

  it('is never a suite lerkit signs with', async () => {
    const key = await generateKeyPair();
    await expect(
      sign(unsignedBadge(key.controller), {
        created: SIGNED_AT,
        key,
        suite: 'Ed25519Signature2018' as never,
      }),
    ).rejects.toMatchObject({ code: 'ERR_LERKIT_UNSUPPORTED' });
  });
});
