// verify() never throws and never hangs on bad or hostile input: every outcome is a report.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { verify } from '../../src/verify/index.js';
import { signedBadge } from '../helpers/credentials.js';

const NOW = new Date('2024-06-01T00:00:00Z');

function isReport(value: unknown): boolean {
  const r = value as { verified?: unknown; status?: unknown; checks?: unknown };
  return typeof r.verified === 'boolean' && typeof r.status === 'string' && Array.isArray(r.checks);
}

describe('hostile input', () => {
  it('refuses deep nesting before processing it', async () => {
    let array: unknown = 'x';
    let object: unknown = {};
    for (let i = 0; i < 50_000; i++) {
      array = [array];
      object = { a: object };
    }
    for (const credentialSubject of [array, object]) {
      const report = await verify(
        { '@context': ['https://www.w3.org/ns/credentials/v2'], credentialSubject },
        { now: NOW },
      );
      expect(report.checks[0]).toMatchObject({ check: 'parse', outcome: 'error' });
      expect(report.findings[0]).toMatchObject({
        check: 'limits',
        code: 'LIMITS_JSON_DEPTH',
      });
    }
    const text = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect((await verify(text, { now: NOW })).verified).toBe(false);
  });

  it('bounds how many endorsements of one object it verifies (limits.endorsements)', async () => {
    const junk = 'eyJhbGciOiJFZERTQSJ9.e30.AAAA';
    const credential = {
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      type: ['VerifiableCredential'],
      endorsementJwt: Array.from({ length: 2500 }, () => junk),
    };
    const report = await verify(credential, { now: NOW });
    expect(report.nested).toBeUndefined(); // the work beyond the limit is never started
    expect(report.findings).toContainEqual(
      expect.objectContaining({
        check: 'limits',
        code: 'LIMITS_ENDORSEMENT_COUNT',
        severity: 'error',
        path: '/endorsementJwt',
      }),
    );
    const within = await verify(credential, {
      now: NOW,
      limits: { endorsements: 3000, credentials: 1000 },
    });
    expect(within.nested).toHaveLength(2500);
    expect(within.findings.some((f) => f.code === 'LIMITS_ENDORSEMENT_COUNT')).toBe(false);
  });

  it('returns a report for any JSON value', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 6 }), async (value) => {
        const report = await verify(JSON.stringify(value), { now: NOW });
        expect(isReport(report)).toBe(true);
        expect(report.verified).toBe(false);
      }),
      { numRuns: 150, seed: 20261123 },
    );
  });

  it('returns a report for random edits of a signed credential', async () => {
    const { credential } = await signedBadge();
    const text = JSON.stringify(credential);
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: text.length - 1 }),
        fc.string({ minLength: 0, maxLength: 3 }),
        fc.nat({ max: 3 }),
        async (at, insert, remove) => {
          const mutated = text.slice(0, at) + insert + text.slice(at + remove);
          const report = await verify(mutated, { now: NOW });
          expect(isReport(report)).toBe(true);
          if (mutated !== text && report.verified) {
            // An edit that still verifies must not have changed the credential's meaning.
            expect(JSON.parse(mutated)).toEqual(credential);
          }
        },
      ),
      { numRuns: 120, seed: 11232026 },
    );
  });
});
