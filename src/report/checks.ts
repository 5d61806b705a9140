// The checks of validation and verification: one list, in the order the OB 3.0 verification
// algorithm gives them (§Verification and Validation: conform, proof, refresh, status and dates,
// recipient; §EndorsementCredential Verification; CLR 2.0 §Verification for the credentials a
// record carries), with the checks around it (reading the input, limits, trust, profiles). The API,
// the CLI, the JUnit/SARIF writers and docs/codes.md all read this table.

/** Where a check runs. */
export type CheckScope = 'validate' | 'verify';

/** One check: its id, what it reads, what it can say, and which calls run it. */
export interface CheckDefinition {
  /** Stable id; finding codes of this check start with the id in upper case (`DATES_…`). */
  readonly id: string;
  /** One line: what the check establishes. */
  readonly title: string;
  /** What the check reads. */
  readonly reads: string;
  /** Which calls run it. */
  readonly scope: readonly CheckScope[];
}

const BOTH = ['validate', 'verify'] as const;

/**
 * Every check, in pipeline order. `validate` runs the conformance checks; `verify` runs all of
 * them on each credential, and the same list again on every nested credential (endorsements, a
 * CLR's credentials).
 */
export const CHECKS = [
  {
    id: 'parse',
    title: 'The input can be read: JSON text, a compact VC-JWT, bytes, or a baked PNG/SVG',
    reads: 'The raw input (text, bytes, object)',
    scope: BOTH,
  },
  {
    id: 'limits',
    title: 'The input stays within the size and count limits (hostile-input guard)',
    reads:
      'Sizes, depths and counts: input bytes, JSON depth, proofs, endorsements, nested credentials, status entries',
    scope: BOTH,
  },
  {
    id: 'context',
    title: 'The @context list is the spec’s: VC context first, the OB/CLR context, known versions',
    reads: '@context',
    scope: BOTH,
  },
  {
    id: 'jsonld',
    title:
      'The document is JSON-LD in the shape the checks read: defined terms at their normal places, nothing a signature would not cover',
    reads: 'Every key and IRI value, against the contexts in @context (bundled or supplied)',
    scope: BOTH,
  },
  {
    id: 'type',
    title: 'The types are the spec’s: an OB 3.0, CLR 2.0 or endorsement credential, typed classes',
    reads: 'type of the credential and of its nested objects',
    scope: BOTH,
  },
  {
    id: 'schema',
    title: 'The credential conforms to the official 1EdTech JSON Schema',
    reads: 'The whole credential',
    scope: BOTH,
  },
  {
    id: 'credential-schema',
    title: 'The credential conforms to every JSON Schema its credentialSchema names',
    reads: 'credentialSchema, and the schemas it names (bundled or supplied)',
    scope: BOTH,
  },
  {
    id: 'subject',
    title: 'The subject is identified by an id or an identifier',
    reads: 'credentialSubject',
    scope: BOTH,
  },
  {
    id: 'rules',
    title:
      'The spec’s rules that JSON Schema does not express (issuer id, evidence, images, criteria)',
    reads: 'issuer, evidence, image, achievement criteria',
    scope: BOTH,
  },
  {
    id: 'ob2',
    title: 'An Open Badges 2.0 assertion and the documents it links follow the OB 2.0 rules per class',
    reads: 'The Assertion, BadgeClass, Issuer Profile, CryptographicKey, RevocationList and their linked documents',
    scope: BOTH,
  },
  {
    id: 'proof',
    title: 'Every proof verifies with a key the issuer controls',
    reads: 'proof (embedded) or the JWS (VC-JWT), the verification method and its controller',
    scope: ['verify'],
  },
  {
    id: 'refresh',
    title: 'A refresh service is followed when asked (after the proof, at most once)',
    reads: 'refreshService',
    scope: ['verify'],
  },
  {
    id: 'status',
    title: 'The credential is not revoked or suspended',
    reads: 'credentialStatus, and the status or revocation list it points at',
    scope: ['verify'],
  },
  {
    id: 'dates',
    title: 'The dates are valid date-times in order; when verifying, now is within them',
    reads: 'validFrom, validUntil (issuanceDate, expirationDate in VC 1.1)',
    scope: BOTH,
  },
  {
    id: 'recipient',
    title: 'The credential was issued to the recipient you expect (with knownIdentifier)',
    reads: 'credentialSubject.id and credentialSubject.identifier',
    scope: ['verify'],
  },
  {
    id: 'endorsement',
    title: 'Every endorsement verifies and endorses the object it is attached to',
    reads: 'endorsement and endorsementJwt anywhere in the credential',
    scope: ['verify'],
  },
  {
    id: 'credentials',
    title: 'Every credential a CLR carries verifies and is about the same learner',
    reads: 'credentialSubject.verifiableCredential of a ClrCredential',
    scope: ['verify'],
  },
  {
    id: 'associations',
    title: 'A CLR’s associations link achievements of the record',
    reads: 'credentialSubject.association of a ClrCredential',
    scope: ['verify'],
  },
  {
    id: 'trust',
    title: 'The issuer is one you trust, or one a trust registry you rely on vouches for',
    reads: 'The issuer id and how its key is bound (DID method, domain), against your trust sources',
    scope: ['verify'],
  },
  {
    id: 'profile',
    title: 'The credential meets a quality profile (an institution’s or a built-in one)',
    reads: 'The fields the profile’s requirements name',
    scope: BOTH,
  },
  {
    id: 'recommended',
    title: 'Recommended practice (names, images, hashed identifiers): warnings and notes only',
    reads: 'Optional fields wallets and verifiers show',
    scope: ['validate'],
  },
  {
    id: 'internal',
    title: 'lerkit itself failed on this input (a bug: please report it)',
    reads: 'Nothing of its own; it catches what other checks did not',
    scope: BOTH,
  },
] as const satisfies readonly CheckDefinition[];

/** The id of a check: `'parse' | 'limits' | 'jsonld' | …` (see {@link CHECKS}). */
export type CheckId = (typeof CHECKS)[number]['id'];

/** Every check id, in pipeline order. */
export const CHECK_IDS: readonly CheckId[] = CHECKS.map((check) => check.id);

/**
 * Whether a value is a check id.
 *
 * @param value - Any value.
 * @returns `true` for one of {@link CHECK_IDS}.
 * @example
 * ```ts
 * isCheckId('jsonld'); // true
 * ```
 */
export function isCheckId(value: unknown): value is CheckId {
  return typeof value === 'string' && (CHECK_IDS as readonly string[]).includes(value);
}
