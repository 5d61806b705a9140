// Machine-readable output, stable (version 1): the library's reports unchanged, plus a summary.
import { type Run, summarize } from './model.js';

export function formatJson(run: Run): string {
  const document = {
    version: 1,
    results: run.results.map(({ file, report }) => ({ file, report })),
    summary: summarize(run),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
