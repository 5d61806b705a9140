import { createDocumentLoader } from '../context/document-loader.js';
import { InvalidArgumentError } from '../errors/index.js';
import { resolveLimits } from '../limits/limits.js';
import { type CredentialInput, parseInput } from '../parse/parse-input.js';
import { compileProfile } from '../profile/compile.js';
import { selectChecks } from '../report/select.js';
import type { ValidationReport } from '../report/types.js';
import { checkContext } from './checks/context.js';
import { checkCredentialSchemas } from './checks/credential-schema.js';
import { checkDates } from './checks/dates.js';
import { checkJsonLd } from './checks/jsonld.js';
import { checkLimits } from './checks/limits.js';
import { checkProfile } from './checks/profile.js';
import { checkRecommended } from './checks/recommended.js';
import { checkRules } from './checks/rules.js';
import { checkSchema } from './checks/schema.js';
import { checkSubject } from './checks/subject.js';
import { checkType } from './checks/type.js';
import { isOb2Kind, validateOb2 } from './ob2/validate-ob2.js';
import { type ChecksRun, runChecks, type Step } from './run-checks.js';
import { createTarget, parseRun, reportFields } from './target.js';
import type { Target, ValidateOptions } from './types.js';

/** The conformance checks, in pipeline order: validate runs them all, verify runs them first. */
export const CONFORMANCE_STEPS: readonly Step[] = [
  { check: 'limits', run: checkLimits },
  { check: 'context', run: checkContext },
  { check: 'jsonld', run: checkJsonLd },
  { check: 'type', run: checkType },
  { check: 'schema', run: checkSchema },
  { check: 'credential-schema', run: checkCredentialSchemas },
  { check: 'subject', run: checkSubject },
  { check: 'rules', run: checkRules },
];

const VALIDATION_STEPS: readonly Step[] = [
  ...CONFORMANCE_STEPS,
  { check: 'dates', run: checkDates },
  { check: 'profile', run: checkProfile },
  { check: 'recommended', run: checkRecommended },
];

/**
 * Checks that a credential (or a profile, or an achievement) is well formed and returns every
 * problem as data: the official 1EdTech JSON Schema, the credential's own `credentialSchema`
 * entries, JSON-LD expansion with the bundled contexts, the `@context` list, the spec's rules and
 * dates, plus recommended practice as warnings and notes, and the requirements of a quality
 * `profile` when given. An Open Badges 2.0 document (Assertion, BadgeClass, Profile, Endorsement)
 * is checked with the OB 2.0 rules instead (`jsonld`, `type`, `ob2`, `dates`), with the objects it
 * embeds; an OB 1.x assertion is reported as unsupported. Never throws for a bad credential.
 *
 * @param input - A credential object, JSON text, a compact VC-JWT, or UTF-8 bytes of either.
 * @param options - Schema flavour, loaders for non-bundled documents, severity overrides, checks
 *   to `skip` or run `only` (the ids of `CHECKS`, as for verify), a quality `profile` (a profile
 *   document or a built-in name such as `aacrao-microcredential`).
 * @returns A report: `valid` is false if and only if there is an `error` finding.
 * @throws {InvalidArgumentError} `ERR_LERKIT_INVALID_ARGUMENT` only for API misuse (an input that
 *   is not an object, string or bytes; bad options; an unknown check id in skip/only; a profile
 *   that is not valid, see compileProfile).
 * @example
 * ```ts
 * const report = await validate(credential, { skip: ['jsonld'] });
 * if (!report.valid) for (const f of report.findings) console.log(`${f.check} ${f.code} ${f.path}: ${f.message}`);
 * ```
 */
export async function validate(
  input: CredentialInput,
  options: ValidateOptions = {},
): Promise<ValidationReport> {
  if (typeof options !== 'object' || options === null) {
    throw new InvalidArgumentError('options must be an object', 'options');
  }
  const select = selectChecks(options);
  const profile = options.profile === undefined ? undefined : await compileProfile(options.profile);
  const limits = resolveLimits(options.limits);
  const parsed = parseInput(input, { limits });
  const start = parseRun(parsed, options.severity);
  if (!parsed.ok) return validationReport(undefined, start);
  const generic = genericOf(options.kind);
  const target = createTarget(parsed.document, parsed.format, generic);
  const documentLoader = createDocumentLoader({
    ...(options.resources ? { resources: options.resources } : {}),
    ...(options.documentLoader ? { documentLoader: options.documentLoader } : {}),
  });
  const env = {
    documentLoader,
    schemaSet: options.schemaSet ?? 'json-ld-compaction',
    generic,
    limits,
    ...(profile ? { profile } : {}),
  } as const;
  const runOptions = { select, overrides: options.severity, start, halts: true };
  // Open Badges 2.0 (and 1.x) documents get their own checks (src/validate/ob2).
  const run = isOb2Kind(target.kind)
    ? await validateOb2(target, env, runOptions)
    : await runChecks(VALIDATION_STEPS, target, env, runOptions);
  return validationReport(target, run);
}

function validationReport(target: Target | undefined, run: ChecksRun): ValidationReport {
  return {
    valid: !run.findings.some((f) => f.severity === 'error'),
    ...reportFields(target, run),
  };
}

/** Reads the `kind` option: `'vc'` for generic mode, absent for Open Badges / CLR. */
export function genericOf(kind: unknown): boolean {
  if (kind === undefined) return false;
  if (kind === 'vc') return true;
  throw new InvalidArgumentError(
    `kind must be 'vc' (or absent), not ${JSON.stringify(kind)}`,
    'kind',
  );
}
