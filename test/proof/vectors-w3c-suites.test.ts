// W3C vc-di-eddsa test vectors for eddsa-jcs-2022 and Ed25519Signature2020, and the proof-set
// vectors (fixtures/spec/test-vectors/w3c-vc-di-eddsa/): canonical forms, hashes and signatures
// reproduced byte for byte; proof sets verified proof by proof.
import { describe, expect, it } from 'vitest';
import { toBase58btc } from '../../src/internal/encoding.js';
import { createVerifyData, type ProofSuite, sign } from '../../src/proof/index.js';
import { verify } from '../../src/verify/index.js';
import { checkOf } from '../helpers/report.js';
import { readSpecJson, readSpecText } from '../helpers/spec.js';

const DIR = ['test-vectors', 'w3c-vc-di-eddsa'];
type VectorKey = { publicKeyMultibase: string; privateKeyMultibase: string };
const didKey = (pair: VectorKey) => {
  const did = `did:key:${pair.publicKeyMultibase}`;
  return {
    id: `${did}#${pair.publicKeyMultibase}`,
    controller: did,
    publicKeyMultibase: pair.publicKeyMultibase,
    secretKeyMultibase: pair.privateKeyMultibase,
  };
};
const key = didKey(readSpecJson<VectorKey>(...DIR, 'keyPair.json'));
const unsigned = readSpecJson(...DIR, 'unsigned.json');
const NOW = new Date('2024-01-01T00:00:00Z');
// The W3C vectors are plain VCs (an alumni credential), not badges: verified in generic mode.
const VC = { kind: 'vc' } as const;

describe.each([
  ['eddsa-jcs-2022', 'eddsa-jcs-2022', 'JCS', 'proofConfigJCS.json', 'signedJCS.json'],
  [
    'Ed25519Signature2020',
    'Ed25519Signature2020',
    'EdSig',
    'proofConfigEdSig.json',
    'signedEdSig.json',
  ],
] as const)('%s vector', (suite, dirName, tag, configFile, signedFile) => {
  const dir = [...DIR, dirName];
  const text = (name: string) => readSpecText(...dir, `${name}${tag}.txt`).trim();
  const signed = readSpecJson<{ proof: Record<string, unknown> }>(...dir, signedFile);
  const proofConfig = readSpecJson(...dir, configFile);

  it('reproduces the canonical document, proof configuration and hashes', async () => {
    const { proof: _proof, ...document } = signed;
    const data = await createVerifyData(document, proofConfig, { suite: suite as ProofSuite });
    expect(data.canonicalDocument).toBe(readSpecText(...dir, `canonDoc${tag}.txt`));
    expect(data.canonicalProofConfig).toBe(readSpecText(...dir, `proofCanon${tag}.txt`));
    expect(data.documentHash).toBe(text('docHash'));
    expect(data.proofConfigHash).toBe(text('proofHash'));
    expect(Buffer.from(data.data).toString('hex')).toBe(text('combinedHash'));
  });

  it('reproduces the signature when signed with the vector key', async () => {
    const result = await sign(unsigned, {
      key,
      suite: suite as ProofSuite,
      created: proofConfig.created as string,
      allowIssuerMismatch: true,
    });
    expect(result).toEqual(signed);
    const proofValue = (result.proof as { proofValue: string }).proofValue;
    expect(proofValue).toBe(text('sigBTC58'));
    const signature = Buffer.from(text('sigHex'), 'hex');
    expect(`z${toBase58btc(signature)}`).toBe(proofValue);
  });

  it('verifies once the issuer lists the key, and not before', async () => {
    const issuerDocument = {
      '@context': ['https://www.w3.org/ns/did/v1'],
      id: 'https://vc.example/issuers/5678',
      assertionMethod: [key.id],
    };
    const rejected = await verify(signed, { ...VC, now: NOW });
    expect(checkOf(rejected, 'proof')).toMatchObject({
      outcome: 'error',
      code: 'PROOF_ISSUER_MISMATCH',
    });
    const report = await verify(signed, {
      ...VC,
      now: NOW,
      resources: { 'https://vc.example/issuers/5678': issuerDocument },
    });
    expect(checkOf(report, 'proof')).toMatchObject({ outcome: 'pass' });
    expect(report.verified).toBe(true);
  });
});

describe('proof-set vectors', () => {
  const pairs = readSpecJson<Record<string, VectorKey>>(
    ...DIR,
    'proof-set-chain',
    'multiKeyPairs.json',
  );
  const keys = Object.values(pairs).map(didKey);
  const issuerDocument = {
    '@context': ['https://www.w3.org/ns/did/v1'],
    id: 'https://vc.example/issuers/5678',
    assertionMethod: keys.map((k) => k.id),
  };
  const resources = { 'https://vc.example/issuers/5678': issuerDocument };

  it('verifies each proof of a two-proof set', async () => {
    const set = readSpecJson(...DIR, 'proof-set-chain', 'signedProofSet2.json');
    const report = await verify(set, { ...VC, now: NOW, resources });
    const proofs = report.findings.filter((f) => f.check === 'proof');
    expect(proofs.map((f) => [f.path, f.code])).toEqual([
      ['/proof/0', 'PROOF_VERIFIED'],
      ['/proof/1', 'PROOF_VERIFIED'],
    ]);
    expect(checkOf(report, 'proof')?.outcome).toBe('pass');
    expect(report.status).toBe('valid');
  });

  it('says which proof of a set fails, and fails the credential (every proof must verify)', async () => {
    const set = readSpecJson<{ proof: Record<string, unknown>[] }>(
      ...DIR,
      'proof-set-chain',
      'signedProofSet2.json',
    );
    const broken = structuredClone(set);
    (broken.proof[1] as Record<string, unknown>).created = '2023-02-25T00:00:00Z';
    const report = await verify(broken, { ...VC, now: NOW, resources });
    const proofs = report.findings.filter((f) => f.check === 'proof');
    expect(proofs.map((f) => [f.path, f.severity, f.code])).toEqual([
      ['/proof/1', 'error', 'PROOF_SIGNATURE_INVALID'],
      ['/proof/0', 'info', 'PROOF_VERIFIED'],
    ]);
    expect(report).toMatchObject({ verified: false, status: 'invalid' });
  });

  it('reports a chained proof (previousProof) as unsupported, not as verified', async () => {
    const chain = readSpecJson(...DIR, 'proof-set-chain', 'signedProofChain2.json');
    const report = await verify(chain, { ...VC, now: NOW, resources });
    const proofs = report.findings.filter((f) => f.check === 'proof');
    expect(proofs.filter((f) => f.code === 'PROOF_CHAIN_UNSUPPORTED').length).toBeGreaterThan(0);
    expect(report.verified).toBe(false);
  });
});
