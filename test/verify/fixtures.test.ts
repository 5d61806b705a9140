// Every case in fixtures/verify (made by scripts/make-verify-fixtures.ts): the report has the
// expected verdict, the expected checks (id, outcome, code, path) and nested reports — and no
// verification touches the network, since no case passes `fetch`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createVerifier, type VerificationReport, verify } from '../../src/verify/index.js';
import { REPO_ROOT } from '../helpers/spec.js';

interface Case {
  description: string;
  input: object | string;
  options: {
    now: string;
    resources?: Record<string, unknown>;
    knownIdentifier?: string;
    kind?: 'vc';
  };
  expect: {
    verified: boolean;
    status: VerificationReport['status'];
    kind?: string;
    checks: { check: string; outcome: string; code?: string; path?: string }[];
    nested?: { path: string; verified: boolean; status: string; kind?: string }[];
  };
}

const DIR = join(REPO_ROOT, 'fixtures', 'verify');
const CASES = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .map(
    (f) =>
      [f.replace(/\.json$/, ''), JSON.parse(readFileSync(join(DIR, f), 'utf8')) as Case] as const,
  );

const networkCalls: unknown[] = [];
beforeAll(() => {
  vi.stubGlobal('fetch', (...args: unknown[]) => {
    networkCalls.push(args);
    throw new Error('network access during verification');
  });
});
afterAll(() => {
  vi.unstubAllGlobals();
});

function optionsOf(c: Case) {
  return {
    now: new Date(c.options.now),
    ...(c.options.resources ? { resources: c.options.resources } : {}),
    ...(c.options.knownIdentifier ? { knownIdentifier: c.options.knownIdentifier } : {}),
    ...(c.options.kind ? { kind: c.options.kind } : {}),
  };
}

function expectReport(report: VerificationReport, expected: Case['expect']) {
  expect({ verified: report.verified, status: report.status }).toEqual({
    verified: expected.verified,
    status: expected.status,
  });
  if (expected.kind) expect(report.kind).toBe(expected.kind);
  for (const check of expected.checks) {
    const result = report.checks.find((c) => c.check === check.check);
    expect(
      result?.outcome,
      `${JSON.stringify(check)} in ${JSON.stringify(report.checks, null, 1)}`,
    ).toBe(check.outcome);
    if (check.code === undefined) continue;
    const found = report.findings.filter(
      (f) =>
        f.check === check.check &&
        f.code === check.code &&
        (check.path === undefined || f.path === check.path),
    );
    expect(
      found,
      `${JSON.stringify(check)} in ${JSON.stringify(report.findings, null, 1)}`,
    ).not.toHaveLength(0);
  }
  for (const nested of expected.nested ?? []) {
    const inner = report.nested?.find((n) => n.path === nested.path);
    expect(inner, `nested report at ${nested.path}`).toBeDefined();
    expect(inner).toMatchObject(nested);
  }
}

describe('fixtures/verify', () => {
  it('has the cases the verification issue lists', () => {
    const names = CASES.map(([name]) => name);
    for (const required of [
      'valid-eddsa-rdfc-2022',
      'valid-eddsa-jcs-2022',
      'valid-ecdsa-rdfc-2019',
      'valid-Ed25519Signature2020',
      'valid-vc-jwt-RS256',
      'expired',
      'not-yet-valid',
      'revoked-1edtech-revocation-list',
      'revoked-bitstring',
      'revoked-status-list-2021',
      'suspended-bitstring',
      'status-list-unreachable',
      'status-list-tampered',
      'tampered',
      'wrong-issuer-key',
      'unknown-did-method',
      'vc-1.1-legacy',
      'endorsement-valid',
      'endorsement-invalid',
      'clr-valid',
      'clr-tampered-nested',
      'clr-dangling-association',
      'clr-nested-vc-jwt',
    ]) {
      expect(names).toContain(required);
    }
  });

  it.each(CASES)('%s', async (_name, c) => {
    const report = await verify(c.input, optionsOf(c));
    expectReport(report, c.expect);
  });

  it('gives the same reports through one verifier with shared caches', async () => {
    for (const [, c] of CASES.filter(([n]) => n.startsWith('revoked') || n.startsWith('clr'))) {
      const verifier = createVerifier(optionsOf(c));
      const [first, second] = await Promise.all([
        verifier.verify(c.input),
        verifier.verify(c.input),
      ]);
      expectReport(first as VerificationReport, c.expect);
      expect(second).toEqual(first);
    }
  });

  it('made no network request', () => {
    expect(networkCalls).toEqual([]);
  });
});
