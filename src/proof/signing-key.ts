import { InvalidArgumentError, IssuerKeyMismatchError } from '../errors/index.js';
import { idOf, type JsonObject } from '../internal/json.js';
import { createSigner, keyMaterial } from './keys.js';
import type { Jwk, Signer, SigningKeyOptions } from './types.js';

/** The signer of a signing call, after the issuer/controller check. */
export interface SigningKey {
  /** Who signs. */
  signer: Signer;
  /** The key's controller. */
  controller: string;
  /** The public JWK, when known (local keys, or `publicKeyJwk` given with a signer). */
  publicJwk?: Jwk;
}

/**
 * Turns `key`/`signer` options into a signer and refuses a credential whose issuer is not the
 * key's controller: no verifier would accept the proof.
 */
export async function resolveSigningKey(
  credential: object,
  options: SigningKeyOptions & { publicKeyJwk?: Jwk },
): Promise<SigningKey> {
  let signer: Signer;
  let controller: string;
  let publicJwk: Jwk | undefined;
  if (options.signer) {
    signer = options.signer;
    if (
      typeof signer !== 'object' ||
      typeof signer.id !== 'string' ||
      typeof signer.sign !== 'function'
    ) {
      throw new InvalidArgumentError(
        'signer needs an id, an algorithm and a sign(data) function',
        'signer',
      );
    }
    if (!['Ed25519', 'P-256', 'RSA'].includes(signer.algorithm)) {
      throw new InvalidArgumentError(
        `signer.algorithm must be Ed25519, P-256 or RSA, not ${JSON.stringify(signer.algorithm)}`,
        'signer.algorithm',
      );
    }
    controller = options.controller ?? (signer.id.split('#')[0] as string);
    publicJwk = options.publicKeyJwk;
  } else if (options.key) {
    signer = await cachedSigner(options.key);
    controller = options.key.controller;
    publicJwk = keyMaterial(options.key).publicJwk;
  } else {
    throw new InvalidArgumentError('Pass a `key` or a `signer`', 'key');
  }
  const issuerId = idOf((credential as JsonObject).issuer);
  if (issuerId !== controller && !options.allowIssuerMismatch) {
    throw new IssuerKeyMismatchError(issuerId, controller);
  }
  return publicJwk ? { signer, controller, publicJwk } : { signer, controller };
}

// The signer of a key object, imported once: signing many credentials with the same key pair
// object reuses its imported CryptoKey. Keyed by the object and checked against its contents, so a
// key object changed in place is imported again.
const signers = new WeakMap<object, { text: string; signer: Promise<Signer> }>();

function cachedSigner(key: NonNullable<SigningKeyOptions['key']>): Promise<Signer> {
  if (typeof key !== 'object' || key === null) return createSigner(key);
  const text = JSON.stringify(key);
  const hit = signers.get(key);
  if (hit && hit.text === text) return hit.signer;
  const signer = createSigner(key);
  signers.set(key, { text, signer });
  signer.catch(() => signers.delete(key));
  return signer;
}
