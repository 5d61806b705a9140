// The fast path reproduces the published canonical forms byte for byte: W3C vc-di-eddsa
// (eddsa-rdfc-2022, Ed25519Signature2020), vc-di-ecdsa (ecdsa-rdfc-2019 P-256/P-384) and the
// 1EdTech OB 3.0 / CLR 2.0 vectors, for the document and the proof configuration.
import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { createDocumentLoader } from '../../src/context/index.js';
import { canonize } from '../../src/jsonld/canonize.js';
import {
  canonizeProofConfiguration,
  type ProofFamily,
} from '../../src/jsonld/proof-configuration.js';
import { readSpecJson, readSpecText } from '../helpers/spec.js';

const documentLoader = createDocumentLoader();
const JSONLD = { algorithm: 'RDFC-1.0', format: 'application/n-quads', safe: true };
const unlabel = (nquads: string) =>
  nquads
    .replace(/_:c14n\d+/g, '_:')
    .split('\n')
    .sort();

interface Vector {
  name: string;
  signed: string[];
  canonDoc: string[];
  canonProof: string[];
  family: ProofFamily;
}

const w3c = (dir: string, suffix: string, family: ProofFamily = 'data-integrity'): Vector[] =>
  ['', 'employ/'].map((sub) => ({
    name: `${dir}/${sub}${suffix}`,
    signed: [...dir.split('/'), ...(sub ? [sub.slice(0, -1)] : []), `signed${suffix}.json`],
    canonDoc: [...dir.split('/'), ...(sub ? [sub.slice(0, -1)] : []), `canonDoc${suffix}.txt`],
    canonProof: [...dir.split('/'), ...(sub ? [sub.slice(0, -1)] : []), `proofCanon${suffix}.txt`],
    family,
  }));

const VECTORS: Vector[] = [
  ...w3c('test-vectors/w3c-vc-di-eddsa/eddsa-rdfc-2022', 'DataInt'),
  ...w3c('test-vectors/w3c-vc-di-ecdsa/ecdsa-rdfc-2019-p256', 'ECDSAP256'),
  ...w3c('test-vectors/w3c-vc-di-ecdsa/ecdsa-rdfc-2019-p384', 'ECDSAP384'),
  {
    name: 'vc-di-eddsa Ed25519Signature2020',
    signed: ['test-vectors', 'w3c-vc-di-eddsa', 'Ed25519Signature2020', 'signedEdSig.json'],
    canonDoc: ['test-vectors', 'w3c-vc-di-eddsa', 'Ed25519Signature2020', 'canonDocEdSig.txt'],
    canonProof: ['test-vectors', 'w3c-vc-di-eddsa', 'Ed25519Signature2020', 'proofCanonEdSig.txt'],
    family: 'linked-data-signature',
  },
  ...(['obv3p0', 'clrv2p0'] as const).map((name) => ({
    name: `1EdTech ${name}`,
    signed: ['test-vectors', '1edtech-ob-v3p0-impl', name, 'signed-credential.json'],
    canonDoc: ['test-vectors', '1edtech-ob-v3p0-impl', name, 'document-canon.txt'],
    canonProof: ['test-vectors', '1edtech-ob-v3p0-impl', name, 'proof-canon.txt'],
    family: 'data-integrity' as const,
  })),
];

describe('jsonld fast path: published canonical forms', () => {
  for (const vector of VECTORS) {
    it(`${vector.name}: document and proof configuration`, async () => {
      const signed = readSpecJson(...vector.signed);
      const { proof, ...document } = signed;
      const doc = await canonize(document, { documentLoader, fallback: false });
      expect(doc).toMatchObject({ ok: true, path: 'fast' });
      const published = readSpecText(...vector.canonDoc);
      if (vector.name.endsWith('p384/employ/ECDSAP384')) {
        // Upstream inconsistency: this published file has the right quads but other blank node
        // labels than RDFC-1.0 gives for signedECDSAP384.json (rdf-canonize and jsonld.js agree
        // with us; the P-256 employ vector, same document, has the labels we produce).
        const oracle = await jsonld.canonize(document, { ...JSONLD, documentLoader });
        expect(doc.ok && doc.nquads).toBe(oracle);
        expect(unlabel(doc.ok ? doc.nquads : '')).toEqual(unlabel(published));
      } else {
        expect(doc.ok && doc.nquads).toBe(published);
      }
      const first = (Array.isArray(proof) ? proof[0] : proof) as Record<string, unknown>;
      const config = await canonizeProofConfiguration(document, first, {
        documentLoader,
        fallback: false,
        family: vector.family,
      });
      expect(config).toMatchObject({ ok: true, path: 'fast' });
      expect(config.ok && config.nquads).toBe(readSpecText(...vector.canonProof));
    });
  }

  it('a changed document no longer matches its canonical form', async () => {
    const { proof: _proof, ...document } = readSpecJson(...(VECTORS[0] as Vector).signed);
    const tampered = { ...document, validFrom: '2024-01-01T00:00:00Z' };
    const result = await canonize(tampered, { documentLoader, fallback: false });
    expect(result.ok && result.nquads).not.toBe(readSpecText(...(VECTORS[0] as Vector).canonDoc));
  });
});
