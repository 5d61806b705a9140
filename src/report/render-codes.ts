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
