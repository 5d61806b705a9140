// Legacy classes: OB 3.0 credentials built on the VC Data Model 1.1 ("SharedLegacyCredentials-
// DataModels"), for verification only; new credentials MUST use the VC 2.0 classes. Each is the
// VC 2.0 class with what VC 1.1 names differently (@context, issuanceDate, expirationDate) and with
// its nested classes swapped for their 1.1 variants, derived here rather than copied.
import type {
  Context,
  DateTime,
  LangString,
  NoExtensions,
  OneOrMany,
  VcV1ContextUrl,
} from './common.js';
import type {
  AchievementBase,
  AchievementCredential,
  AchievementCredentialBase,
  AchievementSubjectBase,
  EndorsementCredential,
  EndorsementCredentialBase,
  ProfileBase,
} from './ob3.js';
import type { VerifiableCredentialBase } from './vc.js';

/** What the VC Data Model 1.1 names differently: the context, issuance and expiration dates. */
type V1p1Dates = 'validFrom' | 'validUntil';

/**
 * A Verifiable Credential as defined in the VC Data Model 1.1: as {@link VerifiableCredentialBase},
 * with the VC 1.1 context first, `issuanceDate` and `expirationDate`, an issuer Profile, and no
 * `evidence` of its own.
 */
export interface VerifiableCredentialV1p1Base
  extends Omit<VerifiableCredentialBase, '@context' | 'issuer' | 'evidence' | V1p1Dates> {
  /**
   * The value of the `@context` property MUST be an ordered set where the first item is a URI with
   * the value 'https://www.w3.org/2018/credentials/v1'.
   */
  '@context': [VcV1ContextUrl, ...Context[]];
  /** A description of the individual, entity, or organization that issued the credential. */
  issuer: ProfileV1p1;
  /** Timestamp of when the credential was issued (with a time zone). */
  issuanceDate: DateTime;
  /** A timestamp when the credential should no longer be considered valid (expired). */
  expirationDate?: DateTime;
}

/**
 * A Verifiable Credential as defined in the VC Data Model 1.1, of no particular OB/CLR class
 * (extensible).
 *
 * @typeParam X - Extension properties.
 */
export type VerifiableCredentialV1p1<X extends object = NoExtensions> =
  VerifiableCredentialV1p1Base & X;

/** A Profile in a VC Data Model 1.1 credential: as {@link ProfileBase}, with VC 1.1 endorsements. */
export interface ProfileV1p1Base extends Omit<ProfileBase, 'endorsement'> {
  /** Allows endorsers to make specific claims about the individual or organization. */
  endorsement?: OneOrMany<EndorsementCredentialV1p1>;
}

/**
 * A Profile in a VC Data Model 1.1 credential (extensible).
 *
 * @typeParam X - Extension properties.
 */
export type ProfileV1p1<X extends object = NoExtensions> = ProfileV1p1Base & X;

/** An Achievement in a VC Data Model 1.1 credential: its creator and endorsements are 1.1 too. */
export interface AchievementV1p1Base extends Omit<AchievementBase, 'creator' | 'endorsement'> {
  /** The person or organization that created the achievement definition. */
  creator?: ProfileV1p1;
  /** Allows endorsers to make specific claims about the Achievement. */
  endorsement?: OneOrMany<EndorsementCredentialV1p1>;
}

/**
 * An Achievement in a VC Data Model 1.1 credential (extensible).
 *
 * @typeParam X - Extension properties.
 */
export type AchievementV1p1<X extends object = NoExtensions> = AchievementV1p1Base & X;

/** An AchievementSubject in a VC Data Model 1.1 credential. */
export interface AchievementSubjectV1p1Base
  extends Omit<AchievementSubjectBase, 'achievement' | 'source'> {
  /** The achievement being awarded. */
  achievement: AchievementV1p1;
  /** The person, organization, or system that assessed the achievement on behalf of the issuer. */
  source?: ProfileV1p1;
}

/**
 * An AchievementSubject in a VC Data Model 1.1 credential (extensible).
 *
 * @typeParam X - Extension properties.
 */
export type AchievementSubjectV1p1<X extends object = NoExtensions> = AchievementSubjectV1p1Base &
  X;

/** The AchievementCredential properties that refer to VC 2.0-only classes or dates. */
type V2Only = '@context' | 'issuer' | 'credentialSubject' | 'endorsement' | V1p1Dates;

/**
 * An AchievementCredential built on the VC Data Model 1.1. For verification only: new credentials
 * MUST use {@link AchievementCredential}. The 1.1 model requires a `name`.
 */
export interface AchievementCredentialV1p1Base
  extends Omit<AchievementCredentialBase, V2Only | 'name'>,
    Omit<VerifiableCredentialV1p1Base, 'type' | 'credentialSubject' | 'id'> {
  /**
   * The value of the `@context` property MUST be an ordered set where the first item is a URI with
   * the value 'https://www.w3.org/2018/credentials/v1', and the second item is a URI with the value
   * 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'.
   */
  '@context': [VcV1ContextUrl, ...Context[]];
  /** The name of the credential for display purposes in wallets. */
  name: LangString;
  /** The recipient of the achievement. */
  credentialSubject: AchievementSubjectV1p1;
  /** Endorsements of the credential (Data Integrity proofs). */
  endorsement?: OneOrMany<EndorsementCredentialV1p1>;
}

/**
 * An AchievementCredential built on the VC Data Model 1.1 (extensible). For verification only.
 *
 * @typeParam X - Extension properties.
 */
export type AchievementCredentialV1p1<X extends object = NoExtensions> =
  AchievementCredentialV1p1Base & X;

/**
 * An EndorsementCredential built on the VC Data Model 1.1. For verification only: new credentials
 * MUST use {@link EndorsementCredential}. The 1.1 model requires a `name`.
 */
export interface EndorsementCredentialV1p1Base
  extends Omit<EndorsementCredentialBase, V2Only | 'name'>,
    Omit<VerifiableCredentialV1p1Base, 'type' | 'credentialSubject' | 'id'> {
  /**
   * The value of the `@context` property MUST be an ordered set where the first item is a URI with
   * the value 'https://www.w3.org/2018/credentials/v1', and the second item is a URI with the value
   * 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'.
   */
  '@context': [VcV1ContextUrl, ...Context[]];
  /** The name of the credential for display purposes in wallets. */
  name: LangString;
}

/**
 * An EndorsementCredential built on the VC Data Model 1.1 (extensible). For verification only.
 *
 * @typeParam X - Extension properties.
 */
export type EndorsementCredentialV1p1<X extends object = NoExtensions> =
  EndorsementCredentialV1p1Base & X;

/**
 * An AchievementCredential that might be built using the VC Data Model 1.1 or 2.0. The scope of
 * this class is only for verification purposes; new credentials MUST use
 * {@link AchievementCredential}.
 */
export type AnyAchievementCredential = AchievementCredential | AchievementCredentialV1p1;

/**
 * An EndorsementCredential that might be built using the VC Data Model 1.1 or 2.0. The scope of
 * this class is only for verification purposes; new credentials MUST use
 * {@link EndorsementCredential}.
 */
export type AnyEndorsementCredential = EndorsementCredential | EndorsementCredentialV1p1;
