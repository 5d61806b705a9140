// 1EdTech OB 3.0 and CLR 2.0 Linked Data Proof test vectors (OB 3.0 Implementation Guide,
// fixtures/spec/test-vectors/1edtech-ob-v3p0-impl/): verification with the issuer's controller
// document, and byte-exact reproduction by re-signing.
import { describe, expect, it } from 'vitest';
import { createVerifyData, sign } from '../../src/proof/index.js';
import { verify } from '../../src/verify/index.js';
import { checkOf } from '../helpers/report.js';
import { controllerDocument, loadVector } from '../helpers/vectors.js';

const NOW = new Date('2024-06-01T00:00:00Z');

describe.each(['obv3p0', 'clrv2p0'] as const)('1EdTech %s vector', (name) => {
  const vector = loadVector(name);
  const resources = { [vector.keyPair.controller]: controllerDocument(vector.keyPair) };
  const proofCheck = async (input: unknown, res?: Record<string, unknown>) =>
    checkOf(
      await verify(input as object, { now: NOW, ...(res ? { resources: res } : {}) }),
      'proof',
    );

  it('verifies when the issuer document lists the key as an assertion method', async () => {
    const report = await verify(vector.signed, { now: NOW, resources });
    expect(report.checks).toContainEqual(
      expect.objectContaining({ check: 'proof', outcome: 'pass' }),
    );
    expect(report.verified).toBe(true);
  });

  it('does not trust the key written into the verification-method URL on its own', async () => {
    expect(await proofCheck(vector.signed)).toMatchObject({
      outcome: 'error',
      code: 'PROOF_KEY_UNRESOLVED',
    });
  });

  it('fails when the issuer document lists the key but not as an assertion method', async () => {
    const res = { [vector.keyPair.controller]: controllerDocument(vector.keyPair, false) };
    expect(await proofCheck(vector.signed, res)).toMatchObject({
      outcome: 'error',
      code: 'PROOF_KEY_NOT_AUTHORIZED',
    });
  });

  it('fails when the issuer document does not list that key at all', async () => {
    const other = { ...vector.keyPair, id: `${vector.keyPair.controller}#other` };
    const res = { [vector.keyPair.controller]: controllerDocument(other) };
    expect(await proofCheck(vector.signed, res)).toMatchObject({
      outcome: 'error',
      code: 'PROOF_KEY_NOT_FOUND',
    });
  });

  it('fails when the document served for the issuer URL claims another id', async () => {
    const res = {
      [vector.keyPair.controller]: {
        ...controllerDocument(vector.keyPair),
        id: 'https://evil.example/',
      },
    };
    const check = await proofCheck(vector.signed, res);
    expect(check?.outcome).toBe('error');
  });

  it('fails when the credential is tampered with', async () => {
    const tampered = structuredClone(vector.signed);
    (tampered.credentialSubject as Record<string, unknown>).id = 'did:example:someone-else';
    expect(await proofCheck(tampered, resources)).toMatchObject({
      outcome: 'error',
      code: 'PROOF_SIGNATURE_INVALID',
    });
  });

  it('reproduces the canonical document, proof configuration and hashes', async () => {
    const data = await createVerifyData(vector.credential, vector.proofBefore);
    expect(data.canonicalDocument).toBe(vector.documentCanon);
    expect(data.canonicalProofConfig).toBe(vector.proofCanon);
    expect(data.documentHash).toBe(vector.values['document-hash']?.value);
    expect(data.proofConfigHash).toBe(vector.values['proof-hash']?.value);
    expect(Buffer.from(data.data).toString('hex')).toBe(vector.values.data?.value);
  });

  it('reproduces the signed credential byte for byte when re-signed with its key', async () => {
    const signed = await sign(vector.credential, {
      key: vector.keyPair,
      created: vector.proofBefore.created as string,
    });
    // The CLR vector publishes its one proof inside an array; lerkit (like @digitalbazaar/vc) writes
    // a single proof as an object. The proof itself must be identical.
    const published = Array.isArray(vector.signed.proof)
      ? vector.signed.proof[0]
      : vector.signed.proof;
    expect(signed.proof).toEqual(published);
    expect(JSON.stringify({ ...signed, proof: vector.signed.proof })).toBe(
      JSON.stringify(vector.signed),
    );
  });
});
