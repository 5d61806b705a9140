// Issue 16, the table of hostile inputs: each row, built as the issue describes it, comes back
// `verified: false` with its limit's code, and the work beyond the limit is never started. Not
// timed here (times are measured by `npm run bench`); each row finishes in well under a second.
import { describe, expect, it } from 'vitest';
import type { VerificationReport } from '../../src/report/index.js';
import { verify } from '../../src/verify/index.js';
import { readFixture } from '../helpers/spec.js';

type Json = Record<string, unknown>;
interface Fixture {
  input: Json;
  options: { now: string };
}
const BADGE = readFixture<Fixture>('verify', 'valid-eddsa-rdfc-2022.json');
const CLR = readFixture<Fixture>('verify', 'clr-valid.json');
const STATUS = readFixture<Fixture>('verify', 'status-bitstring-valid.json');
const badge = () => structuredClone(BADGE.input);
const proofOf = (d: Json) => d.proof as Json;

async function row(document: Json, now: string): Promise<VerificationReport> {
  const report = await verify(document, { now: new Date(now) });
  expect(report.verified).toBe(false);
  return report;
}
const codes = (report: VerificationReport) => report.findings.map((f) => f.code);

describe('the hostile inputs of issue 16', () => {
  it('a proofValue of 200 kB: LIMITS_MULTIBASE_LENGTH, never decoded', async () => {
    const document = badge();
    proofOf(document).proofValue = `z${'1'.repeat(200_000)}`;
    const report = await row(document, BADGE.options.now);
    expect(codes(report)).toContain('LIMITS_MULTIBASE_LENGTH');
    expect(report.findings.find((f) => f.code === 'LIMITS_MULTIBASE_LENGTH')?.message).toContain(
      'limits.multibaseLength (65,536)',
    );
  });

  it('a did:key verification method of 200 kB: LIMITS_URL_LENGTH, never resolved', async () => {
    const document = badge();
    const did = `did:key:z6Mk${'x'.repeat(200_000)}`;
    proofOf(document).verificationMethod = `${did}#key`;
    const report = await row(document, BADGE.options.now);
    expect(codes(report)).toContain('LIMITS_URL_LENGTH');
  });

  it('100 proofs on a badge with 1,000 alignments: LIMITS_PROOF_COUNT, none verified', async () => {
    const document = badge();
    const subject = document.credentialSubject as Json;
    (subject.achievement as Json).alignment = Array.from({ length: 1000 }, (_, i) => ({
      type: ['Alignment'],
      targetName: `Skill ${i}`,
      targetUrl: `https://example.edu/skills/${i}`,
    }));
    document.proof = Array.from({ length: 100 }, () => proofOf(badge()));
    const report = await row(document, BADGE.options.now);
    expect(codes(report)).toContain('LIMITS_PROOF_COUNT');
    expect(codes(report)).not.toContain('PROOF_SIGNATURE_INVALID');
  });

  it('2,000 endorsements: LIMITS_ENDORSEMENT_COUNT, none verified', async () => {
    const document = badge();
    const endorsement = {
      id: 'urn:uuid:e',
      type: ['VerifiableCredential', 'EndorsementCredential'],
    };
    document.endorsement = Array.from({ length: 2000 }, (_, i) => ({
      ...endorsement,
      id: `urn:uuid:endorsement-${i}`,
    }));
    const report = await row(document, BADGE.options.now);
    expect(codes(report)).toContain('LIMITS_ENDORSEMENT_COUNT');
    expect(report.nested ?? []).toEqual([]);
  });

  it('a CLR with 1,500 nested credentials: LIMITS_CREDENTIAL_COUNT, none verified', async () => {
    const document = structuredClone(CLR.input);
    const subject = document.credentialSubject as Json;
    const first = (subject.verifiableCredential as unknown[])[0];
    subject.verifiableCredential = Array.from({ length: 1500 }, () => first);
    const report = await row(document, CLR.options.now);
    expect(codes(report)).toContain('LIMITS_CREDENTIAL_COUNT');
    expect(report.nested ?? []).toEqual([]);
  });

  it('300 status entries pointing at one list: LIMITS_STATUS_ENTRY_COUNT, no list fetched', async () => {
    const document = structuredClone(STATUS.input);
    const entry = document.credentialStatus;
    document.credentialStatus = Array.from({ length: 300 }, (_, i) => ({
      ...(entry as Json),
      id: `https://example.edu/status/1#${i}`,
      statusListIndex: String(i),
    }));
    const report = await row(document, STATUS.options.now);
    expect(codes(report)).toContain('LIMITS_STATUS_ENTRY_COUNT');
  });
});
