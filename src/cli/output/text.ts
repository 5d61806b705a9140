// Human-readable output: one line per file (and, with --trust, who issued it and whether you trust
// it), then one indented line per error or warning with what to do about it, and a summary.
// --quiet keeps the summary alone; --verbose adds every check's outcome and info findings.
import {
  type CheckEntry,
  type FileResult,
  type FindingEntry,
  type Run,
  type Status,
  type Summary,
  summarize,
} from './model.js';
import { trustLine } from './trust-line.js';

const ICON: Record<Status, string> = { valid: '✓', warning: '!', invalid: '✗' };
const COLOR: Record<Status, number> = { valid: 32, warning: 33, invalid: 31 };

/** How much the text output shows: the summary only, the problems, or everything. */
export type Detail = 'quiet' | 'normal' | 'verbose';

export function formatText(run: Run, color: boolean, detail: Detail = 'normal'): string {
  return (
    run.results.map((result) => fileText(result, color, detail)).join('') +
    summaryText(summarize(run))
  );
}

/** One file's lines: its verdict, the trust line, its errors and warnings (streamed output). */
export function fileText(result: FileResult, color: boolean, detail: Detail = 'normal'): string {
  if (detail === 'quiet') return '';
  const paint = (code: number, text: string) => (color ? `\x1b[${code}m${text}\x1b[39m` : text);
  const lines: string[] = [fileLine(result, paint)];
  const trust = trustLine(result.report);
  if (trust) lines.push(trust);
  if (detail === 'verbose') lines.push(...result.checks.map(checkLine));
  for (const found of result.findings) {
    if (found.severity !== 'info' || detail === 'verbose') lines.push(...findingLines(found));
  }
  return `${lines.join('\n')}\n`;
}

/** The last line: `N passed, N failed, N warnings`. */
export function summaryText({ passed, failed, warnings }: Summary): string {
  return `${passed} passed, ${failed} failed, ${plural(warnings, 'warning')}\n`;
}

/** `1 warning`, `2 warnings`. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function fileLine(result: FileResult, paint: (code: number, text: string) => string): string {
  const status = result.status;
  return `${paint(COLOR[status], ICON[status])} ${result.file}  ${result.kind}  ${paint(COLOR[status], status)}`;
}

function checkLine(check: CheckEntry): string {
  return `    ${check.name}: ${check.outcome} — ${check.message}`;
}

function findingLines(found: FindingEntry): string[] {
  const where = found.path ? ` at ${found.path}` : '';
  const times = found.occurrences ? ` (${found.occurrences} times)` : '';
  return [
    `    ${found.name}: ${found.severity} ${found.code}${where} — ${found.message}${times}`,
    `      → ${found.hint}`,
    // What follows from it (or the same finding elsewhere), folded under it.
    ...(found.related ?? []).map(
      (r) => `      ↳ ${r.check}: ${r.code}${r.path ? ` at ${r.path}` : ''} — ${r.message}`,
    ),
  ];
}
