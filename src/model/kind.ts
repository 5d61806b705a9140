/**
 * What a document is. OB 3.0 / CLR 2.0 kinds are named after their class; `OB2*` are Open Badges
 * 2.0 objects; `OB1Assertion` an Open Badges 1.x assertion (recognised, not verified);
 * `VerifiableCredential` is a credential of no Open Badges or CLR type.
 */
export type CredentialKind = (typeof CREDENTIAL_KINDS)[number];

/** Every {@link CredentialKind}, in one list (for schemas and exhaustive checks). */
export const CREDENTIAL_KINDS = [
  'AchievementCredential',
  'EndorsementCredential',
  'ClrCredential',
  'Profile',
  'Achievement',
  'VerifiableCredential',
  'OB2Assertion',
  'OB2BadgeClass',
  'OB2Profile',
  'OB2Endorsement',
  'OB1Assertion',
  'unknown',
] as const;

/** Version of the W3C Verifiable Credentials Data Model a credential follows. */
export type VcVersion = '1.1' | '2.0';

/**
 * How a credential was encoded: JSON (an object, text or bytes), a compact VC-JWT, or the compact
 * JWS of an Open Badges 2.0 signed assertion (`jws`).
 */
export type InputFormat = 'json' | 'vc-jwt' | 'jws';
