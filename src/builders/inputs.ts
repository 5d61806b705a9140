// Input types of the builders: the spec's property names, plain strings, a single value or an
// array wherever the spec allows several, and Date or string for dates. `id` and `type` are
// optional: builders fill them in.
import type { JsonObject } from '../internal/json.js';
import type {
  ACHIEVEMENT_TYPES,
  ALIGNMENT_TARGET_TYPES,
  ASSOCIATION_TYPES,
  IDENTIFIER_TYPES,
  RESULT_STATUS_TYPES,
  RESULT_TYPES,
} from '../model/index.js';
import type { IdentityInput, IdentityObjectJson } from './identity.js';
import type { ProgramInput } from './program.js';

/** One value, or several. */
export type Many<T> = T | T[];
/** An enumeration value or an `ext:` extension term. */
export type ExtensibleInput<V extends string> = V | `ext:${string}`;
/** A `Date`, or a date-time string with a time zone. */
export type DateTimeInput = Date | string;

/** Extra types, beyond the class's own (which is always added). */
export interface ExtraTypes {
  /** Additional `type` values; the class's own type is always added first. */
  type?: Many<string>;
}

/** Input of an Image. */
export interface ImageInput {
  /** URL or `data:` URI of the image. */
  id: string;
  /** Caption for the image. */
  caption?: string;
}

/** Input of GeoCoordinates. */
export interface GeoCoordinatesInput {
  /** Latitude in degrees. */
  latitude: number;
  /** Longitude in degrees. */
  longitude: number;
}

/** Input of an Address. */
export interface AddressInput extends ExtraTypes {
  /** Country name. */
  addressCountry?: string;
  /** ISO 3166-1 alpha-2 country code, e.g. `US`. */
  addressCountryCode?: string;
  /** Region (state, province). */
  addressRegion?: string;
  /** Locality (city). */
  addressLocality?: string;
  /** Street address. */
  streetAddress?: string;
  /** PO box number. */
  postOfficeBoxNumber?: string;
  /** Postal code. */
  postalCode?: string;
  /** Geographic coordinates. */
  geo?: GeoCoordinatesInput;
}

/** Input of an IdentifierEntry (another identifier of a profile or achievement). */
export interface IdentifierEntryInput {
  /** The identifier. */
  identifier: string;
  /** Its type, e.g. `sisSourcedId`, `isbn`, or `ext:…`. */
  identifierType: ExtensibleInput<(typeof IDENTIFIER_TYPES)[number]>;
}

/** Input of an Alignment to a competency, standard or framework item. */
export interface AlignmentInput extends ExtraTypes {
  /** URL of the aligned item. */
  targetUrl: string;
  /** Name of the aligned item. */
  targetName: string;
  /** Its code in the framework. */
  targetCode?: string;
  /** Its description. */
  targetDescription?: string;
  /** Name of the framework. */
  targetFramework?: string;
  /** Kind of target, e.g. `CFItem`, `ceasn:Competency`, or `ext:…`. */
  targetType?: ExtensibleInput<(typeof ALIGNMENT_TARGET_TYPES)[number]>;
}

/** Input of Criteria: a page describing them and/or a narrative. */
export interface CriteriaInput {
  /** URL of a page describing the criteria. */
  id?: string;
  /** What is needed to earn the achievement (Markdown). */
  narrative?: string;
}

/** Input of a Related achievement (another language edition or version). */
export interface RelatedInput extends ExtraTypes {
  /** Id of the related achievement. */
  id: string;
  /** Its language, e.g. `es`. */
  inLanguage?: string;
  /** Its version. */
  version?: string;
}

/** Input of a RubricCriterionLevel. */
export interface RubricCriterionLevelInput extends ExtraTypes {
  /** Id of the level. */
  id: string;
  /** Name of the level. */
  name: string;
  /** Alignments. */
  alignment?: Many<AlignmentInput>;
  /** Description. */
  description?: string;
  /** The rubric level, e.g. `Proficient`. */
  level?: string;
  /** Points for this level. */
  points?: string;
}

/** Input of a ResultDescription: a kind of result the achievement can carry. */
export interface ResultDescriptionInput extends ExtraTypes {
  /** Id, referenced by results. */
  id: string;
  /** Name, e.g. `Final grade`. */
  name: string;
  /** Kind of result, e.g. `LetterGrade`, `Percent`, or `ext:…`. */
  resultType: ExtensibleInput<(typeof RESULT_TYPES)[number]>;
  /** Alignments. */
  alignment?: Many<AlignmentInput>;
  /** The values a result may take. */
  allowedValue?: Many<string>;
  /** Id of the rubric level required to earn the achievement. */
  requiredLevel?: string;
  /** Value required to earn the achievement. */
  requiredValue?: string;
  /** Rubric levels. */
  rubricCriterionLevel?: Many<RubricCriterionLevelInput>;
  /** Maximum value. */
  valueMax?: string;
  /** Minimum value. */
  valueMin?: string;
}

/** Input of a Result the recipient obtained. */
export interface ResultInput extends ExtraTypes {
  /** Id of the rubric level achieved. */
  achievedLevel?: string;
  /** Alignments. */
  alignment?: Many<AlignmentInput>;
  /** Id of the ResultDescription this result is for. */
  resultDescription?: string;
  /** Status, e.g. `Completed`. */
  status?: (typeof RESULT_STATUS_TYPES)[number];
  /** The value, e.g. `A` or `93`. */
  value?: string;
}

/** Input of a Profile (issuer, creator, recipient profile). */
export interface ProfileInput extends ExtraTypes {
  /** Unique URI: for an issuer, the controller of its signing key (e.g. a DID). */
  id: string;
  /** Name of the person or organization. */
  name?: string;
  /** Homepage. */
  url?: string;
  /** Phone number. */
  phone?: string;
  /** Description. */
  description?: string;
  /** Endorsements (signed credentials). */
  endorsement?: Many<object>;
  /** Endorsements as VC-JWTs. */
  endorsementJwt?: Many<string>;
  /** Logo or picture. */
  image?: ImageInput;
  /** Contact email. */
  email?: string;
  /** Postal address. */
  address?: AddressInput;
  /** Other identifiers. */
  otherIdentifier?: Many<IdentifierEntryInput>;
  /** If the entity is an organization, its official (signing) person. */
  official?: string;
  /** The parent organization. */
  parentOrg?: ProfileInput;
  /** Family name. */
  familyName?: string;
  /** Given name. */
  givenName?: string;
  /** Additional name. */
  additionalName?: string;
  /** Patronymic name. */
  patronymicName?: string;
  /** Honorific prefix, e.g. `Dr`. */
  honorificPrefix?: string;
  /** Honorific suffix, e.g. `PhD`. */
  honorificSuffix?: string;
  /** Family name prefix, e.g. `van der`. */
  familyNamePrefix?: string;
  /** Date of birth, `YYYY-MM-DD`. */
  dateOfBirth?: string;
  /** Extension properties merged into the profile. */
  extensions?: JsonObject;
}

/** Input of an Achievement. */
export interface AchievementInput extends ExtraTypes {
  /** Unique URI; a `urn:uuid:` is generated when omitted. */
  id?: string;
  /** Name of the achievement. */
  name: string;
  /** Short description. */
  description: string;
  /** How to earn it. */
  criteria: CriteriaInput;
  /** Kind of achievement, e.g. `Badge`, `Course`, `Certificate`, or `ext:…`. */
  achievementType?: ExtensibleInput<(typeof ACHIEVEMENT_TYPES)[number]>;
  /** Alignments to competencies or standards. */
  alignment?: Many<AlignmentInput>;
  /** Who created the achievement definition. */
  creator?: ProfileInput;
  /** Credit hours available, e.g. 3.0. */
  creditsAvailable?: number;
  /** Endorsements (signed credentials). */
  endorsement?: Many<object>;
  /** Endorsements as VC-JWTs. */
  endorsementJwt?: Many<string>;
  /** Field of study, e.g. `Education`. */
  fieldOfStudy?: string;
  /** Human-readable code, e.g. `CS101`. */
  humanCode?: string;
  /** Image. */
  image?: ImageInput;
  /** Language, e.g. `en`. */
  inLanguage?: string;
  /** Other identifiers. */
  otherIdentifier?: Many<IdentifierEntryInput>;
  /** Other editions or versions. */
  related?: Many<RelatedInput>;
  /** Kinds of results the achievement can carry. */
  resultDescription?: Many<ResultDescriptionInput>;
  /** Specialization, e.g. `Finance`. */
  specialization?: string;
  /** Search keywords. */
  tag?: Many<string>;
  /** Version string. */
  version?: string;
  /**
   * What OB 3.0 has no property for — credit or non-credit, academic level, clock hours, how and
   * when it can be earned — through the lerkit Program extension: adds the `ProgramAchievement`
   * type, and credential builders add the extension's context and JSON Schema.
   */
  program?: ProgramInput;
  /** Extension properties merged into the achievement. */
  extensions?: JsonObject;
}

/** Who receives a credential: an `id`, and/or identifiers (hashed by default). */
export interface RecipientInput {
  /** A URI identifying the recipient: a DID, a `mailto:` URI, a URL. */
  id?: string;
  /** Identifiers such as an email address or student id; hashed unless `hashed: false`. */
  identifier?: Many<IdentityInput | IdentityObjectJson>;
}

/** Input of an Association between two achievements of a CLR. */
export interface AssociationInput {
  /** The relation, e.g. `isChildOf`. */
  associationType: (typeof ASSOCIATION_TYPES)[number];
  /** Id of the source achievement. */
  sourceId: string;
  /** Id of the target achievement. */
  targetId: string;
}
