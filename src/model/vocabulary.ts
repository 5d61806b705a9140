// The enumerated vocabularies of the Open Badges 3.0 data model (AchievementType,
// AlignmentTargetType, IdentifierTypeEnum, ResultType, ResultStatusType), as `as const` arrays and
// their types. Terms follow the spec; extensible ones also accept `ext:` terms.
import type {
  Extensible,
} from './common.js';

// ---------------------------------------------------------------------------------------------
// Enumerations
// ---------------------------------------------------------------------------------------------

/**
 * Terms of the AchievementType vocabulary: the type of achievement, for example 'Award' or
 * 'Certification'. Most terms are exact matches of the CTDL term of the same name.
 */
export const ACHIEVEMENT_TYPES = [
  'Achievement',
  'ApprenticeshipCertificate',
  'Assessment',
  'Assignment',
  'AssociateDegree',
  'Award',
  'Badge',
  'BachelorDegree',
  'Certificate',
  'CertificateOfCompletion',
  'Certification',
  'CommunityService',
  'Competency',
  'Course',
  'CoCurricular',
  'Degree',
  'Diploma',
  'DoctoralDegree',
  'Fieldwork',
  'GeneralEducationDevelopment',
  'JourneymanCertificate',
  'LearningProgram',
  'License',
  'Membership',
  'ProfessionalDoctorate',
  'QualityAssuranceCredential',
  'MasterCertificate',
  'MasterDegree',
  'MicroCredential',
  'ResearchDoctorate',
  'SecondarySchoolDiploma',
] as const;

/**
 * The type of achievement, for example 'Award' or 'Certification'. This is an extensible enumerated
 * vocabulary: a term of {@link ACHIEVEMENT_TYPES} or an `ext:` term.
 */
export type AchievementType = Extensible<(typeof ACHIEVEMENT_TYPES)[number]>;

/** Terms of the AlignmentTargetType vocabulary: the type of an alignment target node. */
export const ALIGNMENT_TARGET_TYPES = [
  'ceasn:Competency',
  'ceterms:Credential',
  'CFItem',
  'CFRubric',
  'CFRubricCriterion',
  'CFRubricCriterionLevel',
  'CTDL',
] as const;

/**
 * The type of the alignment target node in the target framework. This is an extensible enumerated
 * vocabulary: a term of {@link ALIGNMENT_TARGET_TYPES} or an `ext:` term.
 */
export type AlignmentTargetType = Extensible<(typeof ALIGNMENT_TARGET_TYPES)[number]>;

/** Terms of the IdentifierTypeEnum vocabulary (1EdTech Common Data Model). */
export const IDENTIFIER_TYPES = [
  'name',
  'sourcedId',
  'systemId',
  'productId',
  'userName',
  'accountId',
  'emailAddress',
  'nationalIdentityNumber',
  'isbn',
  'issn',
  'lisSourcedId',
  'oneRosterSourcedId',
  'sisSourcedId',
  'ltiContextId',
  'ltiDeploymentId',
  'ltiToolId',
  'ltiPlatformId',
  'ltiUserId',
  'identifier',
] as const;

/**
 * The type of an identifier (IdentityObject `identityType`, IdentifierEntry `identifierType`). This
 * is an extensible enumerated vocabulary: a term of {@link IDENTIFIER_TYPES} or an `ext:` term.
 */
export type IdentifierTypeEnum = Extensible<(typeof IDENTIFIER_TYPES)[number]>;

/** Terms of the ResultType vocabulary: the type of a result. */
export const RESULT_TYPES = [
  'GradePointAverage',
  'LetterGrade',
  'Percent',
  'PerformanceLevel',
  'PredictedScore',
  'RawScore',
  'Result',
  'RubricCriterion',
  'RubricCriterionLevel',
  'RubricScore',
  'ScaledScore',
  'Status',
] as const;

/**
 * The type of result. This is an extensible enumerated vocabulary: a term of {@link RESULT_TYPES}
 * or an `ext:` term.
 */
export type ResultType = Extensible<(typeof RESULT_TYPES)[number]>;

/** Terms of the ResultStatusType vocabulary (not extensible). */
export const RESULT_STATUS_TYPES = [
  'Completed',
  'Enrolled',
  'Failed',
  'InProgress',
  'OnHold',
  'Provisional',
  'Withdrew',
] as const;

/**
 * Defined vocabulary to convey the status of an achievement. Not extensible: only the terms of
 * {@link RESULT_STATUS_TYPES}.
 */
export type ResultStatusType = (typeof RESULT_STATUS_TYPES)[number];
