/**
 * Typed builders that produce spec-exact Open Badges 3.0 and CLR 2.0 JSON: arrays for multi-valued
 * properties, `type` values and contexts filled in, ids generated, no `undefined` values. Builders
 * never modify their arguments and throw `InvalidArgumentError` naming the field for bad input.
 *
 * @module build
 */

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
