// Issue 18's items, each shown by a committed fixture of that shape (fixtures/verify/issue18-*,
// made by scripts/make-verify-fixtures.ts) and the verdict the spec requires, asserted through
// verify(). test/verify/fixtures.test.ts checks every check the case expects; this test names the
// item, the verdict and the code, so an item whose fixture is lost or whose verdict drifts fails
// here by name. Item 12 (RevocationList2020 and more bundled contexts) is another change's; item 14
// (plurals in the CLI text) is not a credential shape: test/cli/plurals.test.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type VerificationReport, verify } from '../../src/verify/index.js';
import { REPO_ROOT } from '../helpers/spec.js';

const DIR = join(REPO_ROOT, 'fixtures', 'verify');

interface Case {
  description: string;
  input: Parameters<typeof verify>[0];
  options: { now: string; resources?: Record<string, unknown>; kind?: 'vc' };
}

const load = (name: string) => JSON.parse(readFileSync(join(DIR, `${name}.json`), 'utf8')) as Case;

async function run(name: string): Promise<VerificationReport> {
  const c = load(name);
  return verify(c.input, {
    now: new Date(c.options.now),
    ...(c.options.resources ? { resources: c.options.resources } : {}),
    ...(c.options.kind ? { kind: c.options.kind } : {}),
  });
}

type Verdict = 'verified' | 'warning' | 'failed' | 'indeterminate';

// [item, fixture, verdict, the code that says why (undefined: none)]
const ITEMS: [number, string, Verdict, string | undefined][] = [
  [1, 'issue18-01-proof-set-unknown-type', 'failed', 'PROOF_SUITE_UNSUPPORTED'],
  [2, 'issue18-02-not-a-badge', 'failed', 'TYPE_UNKNOWN_KIND'],
  [2, 'issue18-02-generic-vc', 'verified', undefined],
  [3, 'issue18-03-jpeg-achievement-image', 'verified', undefined],
  [4, 'issue18-04-context-unavailable', 'indeterminate', 'PROOF_CONTEXT_UNAVAILABLE'],
  [5, 'issue18-05-resource-html', 'failed', 'STATUS_LIST_INVALID'],
  [6, 'issue18-06-did-key-bare', 'verified', undefined],
  [7, 'issue18-07-eddsa-2022-vc11', 'warning', 'PROOF_SUITE_LEGACY'],
  [8, 'issue18-08-proof-own-context', 'verified', undefined],
  [9, 'issue18-09-ed25519-signature-2018', 'warning', 'PROOF_SUITE_LEGACY'],
  [10, 'issue18-10-vc11-jwt-claims', 'warning', 'CONTEXT_VC_V1'],
  [10, 'issue18-10-vc11-jwt-claims-contradict', 'failed', 'PROOF_JWT_CLAIMS_INVALID'],
  [10, 'issue18-10-jwt-es256-der', 'failed', 'PROOF_JWT_SIGNATURE_DER'],
  [11, 'issue18-11-ecdsa-sd-2023-derived', 'verified', undefined],
  [11, 'issue18-11-ecdsa-sd-2023-base', 'failed', 'PROOF_SD_BASE_PROOF'],
  [13, 'issue18-13-baked-svg-doctype', 'verified', undefined],
  [13, 'issue18-13-baked-svg-internal-subset', 'failed', 'PARSE_IMAGE_INVALID'],
];

describe('issue 18: a fixture per item, with the verdict the spec requires', () => {
  it('has a fixture for every item but 12 (another change) and 14 (CLI text)', () => {
    const items = new Set(ITEMS.map(([item]) => item));
    expect([...items].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13]);
    const files = readdirSync(DIR).filter((f) => f.startsWith('issue18-'));
    expect(files.sort()).toEqual(ITEMS.map(([, name]) => `${name}.json`).sort());
  });

  it.each(ITEMS)('item %i: %s is %s (%s)', async (_item, name, verdict, code) => {
    const report = await run(name);
    const codes = report.findings.map((f) => f.code);
    const undecided = report.checks.some((c) => c.outcome === 'indeterminate');
    switch (verdict) {
      case 'verified':
        expect(report.verified, JSON.stringify(report.findings)).toBe(true);
        expect(report.status).toBe('valid');
        break;
      case 'warning':
        expect(report.verified, JSON.stringify(report.findings)).toBe(true);
        expect(report.status).toBe('warning');
        break;
      case 'indeterminate':
        expect(report.verified).toBe(false);
        expect(undecided).toBe(true);
        // Not a forgery verdict.
        expect(codes).not.toContain('PROOF_SIGNATURE_INVALID');
        expect(codes).not.toContain('PROOF_JSONLD_INVALID');
        break;
      case 'failed':
        expect(report.verified).toBe(false);
        expect(report.status).toBe('invalid');
        break;
    }
    if (code !== undefined) expect(codes, JSON.stringify(report.findings)).toContain(code);
  });

  it('item 1: the finding names the proof type', async () => {
    const report = await run('issue18-01-proof-set-unknown-type');
    const finding = report.findings.find((f) => f.code === 'PROOF_SUITE_UNSUPPORTED');
    expect(finding?.path).toBe('/proof/1');
    expect(finding?.message).toContain('BbsBlsSignature2020');
  });

  it('item 4: the finding names the missing context and how to supply it', async () => {
    const report = await run('issue18-04-context-unavailable');
    const finding = report.findings.find((f) => f.code === 'PROOF_CONTEXT_UNAVAILABLE');
    expect(finding?.message).toContain('https://example.org/contexts/extra.json');
    expect(`${finding?.message} ${finding?.hint}`).toContain('resources');
  });

  it('item 8: a proof @context that is not the suite’s is refused (the twin)', async () => {
    const c = load('issue18-08-proof-own-context');
    const input = c.input as unknown as { proof: Record<string, unknown> };
    const url = 'https://example.org/proof-terms.json';
    const terms = { '@context': { proofPurpose: 'https://example.org/vocab#purpose' } };
    const other = {
      ...input,
      proof: { ...input.proof, '@context': ['https://w3id.org/security/data-integrity/v2', url] },
    };
    const report = await verify(other, {
      now: new Date(c.options.now),
      resources: { [url]: terms },
    });
    expect(report.verified).toBe(false);
    expect(report.findings.map((f) => f.code)).toContain('PROOF_CONTEXT_INVALID');
  });
});
