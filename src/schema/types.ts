import type { Code } from '../report/codes.js';

/**
 * Which flavour of the official 1EdTech schemas to apply. `json-ld-compaction` (the default) is
 * what 1EdTech publishes at `.../schema/json/` and accepts JSON-LD compacted forms (a single value
 * for a one-element array, language maps); `strict` is the formal schema (arrays required).
 */
export type SchemaSet = 'json-ld-compaction' | 'strict';

/** The classes lerkit has a bundled JSON Schema for. */
export type SchemaTarget =
  | 'AchievementCredential'
  | 'EndorsementCredential'
  | 'ClrCredential'
  | 'Profile'
  | 'Achievement';

/** Codes of problems found by JSON Schema validation (rows of the code table). */
export type SchemaIssueCode = Extract<
  Code,
  | 'SCHEMA_TYPE'
  | 'SCHEMA_REQUIRED'
  | 'SCHEMA_ADDITIONAL_PROPERTY'
  | 'SCHEMA_PROPERTY_NAME'
  | 'SCHEMA_PATTERN'
  | 'SCHEMA_ENUM'
  | 'SCHEMA_FORMAT'
  | 'SCHEMA_MIN_ITEMS'
  | 'SCHEMA_CONTAINS'
  | 'SCHEMA_AMBIGUOUS'
  | 'SCHEMA_INVALID'
>;

/** One root-cause problem found by JSON Schema validation. */
export interface SchemaIssue {
  /** Stable code, `SCHEMA_*`. */
  code: SchemaIssueCode;
  /** JSON Pointer (RFC 6901) to the offending value; for a missing property, where it belongs. */
  path: string;
  /** The problem in plain words. */
  message: string;
}

/** Options of {@link validateSchema}. */
export interface ValidateSchemaOptions {
  /** The class to validate as. */
  target: SchemaTarget;
  /** Schema flavour. Default `json-ld-compaction`. */
  schemaSet?: SchemaSet;
}
