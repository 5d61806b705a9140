// Recipient identity: plain or hashed IdentityObject (OB 3.0 §IdentityObject, §IdentityHash) and
// the check a verifier makes against a known identifier (§Verify the Recipient Using an Identifier).
import { md5 } from '@noble/hashes/legacy.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { InvalidArgumentError } from '../errors/index.js';
import { toHex, utf8 } from '../internal/encoding.js';
import { isObject } from '../internal/json.js';
import { IDENTIFIER_TYPES } from '../model/index.js';
import { bool, extensible, text } from './fields.js';
import type { BuildOptions } from './options.js';

/** An IdentityObject: the recipient's identifier, plain or hashed. */
export interface IdentityObjectJson {
  /** Always `IdentityObject`. */
  type: 'IdentityObject';
  /** Whether `identityHash` is a hash. */
  hashed: boolean;
  /** `sha256$<hex>` of identifier + salt when hashed, else the identifier itself. */
  identityHash: string;
  /** What kind of identifier it is, e.g. `emailAddress`, `sisSourcedId`, or `ext:…`. */
  identityType: string;
  /** The salt appended before hashing. */
  salt?: string;
}

/** Input of {@link createIdentityObject}. */
export interface IdentityInput {
  /** What kind of identifier, e.g. `emailAddress`, `studentId`-like `sisSourcedId`, or `ext:…`. */
  identityType: string;
  /** The identifier in plain text, e.g. `ada@example.edu`. */
  value: string;
  /** Hash it (SHA-256 with a salt) so the credential does not reveal it. Default `true`. */
  hashed?: boolean;
  /** Salt for the hash; a random one is generated when omitted. */
  salt?: string;
}

/**
 * Builds an IdentityObject for a recipient. By default the identifier is hashed as the spec's
 * IdentityHash: `sha256$` + hex SHA-256 of the UTF-8 identifier followed by the salt.
 *
 * @param input - Identifier type and value; `hashed: false` keeps it in plain text.
 * @param options - `generateSalt` for reproducible output.
 * @returns The IdentityObject as plain JSON.
 * @throws {InvalidArgumentError} `ERR_LERKIT_INVALID_ARGUMENT` naming the field.
 * @example
 * ```ts
 * createIdentityObject({ identityType: 'emailAddress', value: 'a@example.com', salt: 'Kosher' });
 * // { type: 'IdentityObject', hashed: true, identityHash: 'sha256$b5809d8a…', identityType: 'emailAddress', salt: 'Kosher' }
 * ```
 */
export function createIdentityObject(
  input: IdentityInput,
  options: BuildOptions & { generateSalt?: () => string } = {},
  field = 'identifier',
): IdentityObjectJson {
  if (!isObject(input)) throw new InvalidArgumentError(`${field} must be an object`, field);
  for (const name of Object.keys(input)) {
    if (!['identityType', 'value', 'hashed', 'salt'].includes(name)) {
      throw new InvalidArgumentError(
        `${field}.${name} is not a property of an identity input`,
        `${field}.${name}`,
      );
    }
  }
  const identityType = extensible(IDENTIFIER_TYPES)(input.identityType, `${field}.identityType`);
  const value = text(input.value, `${field}.value`);
  const hashed = input.hashed === undefined ? true : bool(input.hashed, `${field}.hashed`);
  if (!hashed) {
    if (input.salt !== undefined)
      throw new InvalidArgumentError(
        `${field}.salt only applies to a hashed identifier`,
        `${field}.salt`,
      );
    return { type: 'IdentityObject', hashed: false, identityHash: value, identityType };
  }
  const salt =
    input.salt === undefined
      ? (options.generateSalt ?? randomSalt)()
      : text(input.salt, `${field}.salt`);
  return {
    type: 'IdentityObject',
    hashed: true,
    identityHash: identityHash(value, salt),
    identityType,
    salt,
  };
}

/** `sha256$` + lower-case hex SHA-256 of the UTF-8 identifier followed by the salt. */
export function identityHash(value: string, salt = ''): string {
  return `sha256$${toHex(sha256(utf8(value + salt)))}`;
}

/** A known identifier of a recipient, to check against a credential. */
export interface KnownIdentifier {
  /** The identifier type the value is, e.g. `emailAddress`. */
  identityType: string;
  /** The identifier in plain text. */
  value: string;
}

/**
 * Tells whether an IdentityObject identifies a known recipient, as a verifier does (OB 3.0
 * §Verify the Recipient Using an Identifier): same `identityType`; then, if hashed, the known value
 * hashed with the object's salt (SHA-256 or MD5, hex in either case) equals `identityHash`;
 * otherwise the plain values are equal.
 *
 * @param identity - An IdentityObject from a credential subject (anything else gives `false`).
 * @param known - The identifier you know, e.g. `{ identityType: 'emailAddress', value: 'a@example.com' }`.
 * @returns `true` if it matches.
 * @example
 * ```ts
 * matchesIdentity(subject.identifier[0], { identityType: 'emailAddress', value: 'a@example.com' });
 * ```
 */
export function matchesIdentity(identity: unknown, known: KnownIdentifier): boolean {
  if (!isObject(identity) || typeof identity.identityHash !== 'string') return false;
  if (identity.identityType !== known.identityType) return false;
  if (identity.hashed !== true) return identity.identityHash === known.value;
  const salt = typeof identity.salt === 'string' ? identity.salt : '';
  return identityHashMatches(identity.identityHash, known.value, salt);
}

/**
 * Tells whether an IdentityHash (`sha256$…` or `md5$…`, hex in either case: OB 2.0 and OB 3.0
 * §IdentityHash) is the hash of a value followed by a salt.
 *
 * @param identityHash - The hash as the credential carries it.
 * @param value - The identifier in plain text.
 * @param salt - The salt (`''` when the identity was not salted).
 * @returns `true` if it matches.
 * @example
 * ```ts
 * identityHashMatches('sha256$7a1a1b3f7d40552e4299180e346e3add12bf9a751a43d9c4ca4518febc2c60c6', 'mayze'); // true
 * ```
 */
export function identityHashMatches(identityHash: string, value: string, salt = ''): boolean {
  const [algorithm, hash] = identityHash.split('$');
  if (hash === undefined) return false;
  const data = utf8(value + salt);
  const digest =
    algorithm === 'sha256' ? sha256(data) : algorithm === 'md5' ? md5(data) : undefined;
  return digest !== undefined && toHex(digest) === hash.toLowerCase();
}

function randomSalt(): string {
  return toHex(crypto.getRandomValues(new Uint8Array(16)));
}
