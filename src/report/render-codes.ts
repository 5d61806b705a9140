// docs/codes.md, rendered from the tables: the checks in pipeline order, what each reads, and
// every code it can report with its severity, meaning and action.
import { CHECKS } from './checks.js';
import { CODES, type CodeDefinition } from './codes.js';

const escapeCell = (text: string) => text.replaceAll('|', '\\|');

/**
 * Renders the checks and codes reference (docs/codes.md) as Markdown.
 *
 * @returns The Markdown text.
 * @example
 * ```ts
 * writeFileSync('docs/codes.md', renderCodesReference());
 * ```
 */
export function renderCodesReference(): string {
  const lines = [
    '# Checks and codes',
    '',
    '<!-- Generated from src/report/checks.ts and src/report/codes.ts by `npm run docs:codes`; do not edit. -->',
    '',
    "Every finding of `validate()`, `verify()` and the CLI has a `check` (the step that made it) and a `code` (`<CHECK>_<WHAT>`) from the tables below, a `severity` (`error` makes the credential invalid; `warning` and `info` do not), a JSON Pointer `path`, a `message` and a `hint` (what to do). `indeterminate` codes mean \"could not be decided\": the check's outcome is `indeterminate`, never a silent pass. Severities can be changed per code with the `severity` option (`'off'` drops a finding). The report shapes are described in [results.md](results.md).",
    '',
    '## The checks, in pipeline order',
    '',
    '| Check | Runs in | What it establishes | What it reads |',
    '|---|---|---|---|',
    ...CHECKS.map(
      (c) =>
        `| [\`${c.id}\`](#${c.id}) | ${c.scope.join(', ')} | ${escapeCell(c.title)} | ${escapeCell(c.reads)} |`,
    ),
  ];
  const entries = Object.entries(CODES) as [string, CodeDefinition][];
  for (const check of CHECKS) {
    lines.push('', `## \`${check.id}\``, '', `${check.title}. Reads: ${check.reads}.`, '');
    const codes = entries.filter(([, row]) => row.check === check.id);
    if (codes.length === 0) {
      lines.push('No codes of its own.');
      continue;
    }
    lines.push('| Code | Severity | Meaning | What to do |', '|---|---|---|---|');
    for (const [code, row] of codes) {
      const severity = row.indeterminate ? `${row.severity} (indeterminate)` : row.severity;
      lines.push(
        `| \`${code}\` | ${severity} | ${escapeCell(row.meaning)} | ${escapeCell(row.action)} |`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Per check, the options (API and CLI) that change what it decides. */
const POLICY_OPTIONS: Partial<Record<string, string>> = {
  parse:
    '`limits.inputBytes`, `limits.jsonDepth`, `limits.jwtBytes`, `limits.imageBytes` (`--limit`).',
  limits: 'Every `limits` entry (`--limit <name>=<n>`); see [security.md](security.md).',
  context:
    '`resources` / `documentLoader` supply contexts that are not bundled; `fetch` (`--allow-network`) fetches them.',
  jsonld:
    'None: the signed-data gate cannot be turned off (a `severity` override can only demote its findings, which you should not do).',
  type: "`kind: 'vc'` (`--kind vc`) accepts any W3C VC and checks it by the VC Data Model rules alone.",
  schema: "`schemaSet: 'strict'` (validate) uses the strict schemas.",
  'credential-schema':
    '`resources` / `documentLoader` / `fetch` supply the schemas a credential names.',
  proof:
    '`acceptUnconfirmedKeys` (a key only its URL vouches for passes with a warning); `now` and `clockSkew` (`--now`) for proof `created`/`expires`; `resources` for DID and controller documents.',
  refresh: '`refresh: true` opts in (off: `skipped`).',
  status:
    '`resources` / `documentLoader` / `fetch` supply status lists (missing: `indeterminate`); a `createVerifier` caches them.',
  dates: '`now` (`--now`) and `clockSkew`.',
  recipient: '`knownIdentifier` (`--known-identifier`) turns the check on.',
  endorsement:
    "`severity: { ENDORSEMENT_INVALID: 'warning' }` shows broken endorsements without failing.",
  credentials:
    "`severity: { CREDENTIALS_LEARNER_MISMATCH: 'warning' }` for aggregators of several learners' credentials.",
  trust:
    '`trust` (`--trust`) gives trust sources; `requireTrustedIssuer` (`--require-trusted`) makes not found and unknown errors.',
  profile:
    '`profile` (`--profile`) applies a quality profile; its requirements set their own severities.',
};

/**
 * Renders the verification policy (docs/verification-policy.md): for each check, which codes fail
 * a credential, which warn, which leave it undecided, and the options that change that.
 *
 * @returns The Markdown text.
 * @example
 * ```ts
 * writeFileSync('docs/verification-policy.md', renderVerificationPolicy());
 * ```
 */
export function renderVerificationPolicy(): string {
  const lines = [
    '# Verification policy',
    '',
    '<!-- Generated from src/report/checks.ts, src/report/codes.ts and src/report/render-codes.ts by `npm run docs:codes`; do not edit. -->',
    '',
    "What each check decides by default, and which option changes it. A credential is `verified` only when no finding is an error; `indeterminate` findings (could not be decided) also leave it unverified. Any code's severity can be changed with `severity: { CODE: 'error' | 'warning' | 'info' | 'off' }`. Meanings and what to do: [codes.md](codes.md). Why the defaults are what they are: [security.md](security.md).",
    '',
    '| Check | Fails (error) | Undecided (indeterminate) | Warns | Options that change it |',
    '|---|---|---|---|---|',
  ];
  const entries = Object.entries(CODES) as [string, CodeDefinition][];
  const list = (codes: [string, CodeDefinition][]) =>
    codes.length === 0 ? '—' : codes.map(([code]) => `\`${code}\``).join(', ');
  for (const check of CHECKS) {
    const own = entries.filter(([, row]) => row.check === check.id);
    const errors = own.filter(([, row]) => row.severity === 'error' && !row.indeterminate);
    const undecided = own.filter(([, row]) => row.indeterminate);
    const warnings = own.filter(([, row]) => row.severity === 'warning' && !row.indeterminate);
    lines.push(
      `| \`${check.id}\` (${check.scope.join(', ')}) | ${list(errors)} | ${list(undecided)} | ${list(warnings)} | ${escapeCell(POLICY_OPTIONS[check.id] ?? '—')} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}
