// Open Badges 3.0 data model: the classes shared by OB 3.0 and CLR 2.0 ("SharedCredentialDataModels"),
// the VC Data Model 1.1 legacy classes ("SharedLegacyCredentialsDataModels") and the enumerations.
// Names, multiplicities and descriptions follow ../shared/spec/text/ob_v3p0/ob_v3p0-data-models.md;
// classes that file only includes from the 1EdTech CDM (Address, GeoCoordinates, IdentifierEntry,
// IdentifierTypeEnum, the Phone/Email/PersonNameParts mixins) follow the official JSON Schemas.
//
// Conventions (see also common.ts):
// - `0..*` / `1..*` properties are `OneOrMany<T>`: the JSON-LD-compaction schemas accept a single
//   value for every one of them.
// - Properties whose model type is String or Markdown (human-readable text) are `LangString`; URIs,
//   IRIs, codes, hashes and proof values stay plain strings (a language map is meaningless there).
// - A `type` the model says MUST *include* an IRI is `'X' | string[]`; one it says MUST *be* an IRI
//   is the literal `'X'`; credential types (two values needed) are `string[]`.
// - Classes with the model's Extensions mixin (or inheriting it from VerifiableCredential or
//   CredentialSubject) are `XBase & X`, where `X` declares extension properties; with the default
//   `X` they are exactly `XBase`, closed, so misspelt property names fail to compile.
import type {
  Context,
  DateTime,
  LangString,
  NoExtensions,
  OneOrMany,
  Uri,
  VcV2ContextUrl,
} from './common.js';
import type { VerifiableCredentialBase } from './vc.js';
import type {
  AchievementType,
  AlignmentTargetType,
  IdentifierTypeEnum,
  ResultStatusType,
  ResultType,
} from './vocabulary.js';

// ---------------------------------------------------------------------------------------------
// Open Badges 3.0 classes
// ---------------------------------------------------------------------------------------------

/**
 * Metadata about images that represent assertions, achievements or profiles. These properties can
 * typically be represented as just the id string of the image, but using a fleshed-out document
 * allows for including captions and other applicable metadata.
 */
export interface Image {
  /** The URI or Data URI of the image. */
  id: Uri;
  /** MUST be the IRI 'Image'. */
  type: 'Image';
  /** The caption for the image. */
  caption?: LangString;
}

/** A collection of information about the recipient of an achievement. */
export interface IdentityObject {
  /** MUST be the IRI 'IdentityObject'. */
  type: 'IdentityObject';
  /** Whether or not the `identityHash` value is hashed. */
  hashed: boolean;
  /**
   * Either the IdentityHash of the identity or the plaintext value. If it's possible that the
   * plaintext transmission and storage of the identity value would leak personally identifiable
   * information where there is an expectation of privacy, it is strongly recommended that an
   * IdentityHash be used. An IdentityHash is an algorithm identifier (`md5` or `sha256`), a `$`
   * separator, and the hexadecimal hash of the identifier with the optional salt appended.
   */
  identityHash: string;
  /** The identity type. */
  identityType: IdentifierTypeEnum;
  /**
   * If the `identityHash` is hashed, this should contain the string used to salt the hash. If this
   * value is not provided, it should be assumed that the hash was not salted.
   */
  salt?: string;
}

/** An identifier of the described entity, with its type (1EdTech Common Data Model). */
export interface IdentifierEntry {
  /** MUST be the IRI 'IdentifierEntry'. */
  type: 'IdentifierEntry';
  /** An identifier. */
  identifier: string;
  /** The identifier type. */
  identifierType: IdentifierTypeEnum;
}

/** The geographic coordinates of a location. */
export interface GeoCoordinatesBase {
  /** MUST be the IRI 'GeoCoordinates'. */
  type: 'GeoCoordinates';
  /** The latitude of the location (WGS84). */
  latitude: number;
  /** The longitude of the location (WGS84). */
  longitude: number;
}

/**
 * The geographic coordinates of a location (extensible).
 *
 * @typeParam X - Extension properties.
 */
export type GeoCoordinates<X extends object = NoExtensions> = GeoCoordinatesBase & X;

/** An address for the described entity. */
export interface AddressBase {
  /**
   * The value of the type property MUST be an unordered set. One of the items MUST be the IRI
   * 'Address'.
   */
  type: 'Address' | string[];
  /** A country. */
  addressCountry?: LangString;
  /** A country code. The value must be a ISO 3166-1 alpha-2 country code. */
  addressCountryCode?: string;
  /** A region within the country. */
  addressRegion?: LangString;
  /** A locality within the region. */
  addressLocality?: LangString;
  /** A street address within the locality. */
  streetAddress?: LangString;
  /** A post office box number for PO box addresses. */
  postOfficeBoxNumber?: LangString;
  /** A postal code. */
  postalCode?: LangString;
  /** The geographic coordinates of the location. */
  geo?: GeoCoordinates;
}

/**
 * An address for the described entity (extensible).
 *
 * @typeParam X - Extension properties.
 */
export type Address<X extends object = NoExtensions> = AddressBase & X;

/**
 * A Profile is a collection of information that describes the entity or organization using Open
 * Badges. Issuers must be represented as Profiles, and endorsers, or other entities may also be
 * represented using this vocabulary.
 */
export interface ProfileBase {
  /**
   * JSON-LD context of a standalone Profile document (an issuer profile published at its `id`, the
   * body of the getProfile / putProfile API). Not a property of the model; leave it out when the
   * profile is embedded in a credential.
   */
  '@context'?: OneOrMany<Context>;
  /** Unique URI for the Issuer/Profile file. */
  id: Uri;
  /**
   * The value of the type property MUST be an unordered set. One of the items MUST be the IRI
   * 'Profile'.
   */
  type: 'Profile' | string[];
  /** The name of the entity or organization. */
  name?: LangString;
  /**
   * The homepage or social media profile of the entity, whether individual or institutional.
   * Should be a URL/URI Accessible via HTTP.
   */
  url?: Uri;
  /** A phone number. */
  phone?: string;
  /** A short description of the issuer entity or organization. */
  description?: LangString;
  /**
   * Allows endorsers to make specific claims about the individual or organization represented by
   * this profile. These endorsements are signed with a Data Integrity proof format.
   */
  endorsement?: OneOrMany<EndorsementCredential>;
  /**
   * Allows endorsers to make specific claims about the individual or organization represented by
   * this profile. These endorsements are signed with the VC-JWT proof format (compact JWS strings).
   */
  endorsementJwt?: OneOrMany<string>;
  /** An image representing the issuer. This must be a PNG or SVG image. */
  image?: Image;
  /** An email address. */
  email?: string;
  /** An address for the individual or organization. */
  address?: Address;
  /** A list of identifiers for the described entity. */
  otherIdentifier?: OneOrMany<IdentifierEntry>;
  /**
   * If the entity is an organization, `official` is the name of an authorized official of the
   * organization.
   */
  official?: LangString;
  /** The parent organization of the entity. */
  parentOrg?: Profile;
  /** Given name. In the western world, often referred to as the 'first name' of a person. */
  givenName?: LangString;
  /** Family name. In the western world, often referred to as the 'last name' of a person. */
  familyName?: LangString;
  /** Additional name. Includes what is often referred to as 'middle name' in the western world. */
  additionalName?: LangString;
  /** Patronymic name. */
  patronymicName?: LangString;
  /** Honorific prefix(es) preceding a person's name (e.g. 'Dr', 'Mrs' or 'Mr'). */
  honorificPrefix?: LangString;
  /** Honorific suffix(es) following a person's name (e.g. 'M.D, PhD'). */
  honorificSuffix?: LangString;
  /**
   * Family name prefix. As used in some locales, this is the leading part of a family name (e.g.
   * 'de' in the name 'de Boer').
   */
  familyNamePrefix?: LangString;
  /** Birthdate of the person (an XSD date, e.g. `1990-12-31`). */
  dateOfBirth?: string;
}

/**
 * A Profile describes an entity or organization using Open Badges: an issuer, an endorser, a
 * creator, a source (extensible).
 *
 * @typeParam X - Extension properties.
 */
export type Profile<X extends object = NoExtensions> = ProfileBase & X;

/**
 * A description of the individual, entity, or organization that issued the credential. Either a
 * URI with the Unique URI for the Issuer/Profile file, or a Profile object MUST be supplied.
 */
export type ProfileRef = Uri | Profile;

/**
 * Descriptive metadata about the achievements necessary to be recognized with an assertion of a
 * particular achievement. Implementations SHOULD provide, at least, one of the `id` or `narrative`
 * fields.
 */
export interface CriteriaBase {
  /**
   * The URI of a webpage that describes in a human-readable format the criteria for the
   * achievement.
   */
  id?: Uri;
  /** A narrative of what is needed to earn the achievement. Markdown is allowed. */
  narrative?: LangString;
}

/**
 * Descriptive metadata about what is needed to earn an achievement (extensible).
 *
 * @typeParam X - Extension properties.
 */
export type Criteria<X extends object = NoExtensions> = CriteriaBase & X;

/** Describes an alignment between an achievement and a node in an educational framework. */
export interface AlignmentBase {
  /**
   * The value of the type property MUST be an unordered set. One of the items MUST be the IRI
   * 'Alignment'.
   */
  type: 'Alignment' | string[];
  /**
   * If applicable, a locally unique string identifier that identifies the alignment target within
   * its framework and/or targetUrl.
   */
  targetCode?: LangString;
  /** Short description of the alignment target. */
  targetDescription?: LangString;
  /** Name of the alignment. */
  targetName: LangString;
  /** Name of the framework the alignment target. */
  targetFramework?: LangString;
  /** The type of the alignment target node. */
  targetType?: AlignmentTargetType;
  /**
   * URL linking to the official description of the alignment target, for example an individual
   * standard within an educational framework.
   */
  targetUrl: Uri;
}

/**
 * Describes an alignment between an achievement and a node in an educational framework
 * (extensible).
 *
 * @typeParam X - Extension properties.
 */
export type Alignment<X extends object = NoExtensions> = AlignmentBase & X;

/** Identifies a related achievement. */
export interface RelatedBase {
  /** The related achievement. */
  id: Uri;
  /**
   * The value of the type property MUST be an unordered set. One of the items MUST be the IRI
   * 'Related'.
   */
  type: 'Related' | string[];
  /** The language of the related achievement (a BCP 47 language code). */
  inLanguage?: string;
  /** The version of the related achievement. */
  version?: LangString;
}

/**
 * Identifies a related achievement (extensible).
 *
 * @typeParam X - Extension properties.
 */
export type Related<X extends object = NoExtensions> = RelatedBase & X;

/** Describes a rubric criterion level. */
export interface RubricCriterionLevelBase {
  /**
   * The unique URI for this rubric criterion level. Required so a result can link to this rubric
   * criterion level.
   */
  id: Uri;
  /**
   * The value of the type property MUST be an unordered set. One of the items MUST be the IRI
   * 'RubricCriterionLevel'.
   */
  type: 'RubricCriterionLevel' | string[];
  /**
   * Alignments between this rubric criterion level and a rubric criterion levels defined in
   * external frameworks.
   */
  alignment?: OneOrMany<Alignment>;
  /** Description of the rubric criterion level. */
  description?: LangString;
  /** The rubric performance level in terms of success. */
  level?: LangString;
  /** The name of the rubric criterion level. */
  name: LangString;
  /** The points associated with this rubric criterion level. */
  points?: LangString;
}

/**
 * Describes a rubric criterion level (extensible).
 *
 * @typeParam X - Extension properties.
 */
export type RubricCriterionLevel<X extends object = NoExtensions> = RubricCriterionLevelBase & X;

/** Describes a possible achievement result. */
export interface ResultDescriptionBase {
  /**
   * The unique URI for this result description. Required so a result can link to this result
   * description.
   */
  id: Uri;
  /**
   * The value of the type property MUST be an unordered set. One of the items MUST be the IRI
   * 'ResultDescription'.
   */
  type: 'ResultDescription' | string[];
  /** Alignments between this result description and nodes in external frameworks. */
  alignment?: OneOrMany<Alignment>;
  /**
   * An ordered list of allowed values. The values should be ordered from low to high as determined
   * by the achievement creator.
   */
  allowedValue?: OneOrMany<LangString>;
  /** The name of the result. */
  name: LangString;
  /**
   * The `id` of the rubric criterion level required to pass as determined by the achievement
   * creator.
   */
  requiredLevel?: Uri;
  /**
   * A value from `allowedValue` or within the range of `valueMin` to `valueMax` required to pass
   * as determined by the achievement creator.
   */
  requiredValue?: LangString;
  /**
   * The type of result this description represents. This is an extensible enumerated vocabulary.
   */
  resultType: ResultType;
  /**
   * An ordered array of rubric criterion levels that may be asserted in the linked result. The
   * levels should be ordered from low to high as determined by the achievement creator.
   */
  rubricCriterionLevel?: OneOrMany<RubricCriterionLevel>;
  /** The maximum possible `value` that may be asserted in a linked result. */
  valueMax?: LangString;
  /** The minimum possible `value` that may be asserted in a linked result. */
  valueMin?: LangString;
}

/**
 * Describes a possible achievement result (extensible).
 *
 * @typeParam X - Extension properties.
 */
export type ResultDescription<X extends object = NoExtensions> = ResultDescriptionBase & X;

/** Describes a result that was achieved. */
export interface ResultBase {
  /**
   * The value of the type property MUST be an unordered set. One of the items MUST be the IRI
   * 'Result'.
   */
  type: 'Result' | string[];
  /**
   * If the result represents an achieved rubric criterion level (e.g. Mastered), the value is the
   * `id` of the RubricCriterionLevel in linked ResultDescription.
   */
  achievedLevel?: Uri;
  /**
   * The alignments between this result and nodes in external frameworks. This set of alignments
   * are in addition to the set of alignments defined in the corresponding ResultDescription object.
   */
  alignment?: OneOrMany<Alignment>;
  /**
   * An achievement can have many result descriptions describing possible results. The value of
   * `resultDescription` is the `id` of the result description linked to this result. The linked
   * result description must be in the achievement that is being asserted.
   */
  resultDescription?: Uri;
  /**
   * The status of the achievement. Required if `resultType` of the linked ResultDescription is
   * Status.
   */
  status?: ResultStatusType;
  /**
   * A string representing the result of the performance, or demonstration, of the achievement. For
   * example, 'A' if the recipient received an A grade in class.
   */
  value?: LangString;
}

/**
 * Describes a result that was achieved (extensible).
 *
 * @typeParam X - Extension properties.
 */
export type Result<X extends object = NoExtensions> = ResultBase & X;

/**
 * Descriptive metadata about evidence related to the achievement assertion. Each instance of the
 * evidence class present in an assertion corresponds to one entity, though a single entry can
 * describe a set of items collectively.
 */
export interface EvidenceBase {
  /**
   * The URL of a webpage presenting evidence of achievement or the evidence encoded as a Data URI.
   * The schema of the webpage is undefined.
   */
  id?: Uri;
  /**
   * The value of the type property MUST be an unordered set. One of the items MUST be the IRI
   * 'Evidence'.
   */
  type: 'Evidence' | string[];
  /**
   * A narrative that describes the evidence and process of achievement that led to an assertion.
   * Markdown is allowed.
   */
  narrative?: LangString;
  /** A descriptive title of the evidence. */
  name?: LangString;
  /** A longer description of the evidence. */
  description?: LangString;
  /** A string that describes the type of evidence. For example, Poetry, Prose, Film. */
  genre?: LangString;
  /** A description of the intended audience for a piece of evidence. */
  audience?: LangString;
}

/**
 * Descriptive metadata about evidence related to the achievement assertion (extensible).
 *
 * @typeParam X - Extension properties.
 */
export type Evidence<X extends object = NoExtensions> = EvidenceBase & X;

/**
 * A collection of information about the accomplishment recognized by the Assertion. Many
 * assertions may be created corresponding to one Achievement.
 */
export interface AchievementBase {
  /**
   * JSON-LD context of a standalone Achievement document (an achievement published at its `id`).
   * Not a property of the model; leave it out when the achievement is embedded in a credential.
   */
  '@context'?: OneOrMany<Context>;
  /** Unique URI for the Achievement. */
  id: Uri;
  /** The type MUST include the IRI 'Achievement'. */
  type: 'Achievement' | string[];
  /**
   * An object describing which objectives or educational standards this achievement aligns to, if
   * any.
   */
  alignment?: OneOrMany<Alignment>;
  /** The type of achievement. This is an extensible vocabulary. */
  achievementType?: AchievementType;
  /** The person or organization that created the achievement definition. */
  creator?: Profile;
  /** Credit hours associated with this entity, or credit hours possible. For example 3.0. */
  creditsAvailable?: number;
  /** Criteria describing how to earn the achievement. */
  criteria: Criteria;
  /** A short description of the achievement. */
  description: LangString;
  /**
   * Allows endorsers to make specific claims about the Achievement. These endorsements are signed
   * with a Data Integrity proof format.
   */
  endorsement?: OneOrMany<EndorsementCredential>;
  /**
   * Allows endorsers to make specific claims about the Achievement. These endorsements are signed
   * with the VC-JWT proof format (compact JWS strings).
   */
  endorsementJwt?: OneOrMany<string>;
  /**
   * Category, subject, area of study, discipline, or general branch of knowledge. Examples include
   * Business, Education, Psychology, and Technology.
   */
  fieldOfStudy?: LangString;
  /** The code, generally human readable, associated with an achievement. */
  humanCode?: LangString;
  /** An image representing the achievement. */
  image?: Image;
  /** The language of the achievement (a BCP 47 language code). */
  inLanguage?: string;
  /** The name of the achievement. */
  name: LangString;
  /** A list of identifiers for the described entity. */
  otherIdentifier?: OneOrMany<IdentifierEntry>;
  /**
   * The related property identifies another Achievement that should be considered the same for
   * most purposes. It is primarily intended to identify alternate language editions or previous
   * versions of Achievements.
   */
  related?: OneOrMany<Related>;
  /** The set of result descriptions that may be asserted as results with this achievement. */
  resultDescription?: OneOrMany<ResultDescription>;
  /**
   * Name given to the focus, concentration, or specific area of study defined in the achievement.
   * Examples include 'Entrepreneurship', 'Technical Communication', and 'Finance'.
   */
  specialization?: LangString;
  /**
   * One or more short, human-friendly, searchable, keywords that describe the type of
   * achievement.
   */
  tag?: OneOrMany<LangString>;
  /**
   * The version property allows issuers to set a version string for an Achievement. This is
   * particularly useful when replacing a previous version with an update.
   */
  version?: LangString;
}

/**
 * A collection of information about the accomplishment recognized by the Assertion (extensible).
 *
 * @typeParam X - Extension properties.
 */
export type Achievement<X extends object = NoExtensions> = AchievementBase & X;

/**
 * A collection of information about the recipient of an achievement. Maps to Credential Subject in
 * the VC Data Model 2.0.
 */
export interface AchievementSubjectBase {
  /**
   * An identifier for the Credential Subject. Either `id` or at least one `identifier` MUST be
   * supplied.
   */
  id?: Uri;
  /**
   * The value of the type property MUST be an unordered set. One of the items MUST be the IRI
   * 'AchievementSubject'.
   */
  type: 'AchievementSubject' | string[];
  /** The datetime the activity ended. */
  activityEndDate?: DateTime;
  /** The datetime the activity started. */
  activityStartDate?: DateTime;
  /**
   * The number of credits earned, generally in semester or quarter credit hours. This field
   * correlates with the Achievement `creditsAvailable` field.
   */
  creditsEarned?: number;
  /** The achievement being awarded. */
  achievement: Achievement;
  /**
   * Other identifiers for the recipient of the achievement. Either `id` or at least one
   * `identifier` MUST be supplied.
   */
  identifier?: OneOrMany<IdentityObject>;
  /**
   * An image representing this user's achievement. If present, this must be a PNG or SVG image,
   * and should be prepared via the 'baking' instructions. An 'unbaked' image for the achievement is
   * defined in the Achievement class and should not be duplicated here.
   */
  image?: Image;
  /** The license number that was issued with this credential. */
  licenseNumber?: LangString;
  /**
   * A narrative that connects multiple pieces of evidence. Likely only present at this location if
   * evidence is a multi-value array. Markdown is allowed.
   */
  narrative?: LangString;
  /** The set of results being asserted. */
  result?: OneOrMany<Result>;
  /**
   * Role, position, or title of the learner when demonstrating or performing the achievement or
   * evidence of learning being asserted. Examples include 'Student President', 'Intern',
   * 'Captain', etc.
   */
  role?: LangString;
  /**
   * The person, organization, or system that assessed the achievement on behalf of the issuer. For
   * example, a school may assess the achievement, while the school district issues the credential.
   */
  source?: Profile;
  /** The academic term in which this assertion was achieved. */
  term?: LangString;
}

/**
 * A collection of information about the recipient of an achievement (extensible).
 *
 * @typeParam X - Extension properties.
 */
export type AchievementSubject<X extends object = NoExtensions> = AchievementSubjectBase & X;

/**
 * AchievementCredentials are representations of an awarded achievement, used to share information
 * about a achievement belonging to one earner. Maps to a Verifiable Credential as defined in the VC
 * Data Model 2.0. At least one proof mechanism, and the details necessary to evaluate that proof,
 * MUST be expressed for a credential to be a verifiable credential. In the case of an embedded
 * proof, the credential MUST append the proof in the `proof` property.
 */
export interface AchievementCredentialBase extends VerifiableCredentialBase {
  /**
   * The value of the `@context` property MUST be an ordered set where the first item is a URI with
   * the value 'https://www.w3.org/ns/credentials/v2', and the second item is a URI with the value
   * 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'.
   */
  '@context': [VcV2ContextUrl, ...Context[]];
  /** Unambiguous reference to the credential. */
  id: Uri;
  /**
   * The value of the type property MUST be an unordered set. One of the items MUST be the URI
   * 'VerifiableCredential', and one of the items MUST be the URI 'AchievementCredential' or the URI
   * 'OpenBadgeCredential'.
   */
  type: string[];
  /**
   * The name of the credential for display purposes in wallets. For example, in a list of
   * credentials and in detail views.
   */
  name?: LangString;
  /** The short description of the credential for display purposes in wallets. */
  description?: LangString;
  /** The image representing the credential for display purposes in wallets. */
  image?: Image;
  /**
   * Timestamp of when the credential was awarded. `validFrom` is used to determine the most recent
   * version of a Credential in conjunction with `issuer` and `id`. Consequently, the only way to
   * update a Credential is to update the `validFrom`, losing the date when the Credential was
   * originally awarded. `awardedDate` is meant to keep this original date.
   */
  awardedDate?: DateTime;
  /** The recipient of the achievement. */
  credentialSubject: AchievementSubject;
  /**
   * Allows endorsers to make specific claims about the credential, and the achievement and profiles
   * in the credential. These endorsements are signed with a Data Integrity proof format.
   */
  endorsement?: OneOrMany<EndorsementCredential>;
  /**
   * Allows endorsers to make specific claims about the credential, and the achievement and profiles
   * in the credential. These endorsements are signed with the VC-JWT proof format (compact JWS
   * strings).
   */
  endorsementJwt?: OneOrMany<string>;
  /**
   * A description of the work that the recipient did to earn the achievement. This can be a page
   * that links out to other pages if linking directly to the work is infeasible.
   */
  evidence?: OneOrMany<Evidence>;
}

/**
 * An Open Badges 3.0 credential (VC Data Model 2.0): a representation of an awarded achievement
 * belonging to one earner (extensible).
 *
 * @typeParam X - Extension properties.
 */
export type AchievementCredential<X extends object = NoExtensions> = AchievementCredentialBase & X;

/**
 * The other name of {@link AchievementCredential}: its `type` may say `OpenBadgeCredential`
 * instead of `AchievementCredential`.
 *
 * @typeParam X - Extension properties.
 */
export type OpenBadgeCredential<X extends object = NoExtensions> = AchievementCredential<X>;

/** A collection of information about the subject of the endorsement. */
export interface EndorsementSubjectBase {
  /**
   * The identifier of the individual, entity, organization, assertion, or achievement that is
   * endorsed.
   */
  id: Uri;
  /**
   * The value of the type property MUST be an unordered set. One of the items MUST be the URI
   * 'EndorsementSubject'.
   */
  type: 'EndorsementSubject' | string[];
  /** Allows endorsers to make a simple claim in writing about the entity. Markdown is allowed. */
  endorsementComment?: LangString;
}

/**
 * A collection of information about the subject of the endorsement (extensible).
 *
 * @typeParam X - Extension properties.
 */
export type EndorsementSubject<X extends object = NoExtensions> = EndorsementSubjectBase & X;

/**
 * A verifiable credential that asserts a claim about an entity. At least one proof mechanism, and
 * the details necessary to evaluate that proof, MUST be expressed for a credential to be a
 * verifiable credential. In the case of an embedded proof, the credential MUST append the proof in
 * the `proof` property.
 */
export interface EndorsementCredentialBase extends VerifiableCredentialBase {
  /**
   * The value of the `@context` property MUST be an ordered set where the first item is a URI with
   * the value 'https://www.w3.org/ns/credentials/v2', and the second item is a URI with the value
   * 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'.
   */
  '@context': [VcV2ContextUrl, ...Context[]];
  /**
   * The value of the type property MUST be an unordered set. One of the items MUST be the URI
   * 'VerifiableCredential', and one of the items MUST be the URI 'EndorsementCredential'.
   */
  type: string[];
  /** Unambiguous reference to the credential. */
  id: Uri;
  /**
   * The name of the credential for display purposes in wallets. For example, in a list of
   * credentials and in detail views.
   */
  name: LangString;
  /** The short description of the credential for display purposes in wallets. */
  description?: LangString;
  /**
   * The individual, entity, organization, assertion, or achievement that is endorsed and the
   * endorsement comment.
   */
  credentialSubject: EndorsementSubject;
  /**
   * Timestamp of when the credential was awarded. `validFrom` is used to determine the most recent
   * version of a Credential in conjunction with `issuer` and `id`. `awardedDate` is meant to keep
   * the original date.
   */
  awardedDate?: DateTime;
}

/**
 * An Open Badges 3.0 EndorsementCredential (VC Data Model 2.0): a verifiable credential that
 * asserts a claim about an entity (extensible).
 *
 * @typeParam X - Extension properties.
 */
export type EndorsementCredential<X extends object = NoExtensions> = EndorsementCredentialBase & X;
