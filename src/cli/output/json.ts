// Machine-readable output, stable (version 1): the library's reports unchanged, plus a summary.
import { type FileResult, type Run, type Summary, summarize } from './model.js';

export function formatJson(run: Run): string {
  const document = {
    version: 1,
    results: run.results.map(({ file, report }) => ({ file, report })),
    summary: summarize(run),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/**
 * The same document as {@link formatJson}, byte for byte, in pieces: the head, each result as its
 * file finishes, then the summary (memory holds one report at a time).
 */
export const JSON_HEAD = '{\n  "version": 1,\n  "results": [\n';

/** One result of the `results` array (`first`: no comma before it). */
export function jsonResult(result: FileResult, first: boolean): string {
  const text = JSON.stringify({ file: result.file, report: result.report }, null, 2);
  return `${first ? '' : ',\n'}${text.replace(/^/gm, '    ')}`;
}

/** Closes `results` and adds the summary. */
export function jsonTail(summary: Summary): string {
  const text = JSON.stringify(summary, null, 2).replace(/\n/g, '\n  ');
  return `\n  ],\n  "summary": ${text}\n}\n`;
}

/** JSON lines (--format jsonl): `{ "file", "report" }` per file, one line each. */
export function jsonLine(result: FileResult): string {
  return `${JSON.stringify({ file: result.file, report: result.report })}\n`;
}
