// Issue 16, the table of hostile inputs: each row, built as the issue describes it, comes back
// `verified: false` with its limit's code, and the work beyond the limit is never started. Not
// timed here (`npm run bench` times each row, `hostile:` rows); each finishes in well under a
// second. The inputs are built in bench/fixtures/hostile.mjs, shared with the benchmark.
import { describe, expect, it } from 'vitest';
import { HOSTILE_ROWS, type HostileRow } from '../../bench/fixtures/hostile.mjs';
import type { VerificationReport } from '../../src/report/index.js';
import { verify } from '../../src/verify/index.js';

function hostile(id: string): HostileRow {
  const found = HOSTILE_ROWS.find((r) => r.id === id);
  if (!found) throw new Error(`no hostile row ${id}`);
  return found;
}

async function row(id: string): Promise<VerificationReport> {
  const { document, options } = hostile(id).build();
  const report = await verify(document, options);
  expect(report.verified).toBe(false);
  expect(codes(report)).toContain(hostile(id).code);
  return report;
}
const codes = (report: VerificationReport) => report.findings.map((f) => f.code);

describe('the hostile inputs of issue 16', () => {
  it('has the six rows of the table', () => {
    expect(HOSTILE_ROWS.map((r) => r.code)).toEqual([
      'LIMITS_MULTIBASE_LENGTH',
      'LIMITS_URL_LENGTH',
      'LIMITS_PROOF_COUNT',
      'LIMITS_ENDORSEMENT_COUNT',
      'LIMITS_CREDENTIAL_COUNT',
      'LIMITS_STATUS_ENTRY_COUNT',
    ]);
  });

  it('a proofValue of 200 kB: LIMITS_MULTIBASE_LENGTH, never decoded', async () => {
    const { document } = hostile('proof-value-200kb').build();
    expect((document.proof as { proofValue: string }).proofValue.length).toBe(200_001);
    const report = await row('proof-value-200kb');
    expect(report.findings.find((f) => f.code === 'LIMITS_MULTIBASE_LENGTH')?.message).toContain(
      'limits.multibaseLength (65,536)',
    );
  });

  it('a did:key verification method of 200 kB: LIMITS_URL_LENGTH, never resolved', async () => {
    const { document } = hostile('did-key-200kb').build();
    const method = (document.proof as { verificationMethod: string }).verificationMethod;
    expect(method.length).toBeGreaterThan(200_000);
    await row('did-key-200kb');
  });

  it('100 proofs on a badge with 1,000 alignments: LIMITS_PROOF_COUNT, none verified', async () => {
    const { document } = hostile('proofs-100-alignments-1000').build();
    expect(document.proof).toHaveLength(100);
    const report = await row('proofs-100-alignments-1000');
    expect(codes(report)).not.toContain('PROOF_SIGNATURE_INVALID');
  });

  it('2,000 endorsements: LIMITS_ENDORSEMENT_COUNT, none verified', async () => {
    expect(hostile('endorsements-2000').build().document.endorsement).toHaveLength(2000);
    const report = await row('endorsements-2000');
    expect(report.nested ?? []).toEqual([]);
  });

  it('a CLR with 1,500 nested credentials: LIMITS_CREDENTIAL_COUNT, none verified', async () => {
    const report = await row('clr-nested-1500');
    expect(report.nested ?? []).toEqual([]);
  });

  it('300 status entries pointing at one 16 MiB list: LIMITS_STATUS_ENTRY_COUNT, no list read', async () => {
    const { document, options } = hostile('status-entries-300').build();
    expect(document.credentialStatus).toHaveLength(300);
    expect(Object.keys(options.resources ?? {})).toHaveLength(1);
    const report = await row('status-entries-300');
    expect(codes(report).filter((c) => c.startsWith('STATUS_'))).toEqual([]);
  });
});
