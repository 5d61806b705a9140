// Clears the per-target counts before the fuzz run and prints them, with the total and the time,
// after it.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../helpers/spec.js';

const DIR = join(REPO_ROOT, '.tmp', 'fuzz-counts');

export default function setup(): () => void {
  rmSync(DIR, { recursive: true, force: true });
  const started = performance.now();
  return () => {
    let files: string[] = [];
    try {
      files = readdirSync(DIR).filter((f) => f.endsWith('.json'));
    } catch {
      // No target finished.
    }
    const rows = files
      .map(
        (f) => JSON.parse(readFileSync(join(DIR, f), 'utf8')) as { target: string; count: number },
      )
      .sort((a, b) => a.target.localeCompare(b.target));
    const total = rows.reduce((sum, row) => sum + row.count, 0);
    const width = Math.max(6, ...rows.map((r) => r.target.length));
    const lines = rows.map((r) => `  ${r.target.padEnd(width)}  ${String(r.count).padStart(7)}`);
    const seconds = ((performance.now() - started) / 1000).toFixed(0);
    process.stdout.write(
      `\nFuzz inputs per target:\n${lines.join('\n')}\n  ${'total'.padEnd(width)}  ${String(total).padStart(7)}  (${seconds} s)\n`,
    );
  };
}
