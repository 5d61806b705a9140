import { createDocumentLoader } from '../context/document-loader.js';
import { InvalidArgumentError } from '../errors/index.js';
import type { CredentialKind } from '../model/kind.js';
import { detectKind, detectVcVersion } from '../parse/detect.js';
import { type CredentialInput, parseInput } from '../parse/parse-input.js';
import type { SchemaTarget } from '../schema/types.js';
import { validateSchema } from '../schema/validate-schema.js';
import { checkContext } from './checks/context.js';
import { checkCredentialSchemas } from './checks/credential-schema.js';
import { checkJsonLd } from './checks/jsonld.js';
import { checkRules } from './checks/rules.js';
import { issue } from './issue.js';
import type { Severity, ValidateOptions, ValidationIssue, ValidationReport } from './types.js';

const SCHEMA_TARGETS: Partial<Record<CredentialKind, SchemaTarget>> = {
  AchievementCredential: 'AchievementCredential',
  EndorsementCredential: 'EndorsementCredential',
  ClrCredential: 'ClrCredential',
  Profile: 'Profile',
  Achievement: 'Achievement',
};
const RULE_CHECKS = new Set(['type', 'subject', 'issuer', 'evidence', 'dates', 'image']);

/**
 * Checks that a credential (or a profile, or an achievement) is well formed and returns every
 * problem as data: the official 1EdTech JSON Schema, the credential's own `credentialSchema`
 * entries, JSON-LD expansion with the bundled contexts, the `@context` list, and the spec's rules,
 * plus recommended practice as warnings. Never throws for a bad credential.
 *
 * @param input - A credential object, JSON text, a compact VC-JWT, or UTF-8 bytes of either.
 * @param options - Schema flavour, loaders for non-bundled documents, severity overrides, checks to skip.
 * @returns A report: `valid` is false if and only if there is an `error` issue.
 * @throws {InvalidArgumentError} `ERR_LERKIT_INVALID_ARGUMENT` only for API misuse (an input that is
 *   not an object, string or bytes; options of the wrong type).
 * @example
 * ```ts
 * const report = await validate(credential);
 * if (!report.valid) for (const i of report.issues) console.log(`${i.check} ${i.code} ${i.path}: ${i.message}`);
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
      [issue('parse', parsed.code, 'error', '', parsed.message)],
      options,
    );
  }
  const { document, format } = parsed;
  const kind = detectKind(document);
  const vcVersion = detectVcVersion(document);
  const skip = new Set(options.skip ?? []);
  const documentLoader = createDocumentLoader({
    ...(options.resources ? { resources: options.resources } : {}),
    ...(options.documentLoader ? { documentLoader: options.documentLoader } : {}),
  });
  const issues: ValidationIssue[] = [];

  if (kind === 'unknown') {
    issues.push(
      issue(
        'type',
        'TYPE_UNKNOWN_KIND',
        'error',
        '/type',
        'Not an Open Badges 3.0 or CLR 2.0 document: its type names no class lerkit knows',
      ),
    );
    return finish({ kind, format }, issues, options);
  }
  if (kind.startsWith('OB2')) {
    issues.push(
      issue(
        'type',
        'TYPE_OB2',
        'info',
        '/type',
        `This is an Open Badges 2.0 ${kind.slice(3)}; lerkit validates OB 3.0 and CLR 2.0 documents`,
      ),
    );
    return finish({ kind, format }, issues, options);
  }

  if (!skip.has('context')) issues.push(...(await checkContext(document, kind, documentLoader)));
  const contextBroken = issues.some(
    (i) => i.code === 'CONTEXT_UNKNOWN' || i.code === 'CONTEXT_INVALID',
  );
  if (!skip.has('jsonld') && !contextBroken && document['@context'] !== undefined) {
    issues.push(...(await checkJsonLd(document, documentLoader)));
  }

  const target = SCHEMA_TARGETS[kind];
  if (!skip.has('schema')) {
    if (!target) {
      issues.push(
        issue(
          'schema',
          'SCHEMA_NOT_APPLICABLE',
          'info',
          '/type',
          `There is no Open Badges 3.0 / CLR 2.0 JSON Schema for a ${kind}`,
        ),
      );
    } else if (vcVersion === '1.1') {
      issues.push(
        issue(
          'schema',
          'SCHEMA_NOT_APPLICABLE',
          'warning',
          '',
          'The official 1EdTech schemas describe VC Data Model 2.0 credentials; this one follows 1.1, so only the rule checks apply',
        ),
      );
    } else {
      const schemaSet =
        target === 'ClrCredential'
          ? 'json-ld-compaction'
          : (options.schemaSet ?? 'json-ld-compaction');
      for (const found of await validateSchema(document, { target, schemaSet })) {
        issues.push(issue('schema', found.code, 'error', found.path, found.message));
      }
    }
  }
  if (!skip.has('credential-schema'))
    issues.push(...(await checkCredentialSchemas(document, documentLoader)));

  // A rule error at (or inside) a path the schema already flagged is the same mistake: report it once.
  const schemaPaths = issues
    .filter((i) => i.check === 'schema' && i.severity === 'error')
    .map((i) => i.path);
  for (const found of checkRules(document, kind, vcVersion)) {
    if (skip.has(found.check)) continue;
    if (
      RULE_CHECKS.has(found.check) &&
      found.severity === 'error' &&
      schemaPaths.some((p) => found.path === p || found.path.startsWith(`${p}/`))
    ) {
      continue;
    }
    issues.push(found);
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
  for (const found of raw) {
    const override = overrides[found.code];
    if (override === 'off') continue;
    issues.push(override ? { ...found, severity: override } : found);
  }
  issues.sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  return { valid: !issues.some((i) => i.severity === 'error'), ...head, issues };
}
