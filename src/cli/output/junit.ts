// JUnit XML: one <testsuite> per file (written as each file finishes), one <testcase> per check
// (classname = file, name = check id); <failure> for a failed check (and, with --strict, a
// warning), <skipped> for a skip; the check's findings in the body.
import { type CheckEntry, checkFails, type FileResult, type Run } from './model.js';
import { element, escapeXml } from './xml.js';

interface Case {
  classname: string;
  name: string;
  check?: CheckEntry;
  kind: 'pass' | 'failure' | 'skipped' | 'note';
  body: string;
}

export function formatJunit(run: Run): string {
  const suites = run.results.map((result) => junitSuite(result, run.strict)).join('');
  return junitHead(run.command) + suites + JUNIT_TAIL;
}

/** The XML declaration and the opening <testsuites> (no totals: the file is written as it goes). */
export function junitHead(command: Run['command']): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="lerkit ${command}">\n`;
}

/** Closes the document. */
export const JUNIT_TAIL = '</testsuites>\n';

/** One file's <testsuite> (name = the file), with its counts and a <testcase> per check. */
export function junitSuite(result: FileResult, strict: boolean): string {
  const cases = casesOf(result, strict);
  const failures = cases.filter((c) => c.kind === 'failure').length;
  const skipped = cases.filter((c) => c.kind === 'skipped').length;
  const counts = { tests: cases.length, failures, errors: 0, skipped };
  return `${element('testsuite', { name: result.file, ...counts }, `\n${cases.map(caseXml).join('\n')}\n`)}\n`;
}

function casesOf(result: FileResult, strict: boolean): Case[] {
  const classname = result.file;
  if (result.checks.length === 0) return [{ classname, name: result.kind, kind: 'pass', body: '' }];
  return result.checks.map((check): Case => {
    const body = result.findings
      .filter((f) => f.name === check.name)
      .map(
        (f) => `${f.severity} ${f.code}${f.path ? ` at ${f.path}` : ''}: ${f.message} (${f.hint})`,
      )
      .join('\n');
    const kind = checkFails(check, strict)
      ? 'failure'
      : check.outcome === 'skipped'
        ? 'skipped'
        : check.outcome === 'pass' && body === ''
          ? 'pass'
          : 'note';
    return { classname, name: check.name, check, kind, body: body || check.message };
  });
}

function caseXml(c: Case): string {
  const attributes = { classname: c.classname, name: c.name };
  const check = c.check as CheckEntry;
  switch (c.kind) {
    case 'failure':
      return element(
        'testcase',
        attributes,
        element('failure', { message: check.message, type: check.outcome }, escapeXml(c.body)),
      );
    case 'skipped':
      return element('testcase', attributes, element('skipped', { message: check.message }));
    case 'note':
      return element('testcase', attributes, element('system-out', {}, escapeXml(c.body)));
    default:
      return element('testcase', attributes);
  }
}
