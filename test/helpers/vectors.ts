// The 1EdTech OB 3.0 / CLR 2.0 Linked Data Proof test vectors
// (fixtures/spec/test-vectors/1edtech-ob-v3p0-impl/, from the OB 3.0 Implementation Guide).
import { readSpecJson, readSpecText } from './spec.js';

export interface VectorKeyPair {
  id: string;
  controller: string;
  publicKeyMultibase: string;
  secretKeyMultibase: string;
  publicKeyHex: string;
}

export interface OneEdTechVector {
  name: 'obv3p0' | 'clrv2p0';
  credential: Record<string, unknown>;
  signed: Record<string, unknown> & { proof: Record<string, unknown> };
  keyPair: VectorKeyPair;
  proofBefore: Record<string, unknown>;
  documentCanon: string;
  proofCanon: string;
  values: Record<string, { value: string }>;
}

export function loadVector(name: 'obv3p0' | 'clrv2p0'): OneEdTechVector {
  const dir = ['test-vectors', '1edtech-ob-v3p0-impl', name];
  return {
    name,
    credential: readSpecJson(...dir, 'credential.json'),
    signed: readSpecJson(...dir, 'signed-credential.json'),
    keyPair: readSpecJson(...dir, 'key-pair.json'),
    proofBefore: readSpecJson(...dir, 'proof-before.json'),
    documentCanon: readSpecText(...dir, 'document-canon.txt'),
    proofCanon: readSpecText(...dir, 'proof-canon.txt'),
    values: readSpecJson(...dir, 'values.json'),
  };
}

/**
 * The issuer's controller document for a vector: it lists the vector's public key as a Multikey
 * verification method and as an assertion method, which is what confirms the key.
 */
export function controllerDocument(key: VectorKeyPair, listAsAssertionMethod = true) {
  return {
    '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
    id: key.controller,
    verificationMethod: [
      {
        id: key.id,
        type: 'Multikey',
        controller: key.controller,
        publicKeyMultibase: key.publicKeyMultibase,
      },
    ],
    ...(listAsAssertionMethod ? { assertionMethod: [key.id] } : {}),
  };
}
