// The JSON Schema (draft 2020-12) of lerkit's reports and of the CLI's JSON output, rendered from
// the check and code tables so that the enums never drift. Written to schemas/lerkit/ by
// `npm run docs:codes` and shipped in the package; the tests validate real output with it.
import { CREDENTIAL_KINDS } from '../model/kind.js';
import { CHECK_IDS } from './checks.js';
import { CODES } from './codes.js';

/** The report format version: bumped when the report shape changes incompatibly. */
export const REPORT_SCHEMA_VERSION = 1;

const BASE = 'https://lerkit.dev/schemas';

function definitions() {
  return {
    checkId: { enum: [...CHECK_IDS] },
    code: { enum: Object.keys(CODES) },
    severity: { enum: ['error', 'warning', 'info'] },
    finding: {
      type: 'object',
      required: ['check', 'code', 'severity', 'path', 'message', 'hint'],
      properties: {
        check: { $ref: '#/$defs/checkId' },
        code: { $ref: '#/$defs/code' },
        severity: { $ref: '#/$defs/severity' },
        path: { type: 'string', pattern: '^(/([^~]|~[01])*)*$' },
        message: { type: 'string' },
        hint: { type: 'string' },
        related: { type: 'array', items: { $ref: '#/$defs/finding' } },
        suggestion: { type: 'string' },
        occurrences: { type: 'integer', minimum: 2 },
      },
    },
    checkResult: {
      type: 'object',
      required: ['check', 'outcome', 'message'],
      additionalProperties: false,
      properties: {
        check: { $ref: '#/$defs/checkId' },
        outcome: { enum: ['pass', 'error', 'warning', 'indeterminate', 'skipped'] },
        message: { type: 'string' },
      },
    },
    report: {
      type: 'object',
      required: ['status', 'kind', 'checks', 'findings'],
      properties: {
        status: { enum: ['valid', 'warning', 'invalid'] },
        kind: { enum: [...CREDENTIAL_KINDS] },
        format: { enum: ['json', 'vc-jwt'] },
        vcVersion: { enum: ['1.1', '2.0'] },
        id: { type: 'string' },
        valid: { type: 'boolean' },
        verified: { type: 'boolean' },
        path: { type: 'string' },
        checks: { type: 'array', items: { $ref: '#/$defs/checkResult' } },
        findings: { type: 'array', items: { $ref: '#/$defs/finding' } },
        nested: { type: 'array', items: { $ref: '#/$defs/report' } },
      },
      oneOf: [{ required: ['valid'] }, { required: ['verified'] }],
    },
  };
}

/**
 * The JSON Schema of a `validate()` or `verify()` report.
 *
 * @returns The schema document.
 * @example
 * ```ts
 * ajv.compile(reportSchema()).validate(await verify(credential));
 * ```
 */
export function reportSchema(): Record<string, unknown> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `${BASE}/report-v${REPORT_SCHEMA_VERSION}.json`,
    title: `lerkit report, version ${REPORT_SCHEMA_VERSION}`,
    description:
      'A ValidationReport (valid) or VerificationReport (verified) of lerkit. Additional properties may be added in minor versions; removing or renaming one is a breaking change.',
    $ref: '#/$defs/report',
    $defs: definitions(),
  };
}

/**
 * The JSON Schema of the CLI's `--format json` output.
 *
 * @returns The schema document.
 * @example
 * ```ts
 * ajv.compile(cliOutputSchema()).validate(JSON.parse(stdout));
 * ```
 */
export function cliOutputSchema(): Record<string, unknown> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `${BASE}/cli-output-v${REPORT_SCHEMA_VERSION}.json`,
    title: `lerkit CLI JSON output, version ${REPORT_SCHEMA_VERSION}`,
    type: 'object',
    required: ['version', 'results', 'summary'],
    additionalProperties: false,
    properties: {
      version: { const: REPORT_SCHEMA_VERSION },
      results: {
        type: 'array',
        items: {
          type: 'object',
          required: ['file', 'report'],
          additionalProperties: false,
          properties: { file: { type: 'string' }, report: { $ref: '#/$defs/report' } },
        },
      },
      summary: {
        type: 'object',
        required: ['files', 'passed', 'failed', 'warnings', 'exitCode'],
        additionalProperties: false,
        properties: {
          files: { type: 'integer', minimum: 0 },
          passed: { type: 'integer', minimum: 0 },
          failed: { type: 'integer', minimum: 0 },
          warnings: { type: 'integer', minimum: 0 },
          exitCode: { enum: [0, 1] },
        },
      },
    },
    $defs: definitions(),
  };
}
