/**
 * Typed builders that produce spec-exact Open Badges 3.0 and CLR 2.0 JSON: arrays for multi-valued
 * properties, `type` values and contexts filled in, ids generated, no `undefined` values. Builders
 * never modify their arguments and throw `InvalidArgumentError` naming the field for bad input.
 *
 * @module build
 */

export type {
  CaseAlignmentInput,
  CtdlAlignmentInput,
  FrameworkAlignmentInput,
} from './alignments.js';
export {
  CASE_TARGET_TYPES,
  CTDL_TARGET_TYPES,
  createCaseAlignment,
  createCtdlAlignment,
  createOsmtAlignment,
  FRAMEWORK_TARGET_TYPES,
  RSD_TARGET_TYPE,
} from './alignments.js';
export { createAchievement } from './create-achievement.js';
export type { ClrCredentialInput } from './create-clr-credential.js';
export { createClrCredential } from './create-clr-credential.js';
export type { EndorsementCredentialInput } from './create-endorsement-credential.js';
export { createEndorsementCredential } from './create-endorsement-credential.js';
export type { OpenBadgeCredentialInput } from './create-open-badge-credential.js';
export { createOpenBadgeCredential } from './create-open-badge-credential.js';
export { createProfile } from './create-profile.js';
export type {
  CredentialCommonInput,
  CredentialStatusInput,
  EvidenceInput,
  TermsOfUseInput,
  TypedReferenceInput,
} from './credential.js';
export type { IdentityInput, IdentityObjectJson, KnownIdentifier } from './identity.js';
export { createIdentityObject, identityHash, matchesIdentity } from './identity.js';
export type {
  AchievementInput,
  AddressInput,
  AlignmentInput,
  AssociationInput,
  CriteriaInput,
  DateTimeInput,
  ExtensibleInput,
  ExtraTypes,
  GeoCoordinatesInput,
  IdentifierEntryInput,
  ImageInput,
  Many,
  ProfileInput,
  RecipientInput,
  RelatedInput,
  ResultDescriptionInput,
  ResultInput,
  RubricCriterionLevelInput,
} from './inputs.js';
export type { BuildOptions, DateInput } from './options.js';
export {
  createAddress,
  createAlignment,
  createEvidence,
  createIdentifierEntry,
  createImage,
  createResult,
} from './parts.js';
export type {
  AchievementRef,
  HorizontalStackInput,
  ValueAddedStackInput,
  VerticalStackInput,
} from './pathways.js';
export {
  createAssociation,
  joinPathways,
  stackHorizontally,
  stackValueAdded,
  stackVertically,
} from './pathways.js';
export type { ProgramInput } from './program.js';
export { ACADEMIC_LEVELS, EARNING_SCHEDULES, PROGRAM_ACHIEVEMENT_TYPE } from './program.js';
