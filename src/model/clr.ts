// Comprehensive Learner Record 2.0 data model. Names, multiplicities and descriptions follow the
// published ClrCredential JSON Schema (../shared/spec/text/clr_v2p0/clr_v2p0-data-model-from-json-schema.md,
// schemas/json-ld-compaction/clr_v2p0_clrcredential_schema.json); the conventions are those of
// ob3.ts. The CLR 2.0 specification text is not public, so the VC 1.1 shapes at the end are derived
// from the OB 3.0 legacy classes the same way (issuanceDate/expirationDate, VC 1.1 context).
import type {
  Context,
  DateTime,
  LangString,
  NoExtensions,
  OneOrMany,
  Uri,
  VcV1ContextUrl,
  VcV2ContextUrl,
} from './common.js';
import type {
  Achievement,
  AchievementCredential,
  EndorsementCredential,
  Evidence,
  IdentityObject,
  Image,
} from './ob3.js';
import type {
  AchievementCredentialV1p1,
  AchievementV1p1,
  EndorsementCredentialV1p1,
  VerifiableCredentialV1p1,
  VerifiableCredentialV1p1Base,
} from './ob3-v1p1.js';
import type { VerifiableCredential, VerifiableCredentialBase } from './vc.js';

/**
 * Terms of the CLR 2.0 AssociationType vocabulary (not extensible): the semantic relationship
 * between a source and a target achievement, e.g. `isChildOf` when the source achievement is the
 * child of the target achievement.
 */
export const ASSOCIATION_TYPES = [
  'exactMatchOf',
  'isChildOf',
  'isParentOf',
  'isPartOf',
  'isPeerOf',
  'isRelatedTo',
  'precedes',
  'replacedBy',
] as const;

/**
 * A vocabulary of association types. Associations describe the semantic relationship between two
 * achievements. Not extensible: only the terms of {@link ASSOCIATION_TYPES}.
 */
export type AssociationType = (typeof ASSOCIATION_TYPES)[number];

/**
 * An Association describes the semantic relationship between two achievements and the credentials
 * that assert those achievements.
 */
export interface Association {
  /** The value of the type property MUST be 'Association'. */
  type: 'Association';
  /**
   * The type of relationship between a source achievement and a target achievement. For example the
   * source achievement is the child of the target achievement.
   */
  associationType: AssociationType;
  /** The `id` of the source achievement. */
  sourceId: Uri;
  /** The `id` of the target achievement. */
  targetId: Uri;
}

/** A collection of information about the learner that is the subject of this CLR credential. */
export interface ClrSubjectBase {
  /**
   * An identifier for the recipient of the CLR credential. Either `id` or at least one
   * `identifier` is required.
   */
  id?: Uri;
  /** The property MUST contain the IRI `ClrSubject`. */
  type: 'ClrSubject' | string[];
  /**
   * Other identifiers for the recipient of the CLR credential. Either `id` or at least one
   * `identifier` is required.
   */
  identifier?: OneOrMany<IdentityObject>;
  /** Achievements of the learner that the record includes, e.g. the ends of its associations. */
  achievement?: OneOrMany<Achievement>;
  /**
   * The signed credentials (typically AchievementCredentials) asserting the learner's achievements.
   * At least one is required.
   */
  verifiableCredential: OneOrMany<AchievementCredential | VerifiableCredential>;
  /** Associations between the achievements of the record (`sourceId` / `targetId` are their ids). */
  association?: OneOrMany<Association>;
}

/**
 * A collection of information about the learner that is the subject of this CLR credential
 * (extensible).
 *
 * @typeParam X - Extension properties.
 */
export type ClrSubject<X extends object = NoExtensions> = ClrSubjectBase & X;

/**
 * A ClrCredential is a CLR with all the properties needed to conform with a Verifiable Credential as
 * defined in the VC Data Model 2.0.
 */
export interface ClrCredentialBase extends VerifiableCredentialBase {
  /**
   * An ordered set: 'https://www.w3.org/ns/credentials/v2', then the CLR 2.0 context
   * (`https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json`), then the OB 3.0 context
   * (`https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json`), then any other contexts.
   */
  '@context': [VcV2ContextUrl, ...Context[]];
  /**
   * The value of the type property MUST be an unordered set. One of the items MUST be the IRI
   * `VerifiableCredential`, and one of the items MUST be the IRI `ClrCredential`.
   */
  type: string[];
  /** Unambiguous reference to the credential. */
  id: Uri;
  /** The name of the CLR. May be displayed by wallet user interfaces. */
  name: LangString;
  /** Optional description of the CLR. May be displayed by wallet user interfaces. */
  description?: LangString;
  /**
   * Allows endorsers to make specific claims about the ClrCredential, or any AssertionCredential,
   * Achievement, or Profile referenced in the ClrCredential. These endorsements are signed with a
   * Data Integrity proof format.
   */
  endorsement?: OneOrMany<EndorsementCredential>;
  /**
   * Allows endorsers to make specific claims about the ClrCredential, or any AssertionCredential,
   * Achievement, or Profile referenced in the ClrCredential. These endorsements are signed with the
   * VC-JWT proof format (compact JWS strings).
   */
  endorsementJwt?: OneOrMany<string>;
  /** An image representing the CLR, for wallets to display. */
  image?: Image;
  /**
   * True if CLR does not contain all the assertions known by the publisher for the learner at the
   * time the CLR is issued. Useful if you are sending a small set of achievements in real time when
   * they are achieved. If False or omitted, the CLR SHOULD be interpreted as containing all the
   * assertions for the learner known by the publisher at the time of issue.
   */
  partial?: boolean;
  /** The learner that is the subject of this CLR, with the credentials it contains. */
  credentialSubject: ClrSubject;
  /**
   * Timestamp of when the credential was awarded. `validFrom` is used to determine the most recent
   * version of a Credential in conjunction with `issuer` and `id`. `awardedDate` is meant to keep
   * the original date.
   */
  awardedDate?: DateTime;
  /** Evidence supporting the record. */
  evidence?: OneOrMany<Evidence>;
}

/**
 * A Comprehensive Learner Record 2.0 credential (VC Data Model 2.0), extensible.
 *
 * @typeParam X - Extension properties.
 */
export type ClrCredential<X extends object = NoExtensions> = ClrCredentialBase & X;

/**
 * The subject of a VC Data Model 1.1 ClrCredential: as {@link ClrSubjectBase}, with VC 1.1
 * achievements and credentials.
 */
export interface ClrSubjectV1p1Base {
  /**
   * An identifier for the recipient of the CLR credential. Either `id` or at least one
   * `identifier` is required.
   */
  id?: Uri;
  /** The property MUST contain the IRI `ClrSubject`. */
  type: 'ClrSubject' | string[];
  /**
   * Other identifiers for the recipient of the CLR credential. Either `id` or at least one
   * `identifier` is required.
   */
  identifier?: OneOrMany<IdentityObject>;
  /** Achievements of the learner that the record includes, e.g. the ends of its associations. */
  achievement?: OneOrMany<AchievementV1p1>;
  /**
   * The signed credentials (typically AchievementCredentials) asserting the learner's achievements.
   * At least one is required.
   */
  verifiableCredential: OneOrMany<AchievementCredentialV1p1 | VerifiableCredentialV1p1>;
  /** Associations between the achievements of the record (`sourceId` / `targetId` are their ids). */
  association?: OneOrMany<Association>;
}

/**
 * The subject of a VC Data Model 1.1 ClrCredential (extensible).
 *
 * @typeParam X - Extension properties.
 */
export type ClrSubjectV1p1<X extends object = NoExtensions> = ClrSubjectV1p1Base & X;

/**
 * A ClrCredential built on the VC Data Model 1.1 (`issuanceDate` / `expirationDate`, the VC 1.1
 * context first). For verification of legacy records only; new records MUST use
 * {@link ClrCredential}.
 */
export interface ClrCredentialV1p1Base extends VerifiableCredentialV1p1Base {
  /**
   * An ordered set: 'https://www.w3.org/2018/credentials/v1', then the CLR 2.0 context, then the OB
   * 3.0 context, then any other contexts.
   */
  '@context': [VcV1ContextUrl, ...Context[]];
  /**
   * The value of the type property MUST be an unordered set. One of the items MUST be the IRI
   * `VerifiableCredential`, and one of the items MUST be the IRI `ClrCredential`.
   */
  type: string[];
  /** Unambiguous reference to the credential. */
  id: Uri;
  /** The name of the CLR. May be displayed by wallet user interfaces. */
  name: LangString;
  /** Optional description of the CLR. May be displayed by wallet user interfaces. */
  description?: LangString;
  /**
   * Allows endorsers to make specific claims about the ClrCredential, or anything it references.
   * These endorsements are signed with a Data Integrity proof format.
   */
  endorsement?: OneOrMany<EndorsementCredentialV1p1>;
  /**
   * Allows endorsers to make specific claims about the ClrCredential, or anything it references.
   * These endorsements are signed with the VC-JWT proof format (compact JWS strings).
   */
  endorsementJwt?: OneOrMany<string>;
  /** An image representing the CLR, for wallets to display. */
  image?: Image;
  /**
   * True if CLR does not contain all the assertions known by the publisher for the learner at the
   * time the CLR is issued. If False or omitted, the CLR SHOULD be interpreted as containing all the
   * assertions for the learner known by the publisher at the time of issue.
   */
  partial?: boolean;
  /** The learner that is the subject of this CLR, with the credentials it contains. */
  credentialSubject: ClrSubjectV1p1;
  /** Timestamp of when the credential was awarded. */
  awardedDate?: DateTime;
  /** Evidence supporting the record. */
  evidence?: OneOrMany<Evidence>;
}

/**
 * A ClrCredential built on the VC Data Model 1.1 (extensible). For verification only.
 *
 * @typeParam X - Extension properties.
 */
export type ClrCredentialV1p1<X extends object = NoExtensions> = ClrCredentialV1p1Base & X;

/**
 * A ClrCredential that might be built using the VC Data Model 1.1 or 2.0. For verification only;
 * new records MUST use {@link ClrCredential}.
 */
export type AnyClrCredential = ClrCredential | ClrCredentialV1p1;
