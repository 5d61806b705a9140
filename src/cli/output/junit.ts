// JUnit XML: one <testsuite> per run, one <testcase> per file and check (classname = file, name =
// check id); <failure> for a failed check (and, with --strict, a warning), <skipped> for a skip.
import { type Entry, entryFails, type FileResult, type Run } from './model.js';
import { element, escapeXml } from './xml.js';

interface Case {
  classname: string;
  name: string;
  failure?: Entry;
  skipped?: Entry;
  note?: Entry;
}

export function formatJunit(run: Run): string {
  const cases = run.results.flatMap((result) => casesOf(result, run.strict));
  const failures = cases.filter((c) => c.failure).length;
  const skipped = cases.filter((c) => c.skipped).length;
  const counts = { tests: cases.length, failures, errors: 0, skipped };
  const name = `lerkit ${run.command}`;
  const suite = element('testsuite', { name, ...counts }, `\n${cases.map(caseXml).join('\n')}\n`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${element('testsuites', { name, ...counts }, `\n${suite}\n`)}\n`;
}

function casesOf(result: FileResult, strict: boolean): Case[] {
  const classname = result.file;
  if (result.entries.length === 0) return [{ classname, name: result.kind }];
  return result.entries.map((entry): Case => {
    if (entryFails(entry, strict)) return { classname, name: entry.name, failure: entry };
    if (entry.outcome === 'skip') return { classname, name: entry.name, skipped: entry };
    if (entry.outcome === 'pass') return { classname, name: entry.name };
    return { classname, name: entry.name, note: entry };
  });
}

function caseXml(c: Case): string {
  const attributes = { classname: c.classname, name: c.name };
  if (c.failure) {
    const body = escapeXml(describe(c.failure));
    return element(
      'testcase',
      attributes,
      element(
        'failure',
        { message: c.failure.message, type: c.failure.code ?? c.failure.outcome },
        body,
      ),
    );
  }
  if (c.skipped)
    return element('testcase', attributes, element('skipped', { message: c.skipped.message }));
  if (c.note)
    return element('testcase', attributes, element('system-out', {}, escapeXml(describe(c.note))));
  return element('testcase', attributes);
}

function describe(entry: Entry): string {
  const code = entry.code ? ` ${entry.code}` : '';
  const where = entry.path ? ` at ${entry.path}` : '';
  return `${entry.outcome}${code}${where}: ${entry.message}`;
}
