// did:key (W3C CCG did:key method v0.7): the DID *is* the public key, so it resolves offline.
import { DID_V1_CONTEXT_URL, MULTIKEY_V1_CONTEXT_URL } from '../context/urls.js';
import type { JsonObject } from '../internal/json.js';
import { decodePublicKeyMultibase } from './multikey.js';

/** Builds the DID document of a did:key, or returns `undefined` if the DID is malformed/unsupported. */
export function resolveDidKey(did: string): JsonObject | undefined {
  const match = /^did:key:(z[1-9A-HJ-NP-Za-km-z]+)$/.exec(did);
  if (!match) return undefined;
  const multibase = match[1] as string;
  if (!decodePublicKeyMultibase(multibase)) return undefined;
  const id = `${did}#${multibase}`;
  return {
    '@context': [DID_V1_CONTEXT_URL, MULTIKEY_V1_CONTEXT_URL],
    id: did,
    verificationMethod: [{ id, type: 'Multikey', controller: did, publicKeyMultibase: multibase }],
    authentication: [id],
    assertionMethod: [id],
    capabilityDelegation: [id],
    capabilityInvocation: [id],
  };
}
