// W3C vc-di-eddsa test vectors for eddsa-rdfc-2022 (fixtures/spec/test-vectors/w3c-vc-di-eddsa/,
// from w3c/vc-di-eddsa TestVectors): canonical forms, hashes and signature reproduced byte for byte.
import { describe, expect, it } from 'vitest';
import { createVerifyData, sign } from '../../src/proof/index.js';
import { verify } from '../../src/verify/index.js';
import { checkOf } from '../helpers/report.js';
import { readSpecJson, readSpecText } from '../helpers/spec.js';

const DIR = ['test-vectors', 'w3c-vc-di-eddsa'];
const keyPair = readSpecJson<{ publicKeyMultibase: string; privateKeyMultibase: string }>(
  ...DIR,
  'keyPair.json',
);
const did = `did:key:${keyPair.publicKeyMultibase}`;
const key = {
  id: `${did}#${keyPair.publicKeyMultibase}`,
  controller: did,
  publicKeyMultibase: keyPair.publicKeyMultibase,
  secretKeyMultibase: keyPair.privateKeyMultibase,
};

describe.each([
  ['alumni', [], 'unsigned.json'],
  ['employment authorization (citizenship context)', ['employ'], 'employmentAuth.json'],
])('eddsa-rdfc-2022 %s vector', (_title, sub, input) => {
  const dir = [...DIR, 'eddsa-rdfc-2022', ...sub];
  const unsigned = readSpecJson(...DIR, input);
  const proofConfig = readSpecJson(...dir, 'proofConfigDataInt.json');
  const signed = readSpecJson<{ proof: Record<string, unknown> }>(...dir, 'signedDataInt.json');

  it('reproduces the canonical document, proof configuration and hashes', async () => {
    const { '@context': _context, ...config } = proofConfig;
    const data = await createVerifyData(unsigned, config);
    expect(data.canonicalDocument).toBe(readSpecText(...dir, 'canonDocDataInt.txt'));
    expect(data.canonicalProofConfig).toBe(readSpecText(...dir, 'proofCanonDataInt.txt'));
    expect(data.documentHash).toBe(readSpecText(...dir, 'docHashDataInt.txt').trim());
    expect(data.proofConfigHash).toBe(readSpecText(...dir, 'proofHashDataInt.txt').trim());
    expect(Buffer.from(data.data).toString('hex')).toBe(
      readSpecText(...dir, 'combinedHashDataInt.txt').trim(),
    );
  });

  it('reproduces the signature when signed with the vector key', async () => {
    const result = await sign(unsigned, {
      key,
      created: proofConfig.created as string,
      allowIssuerMismatch: true,
    });
    expect(result.proof).toEqual(signed.proof);
  });

  it('is rejected as a credential: the issuer is not the controller of the key', async () => {
    const report = await verify(signed, { now: new Date('2024-01-01T00:00:00Z') });
    expect(checkOf(report, 'proof')).toMatchObject({
      outcome: 'error',
      code: 'PROOF_ISSUER_MISMATCH',
    });
  });
});
