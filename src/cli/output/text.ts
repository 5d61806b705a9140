// Human-readable output: one line per file (and, with --trust, who issued it and whether you trust
// it), then one indented line per error or warning with what to do about it, and a summary.
import { type FileResult, type FindingEntry, type Run, type Status, summarize } from './model.js';
import { trustLine } from './trust-line.js';

const ICON: Record<Status, string> = { valid: '✓', warning: '!', invalid: '✗' };
const COLOR: Record<Status, number> = { valid: 32, warning: 33, invalid: 31 };

export function formatText(run: Run, color: boolean): string {
  const paint = (code: number, text: string) => (color ? `\x1b[${code}m${text}\x1b[39m` : text);
  const lines: string[] = [];
  for (const result of run.results) {
    lines.push(fileLine(result, paint));
    const trust = trustLine(result.report);
    if (trust) lines.push(trust);
    for (const found of result.findings) {
      if (found.severity !== 'info') lines.push(...findingLines(found));
    }
  }
  const { passed, failed, warnings } = summarize(run);
  lines.push(`${passed} passed, ${failed} failed, ${plural(warnings, 'warning')}`);
  return `${lines.join('\n')}\n`;
}

/** `1 warning`, `2 warnings`. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function fileLine(result: FileResult, paint: (code: number, text: string) => string): string {
  const status = result.status;
  return `${paint(COLOR[status], ICON[status])} ${result.file}  ${result.kind}  ${paint(COLOR[status], status)}`;
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
