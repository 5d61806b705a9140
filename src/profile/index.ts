/**
 * Quality profiles: what an institution (or a body such as AACRAO) expects of credentials beyond
 * the specifications, as data. A profile lists requirements, each a JSON Schema condition at a
 * JSON Pointer; `validate(x, { profile })` and `verify(x, { profile })` report each unmet one as a
 * `PROFILE_REQUIREMENT_UNMET` finding of the `profile` check.
 *
 * @module profile
 */
export { getBuiltinProfile, listBuiltinProfiles } from './builtin.js';
export { compileProfile } from './compile.js';
export { PROFILE_KINDS, PROFILE_SCHEMA, PROFILE_SCHEMA_URL } from './profile-schema.js';
export type {
  CompiledProfile,
  CompiledRequirement,
  ConditionProblem,
  ProfileOption,
  ProfileRequirement,
  QualityProfile,
} from './types.js';
