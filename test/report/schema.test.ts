// The versioned JSON Schemas of the report and of the CLI's JSON output (schemas/lerkit/, shipped
// in the package) are what the tables render, and real output conforms to them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import {
  cliOutputSchema,
  REPORT_SCHEMA_VERSION,
  reportSchema,
} from '../../src/report/render-schema.js';
import { validate } from '../../src/validate/index.js';
import { verify } from '../../src/verify/index.js';
import { REPO_ROOT } from '../helpers/spec.js';

const SCHEMAS = join(REPO_ROOT, 'schemas', 'lerkit');
const read = (name: string) => JSON.parse(readFileSync(join(SCHEMAS, name), 'utf8'));
const ajv = new Ajv2020({ allErrors: true });
const reportValid = ajv.compile(read(`report-v${REPORT_SCHEMA_VERSION}.json`));
const cliValid = ajv.compile(read(`cli-output-v${REPORT_SCHEMA_VERSION}.json`));

function fixtures(dir: string): { input: unknown; options?: Record<string, unknown> }[] {
  return readdirSync(join(REPO_ROOT, 'fixtures', dir))
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(REPO_ROOT, 'fixtures', dir, f), 'utf8')));
}

describe('schemas/lerkit', () => {
  it('are the renderings of the tables (run `npm run docs:codes` after changing them)', () => {
    expect(read(`report-v${REPORT_SCHEMA_VERSION}.json`)).toEqual(reportSchema());
    expect(read(`cli-output-v${REPORT_SCHEMA_VERSION}.json`)).toEqual(cliOutputSchema());
  });

  it('accept every verification report of fixtures/verify, nested ones included', async () => {
    for (const fixture of fixtures('verify')) {
      const options = fixture.options as { now: string; resources?: Record<string, unknown> };
      const report = await verify(fixture.input as object, {
        now: new Date(options.now),
        ...(options.resources ? { resources: options.resources } : {}),
      });
      expect(reportValid(report), JSON.stringify(reportValid.errors)).toBe(true);
    }
  });

  it('accept every validation report of fixtures/validate, and parse failures', async () => {
    const reports = await Promise.all([
      ...fixtures('validate/valid').map((f) => validate(f.input as object)),
      ...fixtures('validate/invalid').map((f) => validate(f.input as object)),
      validate('{nope'),
      verify('[1]'),
    ]);
    for (const report of reports) {
      expect(reportValid(report), JSON.stringify(reportValid.errors)).toBe(true);
    }
  });

  it('accept the CLI JSON output', async () => {
    const out: string[] = [];
    const io = {
      stdout: { write: (d: string | Uint8Array) => out.push(String(d)) },
      stderr: { write: () => {} },
      env: {},
    };
    await run(['verify', 'fixtures/cli', '--format', 'json', '--now', '2025-06-01T00:00:00Z'], io);
    const output = JSON.parse(out.join(''));
    expect(cliValid(output), JSON.stringify(cliValid.errors)).toBe(true);
  });

  it('reject what is not a report: unknown codes, checks and outcomes, missing fields', async () => {
    const report = await validate('{nope');
    expect(reportValid(report)).toBe(true);
    const broken = [
      { ...report, checks: undefined },
      { ...report, findings: [{ ...report.findings[0], code: 'NOT_A_CODE' }] },
      { ...report, checks: [{ check: 'spelling', outcome: 'pass', message: '' }] },
      { ...report, checks: [{ check: 'parse', outcome: 'fail', message: '' }] },
      { ...report, valid: undefined },
      { ...report, findings: [{ ...report.findings[0], path: 'no-slash' }] },
    ];
    for (const value of broken) expect(reportValid(JSON.parse(JSON.stringify(value)))).toBe(false);
  });
});
