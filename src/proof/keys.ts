import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { InvalidArgumentError, InvalidKeyError } from '../errors/index.js';
import { decodePublicKeyMultibase } from './multikey.js';
import type { GenerateKeyPairOptions, KeyAlgorithm, KeyPair, Signer } from './types.js';

/**
 * Generates a key pair, bound to a `did:key` by default, ready to pass to `sign`.
 *
 * @param options - Key `type` (Ed25519), identifier scheme, or your own `controller`.
 * @returns Plain JSON with `id` (verification method), `controller`, `did`, and the Multikey-encoded
 *   public and secret keys.
 * @throws {InvalidArgumentError} `ERR_LERKIT_INVALID_ARGUMENT` for an unsupported type or a seed
 *   that is not 32 bytes.
 * @example
 * ```ts
 * const key = await generateKeyPair();
 * key.did; // 'did:key:z6Mk…'
 * ```
 */
export async function generateKeyPair(options: GenerateKeyPairOptions = {}): Promise<KeyPair> {
  const { type = 'Ed25519', did = 'key', controller, seed } = options;
  if (type !== 'Ed25519') throw new InvalidArgumentError(`Unsupported key type "${type}"`, 'type');
  if (did !== 'key') throw new InvalidArgumentError(`Unsupported DID method "${did}"`, 'did');
  if (seed !== undefined && !(seed instanceof Uint8Array && seed.length === 32)) {
    throw new InvalidArgumentError('seed must be 32 bytes', 'seed');
  }
  const generated = await Ed25519Multikey.generate(seed ? { seed } : {});
  const publicKeyMultibase = generated.publicKeyMultibase;
  const owner = controller ?? `did:key:${publicKeyMultibase}`;
  const key: KeyPair = {
    algorithm: 'Ed25519',
    id: `${owner}#${publicKeyMultibase}`,
    controller: owner,
    publicKeyMultibase,
  };
  if (owner.startsWith('did:')) key.did = owner;
  if (generated.secretKeyMultibase) key.secretKeyMultibase = generated.secretKeyMultibase;
  return key;
}

/** The algorithm of a key pair, declared or inferred from its public key. */
export function keyAlgorithm(key: KeyPair): KeyAlgorithm {
  const decoded = decodePublicKeyMultibase(key.publicKeyMultibase ?? '');
  if (!decoded)
    throw new InvalidKeyError('publicKeyMultibase is not a supported Multikey public key');
  if (key.algorithm !== undefined && key.algorithm !== decoded.algorithm) {
    throw new InvalidKeyError(
      `The key says it is ${key.algorithm} but its public key is ${decoded.algorithm}`,
    );
  }
  return decoded.algorithm;
}

/**
 * Makes a {@link Signer} from a local key pair (which must include its secret key).
 *
 * @param key - A key pair with `secretKeyMultibase`.
 * @returns A signer whose `id` is the key's verification-method id.
 * @throws {InvalidKeyError} `ERR_LERKIT_INVALID_KEY` when the key is malformed, lacks its secret
 *   key, or the secret key does not belong to the public key.
 * @example
 * ```ts
 * const signer = await createSigner(await generateKeyPair());
 * ```
 */
export async function createSigner(key: KeyPair): Promise<Signer> {
  if (typeof key !== 'object' || key === null)
    throw new InvalidKeyError('The key must be an object');
  if (typeof key.id !== 'string' || typeof key.controller !== 'string') {
    throw new InvalidKeyError('The key needs an `id` (verification method) and a `controller`');
  }
  const algorithm = keyAlgorithm(key);
  if (typeof key.secretKeyMultibase !== 'string') {
    throw new InvalidKeyError(
      `The key ${key.id} has no secretKeyMultibase: it can verify but not sign`,
    );
  }
  let pair: Ed25519Multikey.Ed25519MultikeyPair;
  try {
    pair = await Ed25519Multikey.from({
      type: 'Multikey',
      id: key.id,
      controller: key.controller,
      publicKeyMultibase: key.publicKeyMultibase,
      secretKeyMultibase: key.secretKeyMultibase,
    });
  } catch (cause) {
    throw new InvalidKeyError(`The key ${key.id} could not be read: ${(cause as Error).message}`, {
      cause,
    });
  }
  const inner = pair.signer();
  // A secret key that does not belong to the public key would make proofs nobody can verify.
  const probe = new TextEncoder().encode('lerkit key check');
  const signature = await inner.sign({ data: probe });
  if (!(await pair.verifier().verify({ data: probe, signature }))) {
    throw new InvalidKeyError(`The secret key of ${key.id} does not match its public key`);
  }
  return { id: key.id, algorithm, sign: (data) => inner.sign({ data }) };
}
