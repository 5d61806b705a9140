// The 30 most common mistakes (rows in common-mistakes.rows.ts): each gives one top-level finding
// that says what is wrong, where, and what to do, with its consequences folded under it.
import { beforeAll, describe, expect, it } from 'vitest';
import type { KeyPair } from '../../src/proof/index.js';
import type { Finding, ReportBase } from '../../src/report/index.js';
import { validate } from '../../src/validate/index.js';
import { verify } from '../../src/verify/index.js';
import { testKey } from '../helpers/credentials.js';
import { correctBadge, type MistakeKit, NOW, ROWS, signWith } from './common-mistakes.rows.js';

let kit: MistakeKit;

beforeAll(async () => {
  const key = await testKey(7);
  const otherKey = await testKey(9);
  kit = {
    badge: () => correctBadge(key.controller),
    sign: (credential, with_?: KeyPair, suite?: string) =>
      signWith(credential, with_ ?? key, suite),
    key,
    otherKey,
  };
});

async function reportOf(run: 'validate' | 'verify', input: object): Promise<ReportBase> {
  return run === 'validate' ? validate(input) : verify(input, { now: new Date(NOW) });
}

const shown = (report: ReportBase): Finding[] =>
  report.findings.filter((f) => f.severity !== 'info');

describe('common mistakes', () => {
  it('has at least 20 rows, each a different mistake', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(20);
    expect(new Set(ROWS.map((r) => r.name)).size).toBe(ROWS.length);
  });

  it('a correct badge has no finding, validated or signed and verified', async () => {
    expect(shown(await reportOf('validate', kit.badge()))).toEqual([]);
    expect(shown(await reportOf('verify', await kit.sign(kit.badge())))).toEqual([]);
  });

  it.each(ROWS.map((row) => [row.name, row] as const))('%s', async (_name, row) => {
    const report = await reportOf(row.run, await row.make(kit));
    const top = shown(report);
    const first = top[0];
    const { related, ...expected } = row.expected;
    expect(first).toMatchObject(expected);
    if (expected.suggestion === undefined) expect(first?.suggestion).toBeUndefined();
    expect(first?.related?.map((f) => f.code) ?? []).toEqual(related ?? []);
    // One cause, one finding.
    expect(top).toHaveLength(row.findings);
    expect(report.status).not.toBe('valid');
  });
});
