/**
 * Validation against the official 1EdTech JSON Schemas (compiled ahead of time).
 *
 * @module schema
 */
export type {
  SchemaIssue,
  SchemaIssueCode,
  SchemaSet,
  SchemaTarget,
  ValidateSchemaOptions,
} from './types.js';
export { validateSchema } from './validate-schema.js';
