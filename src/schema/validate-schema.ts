import { InvalidArgumentError, UnsupportedError } from '../errors/index.js';
import { explain, type SchemaNode } from './explain.js';
import { hasSchema, type LoadedValidator, loadValidator } from './registry.js';
import type { SchemaIssue, SchemaIssueCode, SchemaTarget, ValidateSchemaOptions } from './types.js';

const TARGETS: readonly SchemaTarget[] = [
  'AchievementCredential',
  'EndorsementCredential',
  'ClrCredential',
  'Profile',
  'Achievement',
];

/**
 * Validates a value against the official 1EdTech JSON Schema for a class, using validators compiled
 * ahead of time (no schema compilation at run time). Failures are collapsed to root causes: one
 * issue per real problem, at the deepest useful JSON Pointer, in plain words.
 *
 * @param value - The parsed JSON value (a credential, profile or achievement).
 * @param options - `target` class and `schemaSet` (default `json-ld-compaction`).
 * @returns The problems found; empty when the value is valid.
 * @throws {InvalidArgumentError} `ERR_LERKIT_INVALID_ARGUMENT` for an unknown target or set.
 * @throws {UnsupportedError} `ERR_LERKIT_UNSUPPORTED` when 1EdTech publishes no schema for the pair
 *   (there is no strict ClrCredential schema).
 * @example
 * ```ts
 * const issues = await validateSchema(credential, { target: 'AchievementCredential' });
 * for (const issue of issues) console.log(issue.path, issue.message);
 * ```
 */
export async function validateSchema(
  value: unknown,
  options: ValidateSchemaOptions,
): Promise<SchemaIssue[]> {
  const { target, schemaSet = 'json-ld-compaction' } = options ?? ({} as ValidateSchemaOptions);
  if (!TARGETS.includes(target)) {
    throw new InvalidArgumentError(`Unknown schema target ${JSON.stringify(target)}`, 'target');
  }
  if (schemaSet !== 'json-ld-compaction' && schemaSet !== 'strict') {
    throw new InvalidArgumentError(`Unknown schema set ${JSON.stringify(schemaSet)}`, 'schemaSet');
  }
  if (!hasSchema(target, schemaSet)) {
    throw new UnsupportedError(`1EdTech publishes no ${schemaSet} JSON Schema for ${target}`);
  }
  return check(await loadValidator(target, schemaSet), value);
}

/** Runs a loaded validator and explains a failure. */
export function check(loaded: LoadedValidator, value: unknown): SchemaIssue[] {
  if (loaded.validate(value)) return [];
  const node = resolveFragment(loaded.schema, loaded.fragment);
  const issues = dedupe(explain(loaded.schema, node, value));
  // The compiled validator is the authority; should the explanation miss (a keyword it does not
  // model), fall back to ajv's own errors rather than report a failure without a reason.
  return issues.length > 0 ? issues : dedupe(fromAjv(loaded));
}

function resolveFragment(schema: SchemaNode, fragment: string): SchemaNode {
  let node: unknown = schema;
  for (const token of fragment.replace(/^#/, '').split('/').slice(1)) {
    node = (node as Record<string, unknown>)[token];
  }
  return node as SchemaNode;
}

function fromAjv(loaded: LoadedValidator): SchemaIssue[] {
  return (loaded.validate.errors ?? []).map((error) => ({
    code: AJV_CODES[error.keyword] ?? 'SCHEMA_INVALID',
    path: error.instancePath,
    message: error.message ?? `fails the "${error.keyword}" rule`,
  }));
}

const AJV_CODES: Record<string, SchemaIssueCode> = {
  type: 'SCHEMA_TYPE',
  required: 'SCHEMA_REQUIRED',
  additionalProperties: 'SCHEMA_ADDITIONAL_PROPERTY',
  propertyNames: 'SCHEMA_PROPERTY_NAME',
  pattern: 'SCHEMA_PATTERN',
  enum: 'SCHEMA_ENUM',
  format: 'SCHEMA_FORMAT',
  minItems: 'SCHEMA_MIN_ITEMS',
  contains: 'SCHEMA_CONTAINS',
};

function dedupe(issues: SchemaIssue[]): SchemaIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.code}\u0000${issue.path}\u0000${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
