// ecdsa-sd-2023 selective disclosure (W3C vc-di-ecdsa §3.5): the W3C vectors (derivation
// reproduced byte for byte, derived proofs verified), and sign → derive → verify round trips on an
// OB 3.0 badge and a CLR, with their negative twins: a tampered disclosed value, another key, a
// base proof shown to a verifier.
import { describe, expect, it } from 'vitest';
import { createDocumentLoader } from '../../src/context/index.js';
import {
  createKeyResolver,
  derive,
  generateKeyPair,
  type KeyPair,
  type KeyResolver,
  sign,
  signJwt,
  verifyProofs,
} from '../../src/proof/index.js';
import { mandatoryPointers } from '../../src/proof/sd-pointers.js';
import { type VerificationReport, verify } from '../../src/verify/index.js';
import { unsignedBadge } from '../helpers/credentials.js';
import { checkOf } from '../helpers/report.js';
import { readSpecJson } from '../helpers/spec.js';

const NOW = new Date('2024-06-01T00:00:00Z');
// Proofs are created before the verification time (a later `created` fails).
const SIGNED_AT = new Date(NOW.getTime() - 86_400_000);
const VECTORS = ['test-vectors', 'w3c-vc-di-ecdsa'];
type Doc = Record<string, unknown> & { proof: Record<string, unknown> };
const proofCheck = (report: VerificationReport) => checkOf(report, 'proof');

// The vectors' issuer is not the key's controller (the W3C vectors do not model provenance), so
// the signature is checked with a resolver that takes the key's controller as the issuer.
function vectorResolver(): {
  resolver: KeyResolver;
  documentLoader: ReturnType<typeof createDocumentLoader>;
} {
  const documentLoader = createDocumentLoader();
  const real = createKeyResolver({ documentLoader });
  const resolver: KeyResolver = {
    ...real,
    resolveMethod: (url) => real.resolveMethod(url, url.split('#')[0]),
  };
  return { resolver, documentLoader };
}

describe.each([
  ['employ', 'employSelective.json'],
  ['prc', 'prCredSelective.json'],
])('W3C vc-di-ecdsa ecdsa-sd-2023 vectors: %s', (dir, selectiveFile) => {
  const read = <T = Doc>(name: string) => readSpecJson<T>(...VECTORS, 'ecdsa-sd-2023', dir, name);
  const base = read('addSignedSDBase.json');
  const revealed = read('derivedRevealDocument.json');
  const selectivePointers = readSpecJson<string[]>(...VECTORS, selectiveFile);

  it('derives the vector’s disclosed credential byte for byte from its base proof', async () => {
    const derived = await derive(base, { selectivePointers });
    expect(JSON.stringify(derived)).toBe(JSON.stringify(revealed));
  });

  it('verifies the derived proof, and not a tampered disclosed value', async () => {
    const { resolver, documentLoader } = vectorResolver();
    const [result] = await verifyProofs(revealed, { documentLoader, keyResolver: resolver });
    expect(result).toMatchObject({ verified: true, suite: 'DataIntegrityProof/ecdsa-sd-2023' });

    const subject = revealed.credentialSubject as Record<string, unknown>;
    const tampered = { ...revealed, credentialSubject: { ...subject, birthCountry: 'Canada' } };
    const [bad] = await verifyProofs(tampered, { documentLoader, keyResolver: resolver });
    expect(bad).toMatchObject({ verified: false, code: 'PROOF_SIGNATURE_INVALID' });

    const dates = { ...revealed, validUntil: '2039-12-03T00:00:00Z' };
    const [mandatory] = await verifyProofs(dates, { documentLoader, keyResolver: resolver });
    expect(mandatory).toMatchObject({ verified: false, code: 'PROOF_SIGNATURE_INVALID' });
  });

  it('is rejected as a credential: its issuer is not the key’s controller', async () => {
    const report = await verify(revealed, { now: NOW });
    expect(proofCheck(report)).toMatchObject({ outcome: 'error', code: 'PROOF_ISSUER_MISMATCH' });
  });

  it('refuses the base proof itself with a code that says it is for the holder', async () => {
    const { resolver, documentLoader } = vectorResolver();
    const [result] = await verifyProofs(base, { documentLoader, keyResolver: resolver });
    expect(result).toMatchObject({ verified: false, code: 'PROOF_SD_BASE_PROOF' });
    expect(result?.message).toMatch(/holder/);
  });
});

// An OB 3.0 badge with results the learner may choose to show.
function badgeWithResults(issuer: string) {
  const badge = unsignedBadge(issuer) as unknown as Record<string, unknown>;
  const subject = badge.credentialSubject as Record<string, unknown>;
  return {
    ...badge,
    credentialStatus: {
      id: 'https://example.edu/status/1#94567',
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: '94567',
      statusListCredential: 'https://example.edu/status/1',
    },
    credentialSubject: {
      ...subject,
      result: [
        { type: ['Result'], value: 'A' },
        { type: ['Result'], value: '97' },
      ],
    },
  };
}

describe('sign → derive → verify', () => {
  let key: KeyPair;

  it('makes lerkit’s mandatory statements mandatory, only those present', async () => {
    key = await generateKeyPair({ type: 'P-256' });
    expect(mandatoryPointers(badgeWithResults(key.controller))).toEqual([
      '/@context',
      '/type',
      '/id',
      '/issuer',
      '/validFrom',
      '/credentialStatus',
      '/credentialSubject/achievement/id',
      '/credentialSubject/achievement/type',
    ]);
    const signed = (await sign(badgeWithResults(key.controller), {
      created: SIGNED_AT,
      key,
      suite: 'ecdsa-sd-2023',
    })) as Doc;
    // Nothing selected: the holder still discloses every mandatory statement, and nothing else.
    const minimal = await derive(signed, { selectivePointers: [] }).catch(() => undefined);
    const shown =
      minimal ?? (await derive(signed, { selectivePointers: ['/credentialSubject/id'] }));
    expect(shown).toMatchObject({
      id: signed.id,
      type: signed.type,
      issuer: signed.issuer,
      validFrom: signed.validFrom,
      credentialStatus: signed.credentialStatus,
      credentialSubject: {
        achievement: { id: 'https://example.edu/achievements/teamwork', type: ['Achievement'] },
      },
    });
    const subject = shown.credentialSubject as Record<string, unknown>;
    expect(subject.result).toBeUndefined();
    expect((subject.achievement as Record<string, unknown>).name).toBeUndefined();
  });

  it('an OB 3.0 badge: the learner shows one result; a verifier accepts it', async () => {
    key ??= await generateKeyPair({ type: 'P-256' });
    const signed = (await sign(badgeWithResults(key.controller), {
      created: SIGNED_AT,
      key,
      suite: 'ecdsa-sd-2023',
    })) as Doc;
    expect(signed.proof).toMatchObject({
      type: 'DataIntegrityProof',
      cryptosuite: 'ecdsa-sd-2023',
    });

    const base = await verify(signed, { now: NOW, skip: ['status'] });
    expect(proofCheck(base)).toMatchObject({ outcome: 'error', code: 'PROOF_SD_BASE_PROOF' });

    const derived = (await derive(signed, {
      selectivePointers: ['/credentialSubject/achievement', '/credentialSubject/result/1'],
    })) as Doc;
    const subject = derived.credentialSubject as Record<string, unknown>;
    expect(subject.result).toEqual([{ type: ['Result'], value: '97' }]);
    const report = await verify(derived, { now: NOW, skip: ['status'] });
    expect(proofCheck(report)).toMatchObject({ outcome: 'pass' });
    expect(report.verified).toBe(true);

    // Negative twins: a disclosed value changed; the proof claimed by another key of the issuer.
    const tampered = structuredClone(derived);
    ((tampered.credentialSubject as Record<string, unknown>).result as { value: string }[])[0] = {
      type: ['Result'],
      value: '100',
    } as never;
    const forged = await verify(tampered, { now: NOW, skip: ['status'] });
    expect(proofCheck(forged)).toMatchObject({ outcome: 'error', code: 'PROOF_SIGNATURE_INVALID' });

    const other = await generateKeyPair({ type: 'P-256' });
    const otherSigned = (await sign(badgeWithResults(other.controller), {
      created: SIGNED_AT,
      key: other,
      suite: 'ecdsa-sd-2023',
    })) as Doc;
    const otherDerived = (await derive(otherSigned, {
      selectivePointers: ['/credentialSubject/achievement'],
    })) as Doc;
    const swapped = {
      ...otherDerived,
      proof: { ...otherDerived.proof, verificationMethod: key.id },
    };
    const wrongKey = await verify(
      { ...swapped, issuer: signed.issuer },
      { now: NOW, skip: ['status'] },
    );
    expect(proofCheck(wrongKey)).toMatchObject({
      outcome: 'error',
      code: 'PROOF_SIGNATURE_INVALID',
    });
  });

  // A CLR's credentials cannot be disclosed one by one: the CLR 2.0 context's
  // `verifiableCredential` coerces node values to a datatype, so JSON-LD compaction (where
  // ecdsa-sd-2023 pointers select) does not write it back under that name. The learner can
  // withhold the record's other statements and show the whole subject. (The record's credentials
  // are enveloped VC-JWTs, as createClrCredential writes them: @digitalbazaar's ecdsa-sd-2023
  // cannot yet derive from a document whose embedded proofs are blank-node graphs.)
  it('a CLR: the learner withholds its description; its credentials still verify', async () => {
    key ??= await generateKeyPair({ type: 'P-256' });
    const envelope = async (id: string) => ({
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      id: `data:application/vc+jwt,${await signJwt({ ...unsignedBadge(key.controller), id }, { key })}`,
      type: 'EnvelopedVerifiableCredential',
    });
    const first = await envelope('urn:uuid:2a3b4c5d-0000-4000-8000-000000000001');
    const second = await envelope('urn:uuid:2a3b4c5d-0000-4000-8000-000000000002');
    const clr = {
      '@context': [
        'https://www.w3.org/ns/credentials/v2',
        'https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json',
        'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
      ],
      id: 'urn:uuid:2a3b4c5d-0000-4000-8000-0000000000c1',
      type: ['VerifiableCredential', 'ClrCredential'],
      issuer: { id: key.controller, type: ['Profile'], name: 'Example University' },
      validFrom: '2024-01-01T00:00:00Z',
      name: 'Transcript',
      description: 'Includes a disciplinary note the learner need not show.',
      credentialSubject: {
        id: 'did:example:student-42',
        type: ['ClrSubject'],
        verifiableCredential: [first, second],
      },
    };
    const signed = (await sign(clr, { created: SIGNED_AT, key, suite: 'ecdsa-sd-2023' })) as Doc;
    const derived = (await derive(signed, {
      selectivePointers: ['/name', '/credentialSubject'],
    })) as Doc;
    expect(derived.description).toBeUndefined();
    expect(derived.name).toBe('Transcript');
    expect(derived.credentialSubject).toEqual(clr.credentialSubject);
    const report = await verify(derived, { now: NOW });
    expect(proofCheck(report)).toMatchObject({ outcome: 'pass' });
    expect(report.nested?.map((n) => [n.id, n.verified])).toEqual([
      ['urn:uuid:2a3b4c5d-0000-4000-8000-000000000001', true],
      ['urn:uuid:2a3b4c5d-0000-4000-8000-000000000002', true],
    ]);
    expect(report.verified).toBe(true);

    // Negative twins: a value inside a disclosed credential changed; a withheld one put back.
    const tampered = structuredClone(derived);
    const inner = (tampered.credentialSubject as { verifiableCredential: Doc[] })
      .verifiableCredential[0] as Doc;
    inner.id = second.id;
    const forged = await verify(tampered, { now: NOW });
    expect(proofCheck(forged)).toMatchObject({ outcome: 'error', code: 'PROOF_SIGNATURE_INVALID' });
    const addedBack = await verify({ ...derived, description: 'Something else' }, { now: NOW });
    expect(proofCheck(addedBack)).toMatchObject({
      outcome: 'error',
      code: 'PROOF_SIGNATURE_INVALID',
    });

    // One credential of the record alone cannot be selected, and derive says why.
    await expect(
      derive(signed, { selectivePointers: ['/credentialSubject/verifiableCredential/0'] }),
    ).rejects.toThrow(/CLR 2.0 verifiableCredential/);
  });
});

describe('derive: misuse', () => {
  it('needs an ecdsa-sd-2023 proof and JSON Pointers', async () => {
    const key = await generateKeyPair({ type: 'P-256' });
    const rdfc = await sign(unsignedBadge(key.controller), { created: SIGNED_AT, key });
    await expect(derive(rdfc, { selectivePointers: ['/name'] })).rejects.toMatchObject({
      code: 'ERR_LERKIT_INVALID_ARGUMENT',
    });
    const signed = await sign(unsignedBadge(key.controller), {
      created: SIGNED_AT,
      key,
      suite: 'ecdsa-sd-2023',
    });
    await expect(derive(signed, { selectivePointers: ['name'] })).rejects.toMatchObject({
      code: 'ERR_LERKIT_INVALID_ARGUMENT',
    });
    await expect(derive(signed, { selectivePointers: ['/nope/nothing'] })).rejects.toMatchObject({
      code: 'ERR_LERKIT_SIGNING_FAILED',
    });
    const derived = await derive(signed, { selectivePointers: ['/name'] });
    await expect(derive(derived, { selectivePointers: ['/name'] })).rejects.toMatchObject({
      code: 'ERR_LERKIT_SIGNING_FAILED',
    });
  });

  it('needs a P-256 key to sign ecdsa-sd-2023', async () => {
    const key = await generateKeyPair();
    await expect(
      sign(unsignedBadge(key.controller), { created: SIGNED_AT, key, suite: 'ecdsa-sd-2023' }),
    ).rejects.toMatchObject({ code: 'ERR_LERKIT_UNSUPPORTED' });
  });
});
