import { InvalidArgumentError } from '../errors/index.js';
import type { CredentialKind } from '../model/kind.js';
import { detectKind, detectVcVersion } from '../parse/detect.js';
import { type CredentialInput, parseInput } from '../parse/parse-input.js';
import type { SchemaTarget } from '../schema/types.js';
import { validateSchema } from '../schema/validate-schema.js';
import type { Severity, ValidateOptions, ValidationIssue, ValidationReport } from './types.js';

const SCHEMA_TARGETS: Partial<Record<CredentialKind, SchemaTarget>> = {
  AchievementCredential: 'AchievementCredential',
  EndorsementCredential: 'EndorsementCredential',
  ClrCredential: 'ClrCredential',
  Profile: 'Profile',
  Achievement: 'Achievement',
};

/**
 * Checks that a credential (or profile, or achievement) is well formed, returning every problem as
 * data. Never throws for a bad credential.
 *
 * @param input - A credential object, JSON text, a compact VC-JWT, or UTF-8 bytes of either.
 * @param options - Schema flavour, loaders, severity overrides.
 * @returns A report: `valid` is false if and only if there is an `error` issue.
 * @throws {InvalidArgumentError} `ERR_LERKIT_INVALID_ARGUMENT` only for API misuse (an input that is
 *   not an object, string or bytes; options of the wrong type).
 * @example
 * ```ts
 * const report = await validate(credential);
 * if (!report.valid) for (const i of report.issues) console.log(`${i.path}: ${i.message}`);
 * ```
 */
export async function validate(
  input: CredentialInput,
  options: ValidateOptions = {},
): Promise<ValidationReport> {
  if (typeof options !== 'object' || options === null) {
    throw new InvalidArgumentError('options must be an object', 'options');
  }
  const parsed = parseInput(input);
  if (!parsed.ok) {
    return finish(
      { kind: 'unknown' },
      [{ check: 'parse', code: parsed.code, severity: 'error', path: '', message: parsed.message }],
      options,
    );
  }
  const { document, format } = parsed;
  const kind = detectKind(document);
  const vcVersion = detectVcVersion(document);
  const issues: ValidationIssue[] = [];

  const target = SCHEMA_TARGETS[kind];
  if (!target) {
    issues.push({
      check: 'schema',
      code: kind === 'unknown' ? 'SCHEMA_UNKNOWN_KIND' : 'SCHEMA_NOT_APPLICABLE',
      severity: kind === 'unknown' ? 'error' : 'info',
      path: '/type',
      message:
        kind === 'unknown'
          ? 'Not an Open Badges 3.0 or CLR 2.0 document: its `type` names no class lerkit knows'
          : `There is no Open Badges 3.0 / CLR 2.0 JSON Schema for a ${kind}`,
    });
  } else if (vcVersion === '1.1') {
    issues.push({
      check: 'schema',
      code: 'SCHEMA_NOT_APPLICABLE',
      severity: 'warning',
      path: '',
      message:
        'The bundled 1EdTech schemas describe VC Data Model 2.0 credentials; this one follows 1.1',
    });
  } else {
    const schemaSet = options.schemaSet ?? 'json-ld-compaction';
    const useSet = target === 'ClrCredential' ? 'json-ld-compaction' : schemaSet;
    for (const issue of await validateSchema(document, { target, schemaSet: useSet })) {
      issues.push({ check: 'schema', severity: 'error', ...issue });
    }
  }
  return finish({ kind, format, ...(vcVersion ? { vcVersion } : {}) }, issues, options);
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function finish(
  head: Omit<ValidationReport, 'valid' | 'issues'>,
  raw: ValidationIssue[],
  options: ValidateOptions,
): ValidationReport {
  const overrides = options.severity ?? {};
  const issues: ValidationIssue[] = [];
  for (const issue of raw) {
    const override = overrides[issue.code];
    if (override === 'off') continue;
    issues.push(override ? { ...issue, severity: override } : issue);
  }
  issues.sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  return { valid: !issues.some((i) => i.severity === 'error'), ...head, issues };
}
