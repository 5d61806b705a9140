// Human-readable output: one line per file, one indented line per check that did not pass.
import { type Entry, type FileResult, type Run, type Status, summarize } from './model.js';

const ICON: Record<Status, string> = { valid: '✓', warning: '!', invalid: '✗' };
const COLOR: Record<Status, number> = { valid: 32, warning: 33, invalid: 31 };

export function formatText(run: Run, color: boolean): string {
  const paint = (code: number, text: string) => (color ? `\x1b[${code}m${text}\x1b[39m` : text);
  const lines: string[] = [];
  for (const result of run.results) {
    lines.push(fileLine(result, paint));
    for (const entry of result.entries) {
      if (entry.outcome !== 'pass' && entry.outcome !== 'info')
        lines.push(`    ${entryLine(entry)}`);
    }
  }
  const { passed, failed, warnings } = summarize(run);
  lines.push(`${passed} passed, ${failed} failed, ${warnings} warnings`);
  return `${lines.join('\n')}\n`;
}

function fileLine(result: FileResult, paint: (code: number, text: string) => string): string {
  const status = result.status;
  return `${paint(COLOR[status], ICON[status])} ${result.file}  ${result.kind}  ${paint(COLOR[status], status)}`;
}

function entryLine(entry: Entry): string {
  const code = entry.code ? ` ${entry.code}` : '';
  const where = entry.path ? ` at ${entry.path}` : '';
  return `${entry.name}: ${entry.outcome}${code}${where} — ${entry.message}`;
}
