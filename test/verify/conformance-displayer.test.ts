// The OB 3.0 Conformance and Certification Guide's displayer tests (§Open Badges 3.0 Displayer
// Service Conformance, fixtures/spec/text/ob_v3p0/ob_v3p0-cert.md), as far as a library takes
// part in them: three badges — neither expired nor revoked, expired but not revoked, revoked but not
// expired — in VC Data Model 2.0 (tests 1 and 2) and in VC Data Model 1.1 (tests 3 and 4), verified
// and their status reported; and the data a displayer shows, read from a baked badge. The VC 2.0
// badges are the committed cases of fixtures/verify; the VC 1.1 ones are signed here from the
// fixtures/verify/vc-1.1-legacy.json credential, with the same key (seed byte 11). Showing them in a
// UI and recording videos are the platform's part (docs/certification.md).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bake, extract } from '../../src/bake/index.js';
import { generateKeyPair, sign } from '../../src/proof/index.js';
import { type VerificationReport, verify } from '../../src/verify/index.js';
import { REPO_ROOT } from '../helpers/spec.js';

interface Case {
  input: Record<string, unknown>;
  options: { now: string; resources?: Record<string, unknown> };
}

const load = (name: string) =>
  JSON.parse(readFileSync(join(REPO_ROOT, 'fixtures', 'verify', `${name}.json`), 'utf8')) as Case;

const NOW = '2025-06-01T00:00:00Z';
const outcome = (report: VerificationReport, check: string) =>
  report.checks.find((c) => c.check === check)?.outcome;
const codes = (report: VerificationReport) =>
  report.findings.filter((f) => f.severity === 'error').map((f) => f.code);

/** What a displayer reports: the verdict, and whether it is expired and whether revoked. */
async function status(input: Parameters<typeof verify>[0], resources?: Record<string, unknown>) {
  const report = await verify(input, { now: new Date(NOW), ...(resources ? { resources } : {}) });
  return {
    verified: report.verified,
    expired: report.findings.some((f) => f.code === 'DATES_EXPIRED'),
    revoked: report.findings.some((f) => f.code === 'STATUS_REVOKED'),
    proof: outcome(report, 'proof'),
    errors: codes(report),
  };
}

// VC Data Model 1.1 badges (test 3): signed here, as the 1.1 legacy fixture was.
const REVOCATIONS = 'https://example.edu/revocations-v11';
async function vc11(extra: Record<string, unknown>, contexts: string[] = []) {
  const { proof: _, ...unsigned } = load('vc-1.1-legacy').input;
  const key = await generateKeyPair({ seed: new Uint8Array(32).fill(11) });
  return sign<Record<string, unknown>>(
    {
      ...unsigned,
      '@context': [...(unsigned['@context'] as string[]), ...contexts],
      ...extra,
    },
    { key, created: '2025-01-01T00:00:00Z' },
  );
}

describe('OB 3.0 certification, displayer tests 1 and 2: three VC 2.0 badges', () => {
  it.each([
    ['neither expired nor revoked (eddsa-rdfc-2022)', 'valid-eddsa-rdfc-2022', false, false],
    ['expired but not revoked', 'expired', true, false],
    [
      'revoked (1EdTechRevocationList) but not expired',
      'revoked-1edtech-revocation-list',
      false,
      true,
    ],
  ])('%s', async (_title, name, expired, revoked) => {
    const c = load(name);
    const result = await status(c.input, c.options.resources);
    expect(result).toEqual({
      verified: !expired && !revoked,
      expired,
      revoked,
      proof: 'pass',
      errors: [...(expired ? ['DATES_EXPIRED'] : []), ...(revoked ? ['STATUS_REVOKED'] : [])],
    });
  });

  it('tells revoked from unknown: without the revocation list the status is indeterminate, never "not revoked"', async () => {
    const c = load('revoked-1edtech-revocation-list');
    const report = await verify(c.input, { now: new Date(NOW) });
    expect(report.findings.some((f) => f.code === 'STATUS_REVOKED')).toBe(false);
    expect(outcome(report, 'status')).toBe('indeterminate');
    expect(report.status).not.toBe('valid');
  });
});

describe('OB 3.0 certification, displayer tests 3 and 4: the same three badges in VC Data Model 1.1', () => {
  it('VC 1.1: neither expired nor revoked', async () => {
    const result = await status(await vc11({}, ['https://w3id.org/security/data-integrity/v2']));
    expect(result).toEqual({
      verified: true,
      expired: false,
      revoked: false,
      proof: 'pass',
      errors: [],
    });
  });

  it('VC 1.1: expired (expirationDate in the past) but not revoked', async () => {
    const result = await status(
      await vc11({ expirationDate: '2025-03-01T00:00:00Z' }, [
        'https://w3id.org/security/data-integrity/v2',
      ]),
    );
    expect(result).toMatchObject({ verified: false, expired: true, revoked: false, proof: 'pass' });
    expect(result.errors).toEqual(['DATES_EXPIRED']);
  });

  it('VC 1.1: revoked (1EdTechRevocationList) but not expired', async () => {
    const input = await vc11(
      { credentialStatus: { id: REVOCATIONS, type: '1EdTechRevocationList' } },
      [
        'https://purl.imsglobal.org/spec/ob/v3p0/extensions.json',
        'https://w3id.org/security/data-integrity/v2',
      ],
    );
    const list = (revoked: string[]) => ({
      [REVOCATIONS]: {
        id: REVOCATIONS,
        issuer: (input.issuer as { id: string }).id,
        revokedCredentials: revoked.map((id) => ({ id, revocationReason: 'Issued in error' })),
      },
    });
    const result = await status(input, list([input.id as string]));
    expect(result).toMatchObject({ verified: false, expired: false, revoked: true, proof: 'pass' });
    expect(result.errors).toEqual(['STATUS_REVOKED']);
    // The same badge with a list that does not name it: not revoked.
    expect(await status(input, list(['urn:uuid:someone-else']))).toMatchObject({
      verified: true,
      revoked: false,
    });
  });
});

describe('OB 3.0 certification, displayer test 1: the data a viewer sees', () => {
  it('reads image, name, description, issuer name and issuance date from a baked badge', async () => {
    const c = load('valid-eddsa-rdfc-2022');
    const png = new Uint8Array(readFileSync(join(REPO_ROOT, 'fixtures', 'demo', 'badge.png')));
    const baked = bake(png, c.input);
    const { credential } = await extract(baked);
    const badge = credential as {
      name: string;
      validFrom: string;
      issuer: { name: string };
      credentialSubject: { achievement: { name: string; description: string } };
    };
    expect({
      name: badge.name,
      description: badge.credentialSubject.achievement.description,
      issuer: badge.issuer.name,
      issuedOn: badge.validFrom,
    }).toEqual({
      name: 'Teamwork',
      description: 'Collaborates effectively within a group.',
      issuer: 'Example University',
      issuedOn: '2025-01-01T00:00:00Z',
    });
    const report = await verify(baked, { now: new Date(NOW) });
    expect(report.verified).toBe(true);
    expect(report.issuer?.name).toBe('Example University');
  });
});
