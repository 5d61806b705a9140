// Every example in docs/examples runs, and does what the docs say.
import { describe, expect, it, vi } from 'vitest';
import { checkOf } from '../helpers/report.js';

describe('docs/examples', () => {
  it('quick-start issues, signs and verifies a badge', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const { main } = await import('../../docs/examples/quick-start.js');
    const report = await main();
    expect(report).toMatchObject({
      verified: true,
      status: 'valid',
      kind: 'AchievementCredential',
    });
    log.mockRestore();
  });
});

describe('docs/examples/issue-from-sis', () => {
  it('issues badges for completed courses only and verifiable transcripts per student', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const { main } = await import('../../docs/examples/issue-from-sis.js');
    const { badges, transcripts, reports } = await main();
    expect([...badges.keys()]).toEqual(['S-1001']);
    expect(badges.get('S-1001')).toHaveLength(2);
    expect(transcripts).toHaveLength(1);
    expect(reports.every((r) => r.verified)).toBe(true);
    log.mockRestore();
  });
});

describe('docs/examples/key-management', () => {
  it('publishes a did:web, signs through signers and round-trips keys, as the guide says', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const { main } = await import('../../docs/examples/key-management.js');
    const result = await main();
    log.mockRestore();
    expect(result.didUrl).toBe('https://example.edu/.well-known/did.json');
    expect(result.report).toMatchObject({ verified: true, status: 'valid' });
    expect(result.unresolvedCode).toBe('PROOF_DID_UNRESOLVED');
    expect(result.derRoundTrip).toBe(true);
    expect(result.jwt.split('.')).toHaveLength(3);
    expect(result.jwtReport).toMatchObject({ verified: true, status: 'valid' });
    expect(result.oldKeyStillVerifies).toBe(true);
    expect(result.pemRoundTrip).toBe(true);

    // The did.json printed in the guide is the one the example builds.
    const { readFile } = await import('node:fs/promises');
    const guide = await readFile(new URL('../../docs/key-management.md', import.meta.url), 'utf8');
    const block =
      /<!-- did\.json: docs\/examples\/key-management\.ts -->\s*```json\n([\s\S]*?)```/.exec(guide);
    expect(block, 'the guide has the marked did.json block').not.toBeNull();
    expect(JSON.parse(block?.[1] as string)).toEqual(result.didJson);
    // So is the DER helper.
    const example = await readFile(
      new URL('../../docs/examples/key-management.ts', import.meta.url),
      'utf8',
    );
    const helper = (text: string) => /function derToRaw[\s\S]*?\n}\n/.exec(text)?.[0];
    expect(helper(guide)).toBeDefined();
    expect(helper(guide)).toBe(helper(example));
  });

  it('converts DER ECDSA signatures to raw r ‖ s', async () => {
    const { derToRaw, rawToDer } = await import('../../docs/examples/key-management.js');
    // r = 1 (short), s = 0x80 (high bit: DER adds a 0x00 sign byte).
    const der = Uint8Array.of(0x30, 0x07, 0x02, 0x01, 0x01, 0x02, 0x02, 0x00, 0x80);
    const raw = new Uint8Array(64);
    raw[31] = 0x01;
    raw[63] = 0x80;
    expect(derToRaw(der)).toEqual(raw);
    expect(rawToDer(raw)).toEqual(der);
    // Full-width integers with the high bit set, and one with leading zero bytes.
    const edge = new Uint8Array(64).fill(0xff);
    edge.fill(0, 32, 34);
    expect(derToRaw(rawToDer(edge))).toEqual(edge);
    // Real signatures: WebCrypto's raw output survives DER and back, and still verifies.
    const ecdsa = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' };
    const pair = await crypto.subtle.generateKey(ecdsa, false, ['sign', 'verify']);
    for (let i = 0; i < 32; i++) {
      const data = Uint8Array.of(i);
      const signature = new Uint8Array(await crypto.subtle.sign(ecdsa, pair.privateKey, data));
      const back = derToRaw(rawToDer(signature));
      expect(back).toEqual(signature);
      expect(await crypto.subtle.verify(ecdsa, pair.publicKey, back as BufferSource, data)).toBe(
        true,
      );
    }
    expect(() => derToRaw(Uint8Array.of(0x31, 0x00))).toThrow('Not a DER SEQUENCE');
  });
});

describe('docs/examples/verify-in-a-platform', () => {
  it('verifies a valid badge, a revoked one and a CLR carrying both with one verifier', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const { main, failures } = await import('../../docs/examples/verify-in-a-platform.js');
    const { teamwork, leadership, transcript, leadershipId } = await main();
    const lines = log.mock.calls.map((call) => String(call[0]));
    log.mockRestore();

    expect(teamwork).toMatchObject({
      verified: true,
      status: 'valid',
      kind: 'AchievementCredential',
    });
    expect(checkOf(teamwork, 'status')).toMatchObject({ outcome: 'pass' });
    expect(checkOf(teamwork, 'status')?.message).toContain('Not revoked');

    expect(leadership).toMatchObject({ verified: false, status: 'invalid', id: leadershipId });
    expect(leadership.findings.filter((f) => f.severity === 'error')).toEqual([
      expect.objectContaining({
        check: 'status',
        code: 'STATUS_REVOKED',
        path: '/credentialStatus',
      }),
    ]);

    const at = '/credentialSubject/verifiableCredential/1';
    expect(transcript).toMatchObject({ verified: false, status: 'invalid', kind: 'ClrCredential' });
    expect(checkOf(transcript, 'proof')?.outcome).toBe('pass');
    expect(transcript.findings.filter((f) => f.severity === 'error')).toEqual([
      expect.objectContaining({ check: 'credentials', code: 'CREDENTIALS_INVALID', path: at }),
    ]);
    expect(transcript.nested).toMatchObject([
      { path: '/credentialSubject/verifiableCredential/0', verified: true, status: 'valid' },
      { path: at, id: leadershipId, verified: false, status: 'invalid' },
    ]);
    expect(failures(transcript)).toEqual([
      expect.objectContaining({ at, check: 'credentials', code: 'CREDENTIALS_INVALID' }),
      expect.objectContaining({
        at: `${at}/credentialStatus`,
        credential: leadershipId,
        check: 'status',
        code: 'STATUS_REVOKED',
      }),
    ]);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain('STATUS_REVOKED at /credentialStatus');

    // The guide prints the same failures() helper the example runs.
    const { readFile } = await import('node:fs/promises');
    const guide = await readFile(new URL('../../docs/verification.md', import.meta.url), 'utf8');
    const example = await readFile(
      new URL('../../docs/examples/verify-in-a-platform.ts', import.meta.url),
      'utf8',
    );
    const helper = (text: string) =>
      /export interface Failure [\s\S]*?\n}\n[\s\S]*?export function failures[\s\S]*?\n}\n/.exec(
        text,
      )?.[0];
    expect(helper(guide)).toBeDefined();
    expect(helper(guide)).toBe(helper(example));
  });
});

describe('docs/examples/baking', () => {
  it('bakes into PNG and SVG, extracts exactly, verifies the images, types the errors', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const { main } = await import('../../docs/examples/baking.js');
    const { fromPng, fromSvg, pngReport, svgReport, problem, signed, svg } = await main();
    expect(fromPng).toMatchObject({ format: 'png', kind: 'AchievementCredential' });
    expect(fromPng.credential).toEqual(signed);
    expect(fromSvg.format).toBe('svg');
    expect(typeof fromSvg.credential).toBe('string');
    expect(svg).toContain('xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0"');
    expect([pngReport.status, svgReport.status]).toEqual(['valid', 'valid']);
    expect(problem).toBe('truncated');
    log.mockRestore();
  });
});

describe('docs/examples/selective-disclosure', () => {
  it('signs a base proof once; the learner shows one result; a verifier accepts only the derived credential', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const { main } = await import('../../docs/examples/selective-disclosure.js');
    const { baseReport, shown, report } = await main();
    log.mockRestore();
    expect(baseReport.findings.find((f) => f.check === 'proof')).toMatchObject({
      severity: 'error',
      code: 'PROOF_SD_BASE_PROOF',
    });
    expect(report).toMatchObject({ verified: true, status: 'valid' });
    const subject = shown.credentialSubject as { result: unknown[]; achievement: { name: string } };
    expect(subject.result).toEqual([{ type: ['Result'], value: 'A' }]);
    expect(subject.achievement.name).toBe('Chemistry 101');
  });
});

describe('docs/examples/registrar-profile', () => {
  it('builds a badge with no findings under the AACRAO profile, verifies it, and applies the institution’s profile', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const { main } = await import('../../docs/examples/registrar-profile.js');
    const { report, verification, own, other } = await main();
    log.mockRestore();
    expect(report).toMatchObject({ valid: true, status: 'valid', findings: [] });
    expect(checkOf(report, 'profile')?.outcome).toBe('pass');
    expect(verification).toMatchObject({ verified: true, status: 'valid' });
    expect(checkOf(verification, 'profile')?.outcome).toBe('pass');
    expect(own.findings).toEqual([]);
    expect(other.findings.map((f) => [f.code, f.requirement, f.severity, f.path])).toEqual([
      [
        'PROFILE_REQUIREMENT_UNMET',
        'catalog-code',
        'error',
        '/credentialSubject/achievement/humanCode',
      ],
    ]);
  });
});

describe('docs/examples/stackable-credentials', () => {
  it('verifies the pathway, and reports an out-of-order completion and a cycle with their codes', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const { main } = await import('../../docs/examples/stackable-credentials.js');
    const { report, outOfOrder, cyclic, refused } = await main();
    log.mockRestore();
    expect(report).toMatchObject({ verified: true, status: 'valid', kind: 'ClrCredential' });
    expect(checkOf(report, 'associations')).toMatchObject({ outcome: 'pass', codes: [] });
    expect(checkOf(report, 'credentials')?.outcome).toBe('pass');
    expect(report.nested).toHaveLength(5);
    const errors = (r: typeof report) =>
      r.findings.filter((f) => f.severity === 'error').map((f) => [f.code, f.path]);
    expect(errors(outOfOrder)).toEqual([
      ['ASSOCIATIONS_ORDER', '/credentialSubject/association/4'],
    ]);
    expect(errors(cyclic)).toEqual([['ASSOCIATIONS_CYCLE', '/credentialSubject/association/8']]);
    expect(refused).toContain('form a cycle');
  });
});

describe('docs/examples/ob2-migrate', () => {
  it('verifies hosted, signed and baked OB 2.0 badges, then re-issues one as OB 3.0', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const { main } = await import('../../docs/examples/ob2-migrate.js');
    const { hostedReport, signedReport, bakedReport, validation, reissuedReport, lost, changed } =
      await main();
    log.mockRestore();
    for (const report of [hostedReport, signedReport, bakedReport]) {
      expect(report).toMatchObject({ verified: true, status: 'valid', kind: 'OB2Assertion' });
    }
    expect(checkOf(hostedReport, 'recipient')?.outcome).toBe('pass');
    expect(signedReport.format).toBe('jws');
    expect(validation).toMatchObject({ valid: true, status: 'valid', findings: [] });
    expect(reissuedReport).toMatchObject({
      verified: true,
      status: 'valid',
      kind: 'AchievementCredential',
    });
    expect(checkOf(reissuedReport, 'recipient')?.outcome).toBe('pass');
    expect(lost.map((l) => l.path).sort()).toEqual([
      '/badge/issuer/publicKey',
      '/badge/issuer/revocationList',
      '/verification',
    ]);
    expect(changed.map((c) => c.path)).toEqual(['/badge/issuer/id']);
  });
});

describe('docs/examples/revoke-credentials', () => {
  it('allocates entries, revokes one badge, suspends and reinstates another; verifiers follow', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const { main } = await import('../../docs/examples/revoke-credentials.js');
    const { before, changed, after, revoked, teamwork } = await main();
    log.mockRestore();
    expect(before).toEqual({ teamwork: 'valid', leadership: 'valid' });
    expect(changed).toEqual({ teamwork: 'STATUS_REVOKED', leadership: 'STATUS_SUSPENDED' });
    expect(after).toEqual({ teamwork: 'STATUS_REVOKED', leadership: 'valid' });
    const entry = teamwork.credentialStatus as unknown as { statusListIndex: string };
    expect(revoked).toEqual([Number(entry.statusListIndex)]);
  });
});

describe('docs/examples/issuer-trust', () => {
  it('tells a registered issuer from a stranger with the same name, and an unreadable registry from both', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const { main, trustSummary } = await import('../../docs/examples/issuer-trust.js');
    const reports = await main();
    const lines = log.mock.calls.map((call) => String(call[0]));
    log.mockRestore();
    expect(reports.genuine).toMatchObject({ verified: true, status: 'valid' });
    expect(reports.genuine.issuer?.trust).toMatchObject({
      status: 'trusted',
      matches: [
        { source: 'Example Registry', name: 'Example University', url: 'https://example.edu' },
      ],
    });
    expect(reports.impostor).toMatchObject({ verified: true, status: 'warning' });
    expect(reports.impostor.issuer).toMatchObject({
      name: 'Example University',
      binding: { type: 'self-certifying', method: 'did:key' },
      trust: { status: 'not-found', checked: ['Example Registry', 'Our partners', 'trust list'] },
    });
    expect(reports.registryDown.issuer?.trust).toMatchObject({
      status: 'unknown',
      unchecked: [{ source: 'Example Registry' }],
    });
    expect(reports.strict).toMatchObject({ verified: false, status: 'invalid' });
    expect(
      reports.strict.findings.filter((f) => f.severity === 'error').map((f) => f.code),
    ).toEqual(['TRUST_NOT_FOUND']);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe(
      'genuine: verified=true — Example University (verified issuer: Example Registry)',
    );
    expect(trustSummary(reports.registryDown)).toContain('could not be checked: Example Registry');

    // The guide prints the same trustSummary() the example runs.
    const { readFile } = await import('node:fs/promises');
    const guide = await readFile(new URL('../../docs/issuer-trust.md', import.meta.url), 'utf8');
    const example = await readFile(
      new URL('../../docs/examples/issuer-trust.ts', import.meta.url),
      'utf8',
    );
    const helper = (text: string) => /\/\*\* One line per report[\s\S]*?\n}\n/.exec(text)?.[0];
    expect(helper(guide)).toBeDefined();
    expect(helper(guide)).toBe(helper(example));
  });
});
