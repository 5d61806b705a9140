// A quality profile is data: a JSON document listing requirements, each a JSON Schema condition
// evaluated at a JSON Pointer of the credential. Its JSON Schema is PROFILE_SCHEMA.
import type { CredentialKind } from '../model/kind.js';
import type { Severity } from '../report/codes.js';

/** One requirement of a {@link QualityProfile}. */
export interface ProfileRequirement {
  /** Stable id, kebab-case (`program-title`); reported in the finding's `requirement`. */
  id: string;
  /** The recommendation, in the words of whoever makes it (e.g. the AACRAO report's item). */
  recommendation: string;
  /** The severity of the finding when the requirement is not met. */
  severity: Severity;
  /** JSON Pointer (RFC 6901) of the value the condition is evaluated on; default `''` (the credential). */
  path?: string;
  /**
   * JSON Schema (draft 2019-09) the value at `path` must satisfy; alternatives with `anyOf`,
   * conditions with `if`/`then`. When nothing is at `path`, the requirement is not met.
   */
  condition: Record<string, unknown> | boolean;
  /** JSON Pointer of the field to fill, the finding's `path`; default `path`. */
  field?: string;
  /** The finding's message: what is missing and which field to fill. */
  message?: string;
  /** What to do; default: the code table's action, with the requirement and profile named. */
  hint?: string;
}

/**
 * A quality profile: what an institution (or a body such as AACRAO) expects of the credentials it
 * issues or accepts, beyond what the specifications require.
 */
export interface QualityProfile {
  /** The JSON Schema of profile documents, for editors (`PROFILE_SCHEMA_URL`). */
  $schema?: string;
  /** Stable id, kebab-case (`aacrao-microcredential`). */
  id: string;
  /** Its name. */
  title: string;
  /** What it is for. */
  description?: string;
  /** Its version. */
  version?: string;
  /** Where its recommendations come from. */
  source?: string;
  /**
   * The name of a built-in profile whose requirements come first; a requirement with the same id
   * replaces the built-in one (e.g. to change its severity).
   */
  extends?: string;
  /** The kinds of credential it applies to; default: every kind. */
  appliesTo?: CredentialKind[];
  /** The requirements. */
  requirements: ProfileRequirement[];
}

/** A profile for validate and verify: a profile document, or the name of a built-in profile. */
export type ProfileOption = QualityProfile | string;

/** What a condition found wrong with a value. */
export interface ConditionProblem {
  /** JSON Pointer of the problem, relative to the value evaluated. */
  path: string;
  /** What is wrong (ajv's message). */
  message: string;
}

/** A requirement ready to evaluate. */
export interface CompiledRequirement {
  /** The requirement, as the profile gives it. */
  readonly requirement: ProfileRequirement;
  /** JSON Pointer of the value evaluated (`requirement.path` or `''`). */
  readonly path: string;
  /** JSON Pointer of the field to fill (`requirement.field` or `path`). */
  readonly field: string;
  /** The compiled condition: `[]` when met, else the problems ajv found. */
  readonly evaluate: (value: unknown) => ConditionProblem[];
}

/** A profile ready to evaluate: validated, its `extends` resolved, its conditions compiled. */
export interface CompiledProfile {
  /** The profile (with the requirements of the profile it extends). */
  readonly profile: QualityProfile;
  /** Its requirements, in order. */
  readonly requirements: readonly CompiledRequirement[];
}
