import { describe, expect, it } from 'vitest';
import { sign } from '../../src/proof/index.js';
import { verify } from '../../src/verify/index.js';
import { signedBadge, testKey, unsignedBadge } from '../helpers/credentials.js';
import { checkOf } from '../helpers/report.js';

const NOW = new Date('2024-06-01T00:00:00Z');
const check = checkOf;

describe('verify', () => {
  it('verifies a signed badge: every step of the OB 3.0 algorithm passes, in order', async () => {
    const { credential } = await signedBadge();
    const report = await verify(credential, { now: NOW });
    expect(report).toMatchObject({
      verified: true,
      status: 'valid',
      kind: 'AchievementCredential',
    });
    expect(report.checks.map((c) => [c.check, c.outcome])).toEqual([
      ['parse', 'pass'],
      ['context', 'pass'],
      ['jsonld', 'pass'],
      ['type', 'pass'],
      ['schema', 'pass'],
      ['subject', 'pass'],
      ['rules', 'pass'],
      ['proof', 'pass'],
      ['status', 'pass'],
      ['dates', 'pass'],
    ]);
    expect(report.findings.map((f) => [f.code, f.severity])).toEqual([['PROOF_VERIFIED', 'info']]);
  });

  it('accepts JSON text and UTF-8 bytes as well as objects', async () => {
    const { credential } = await signedBadge();
    const text = JSON.stringify(credential);
    expect((await verify(text, { now: NOW })).verified).toBe(true);
    expect((await verify(new TextEncoder().encode(text), { now: NOW })).verified).toBe(true);
  });

  it('fails an expired credential, and one not yet valid, with the clock injected', async () => {
    const { credential } = await signedBadge(undefined, {
      validFrom: '2024-01-01T00:00:00Z',
      validUntil: '2024-03-01T00:00:00Z',
    });
    const expired = await verify(credential, { now: NOW });
    expect(expired.verified).toBe(false);
    expect(check(expired, 'dates')).toMatchObject({
      outcome: 'error',
      code: 'DATES_EXPIRED',
      path: '/validUntil',
    });
    const early = await verify(credential, { now: new Date('2023-12-31T23:59:00Z') });
    expect(check(early, 'dates')).toMatchObject({
      outcome: 'error',
      code: 'DATES_NOT_YET_VALID',
      path: '/validFrom',
    });
    expect(
      (await verify(credential, { now: () => new Date('2024-02-01T00:00:00Z') })).verified,
    ).toBe(true);
  });

  it('applies clockSkew in both directions', async () => {
    const { credential } = await signedBadge(undefined, {
      validFrom: '2024-01-01T00:00:00Z',
      validUntil: '2024-03-01T00:00:00Z',
    });
    expect(
      (await verify(credential, { now: new Date('2023-12-31T23:59:30Z'), clockSkew: 60 })).verified,
    ).toBe(true);
    expect(
      (await verify(credential, { now: new Date('2024-03-01T00:00:30Z'), clockSkew: 60 })).verified,
    ).toBe(true);
    expect((await verify(credential, { now: new Date('2024-03-01T00:00:30Z') })).verified).toBe(
      false,
    );
  });

  it('fails a tampered credential on the proof check', async () => {
    const { credential } = await signedBadge();
    const tampered = structuredClone(credential);
    tampered.credentialSubject.achievement.name = 'Leadership';
    const report = await verify(tampered, { now: NOW });
    expect(report).toMatchObject({ verified: false, status: 'invalid' });
    expect(check(report, 'proof')).toMatchObject({
      outcome: 'error',
      code: 'PROOF_SIGNATURE_INVALID',
      path: '/proof',
    });
  });

  it("fails a proof made with another key but relabelled with the issuer's key id", async () => {
    const key = await testKey();
    const other = await testKey(8);
    const real = await sign(unsignedBadge(other.controller), { key: other });
    const relabelled = {
      ...unsignedBadge(key.controller),
      proof: { ...real.proof, verificationMethod: key.id },
    };
    const report = await verify(relabelled, { now: NOW });
    expect(check(report, 'proof')).toMatchObject({
      outcome: 'error',
      code: 'PROOF_SIGNATURE_INVALID',
    });
  });

  it('fails a DID method it cannot resolve, with a code that says so', async () => {
    const { credential } = await signedBadge();
    const report = await verify(
      {
        ...credential,
        proof: { ...credential.proof, verificationMethod: 'did:example:123#key-1' },
      },
      { now: NOW },
    );
    expect(check(report, 'proof')).toMatchObject({
      outcome: 'error',
      code: 'PROOF_DID_METHOD_UNSUPPORTED',
    });
  });

  it('fails a credential without a proof', async () => {
    const key = await testKey();
    const report = await verify(unsignedBadge(key.controller), { now: NOW });
    expect(check(report, 'proof')).toMatchObject({ outcome: 'error', code: 'PROOF_MISSING' });
  });

  it('fails an unsupported proof suite instead of skipping it', async () => {
    const { credential } = await signedBadge();
    const report = await verify(
      { ...credential, proof: { ...credential.proof, cryptosuite: 'bbs-2023' } },
      { now: NOW },
    );
    expect(check(report, 'proof')).toMatchObject({
      outcome: 'error',
      code: 'PROOF_SUITE_UNSUPPORTED',
    });
  });

  it('fails when one proof of a set does not verify, even if another does', async () => {
    const { credential } = await signedBadge();
    const broken = {
      ...credential.proof,
      proofValue:
        'z3FXQjecWufY46yg5abdVZsXqLhxhueuSoZgNSARiKBk9czhSePTFehP8c3PGfb6a22gkfUKKiXNcmjVJR1Zcxnmx',
    };
    const report = await verify({ ...credential, proof: [broken, credential.proof] }, { now: NOW });
    expect(report.verified).toBe(false);
    expect(report.status).toBe('invalid');
    expect(
      report.findings.filter((f) => f.check === 'proof').map((f) => [f.path, f.severity]),
    ).toEqual([
      ['/proof/0', 'error'],
      ['/proof/1', 'info'],
    ]);
  });

  it.each([
    ['not JSON', '{"@context": ', 'PARSE_INVALID_JSON'],
    ['a JSON array', '[1,2]', 'PARSE_NOT_AN_OBJECT'],
    ['not UTF-8', new Uint8Array([0xff, 0xfe, 0xfd]), 'PARSE_INVALID_UTF8'],
    ['plain text', 'hello', 'PARSE_UNRECOGNIZED'],
  ])('reports %s as a parse failure without throwing', async (_name, input, code) => {
    const report = await verify(input, { now: NOW });
    expect(report).toMatchObject({ verified: false, status: 'invalid', kind: 'unknown' });
    expect(report.checks).toEqual([expect.objectContaining({ check: 'parse', outcome: 'error' })]);
    expect(report.findings).toEqual([expect.objectContaining({ check: 'parse', code })]);
  });

  it.each([
    ['proof is a string', { proof: 'abc' }],
    ['proof is null', { proof: null }],
    [
      'verificationMethod is a number',
      {
        proof: {
          type: 'DataIntegrityProof',
          cryptosuite: 'eddsa-rdfc-2022',
          verificationMethod: 5,
          proofPurpose: 'assertionMethod',
          proofValue: 'z1',
        },
      },
    ],
    ['dates are garbage', { validFrom: 'yesterday', validUntil: 12 }],
    ['issuer is an array', { issuer: [1, 2] }],
    ['@context is a number', { '@context': 5 }],
  ])('never throws for hostile input (%s)', async (_name, patch) => {
    const { credential } = await signedBadge();
    const report = await verify({ ...credential, ...patch } as object, { now: NOW });
    expect(report.verified).toBe(false);
  });

  it('throws a typed error for API misuse only', async () => {
    await expect(verify(42 as never)).rejects.toMatchObject({
      code: 'ERR_LERKIT_INVALID_ARGUMENT',
    });
    await expect(verify({}, { now: new Date('nope') })).rejects.toMatchObject({
      code: 'ERR_LERKIT_INVALID_ARGUMENT',
      field: 'now',
    });
    await expect(verify({}, { skip: ['jsonld', 'expiration' as 'dates'] })).rejects.toThrow(
      /Unknown check "expiration" in skip; the checks are: parse, limits, context, jsonld, type/,
    );
  });
});

describe('refresh (VCCR 1.0, opt-in)', () => {
  const url = 'https://example.edu/credentials/3732/refresh';
  async function refreshable(name: string) {
    const key = await testKey();
    const badge = unsignedBadge(key.controller);
    const credential = {
      ...badge,
      // 1EdTechCredentialRefresh is defined by the OB extensions context.
      '@context': [...badge['@context'], 'https://purl.imsglobal.org/spec/ob/v3p0/extensions.json'],
      name,
      refreshService: { id: url, type: '1EdTechCredentialRefresh' },
    };
    return sign(credential, { key, created: '2024-01-01T00:00:00Z' });
  }

  it('is skipped unless the caller opts in', async () => {
    const report = await verify(await refreshable('Teamwork'), { now: NOW });
    expect(check(report, 'refresh')).toMatchObject({ outcome: 'skipped' });
    expect(report.verified).toBe(true);
  });

  it('replaces the credential with a verified refreshed one, once, after the proof', async () => {
    const original = await refreshable('Teamwork');
    const fresh = await refreshable('Teamwork (renewed)');
    const report = await verify(original, { now: NOW, refresh: true, resources: { [url]: fresh } });
    const ids = report.checks.map((c) => c.check);
    expect(ids.indexOf('refresh')).toBe(ids.lastIndexOf('proof') + 1);
    expect(check(report, 'refresh')).toMatchObject({ outcome: 'pass' });
    expect(report).toMatchObject({ verified: true, id: fresh.id });
    // The refreshed credential also has a refresh service: it is not followed again.
    expect(report.checks.filter((c) => c.check === 'refresh')).toHaveLength(1);
  });

  it('keeps the original when the refresh fails or does not verify', async () => {
    const original = await refreshable('Teamwork');
    const unreachable = await verify(original, { now: NOW, refresh: true });
    expect(check(unreachable, 'refresh')).toMatchObject({
      outcome: 'warning',
      code: 'REFRESH_FAILED',
    });
    expect(unreachable.verified).toBe(true);
    const forged = { ...(await refreshable('Teamwork')), name: 'Forged' };
    const report = await verify(original, {
      now: NOW,
      refresh: true,
      resources: { [url]: forged },
    });
    expect(check(report, 'refresh')).toMatchObject({ outcome: 'warning', code: 'REFRESH_FAILED' });
    expect(checkOf(report, 'proof')).toMatchObject({ outcome: 'pass' });
  });
});

describe('options', () => {
  it('skips checks on request and says so', async () => {
    const { credential } = await signedBadge(undefined, { validUntil: '2024-03-01T00:00:00Z' });
    const report = await verify(credential, { now: NOW, skip: ['dates', 'schema'] });
    expect(check(report, 'dates')).toMatchObject({ outcome: 'skipped' });
    expect(check(report, 'schema')).toMatchObject({ outcome: 'skipped' });
    expect(report.verified).toBe(true);
  });

  it('rejects bad options with a typed error', async () => {
    const { credential } = await signedBadge();
    await expect(verify(credential, { skip: ['nope' as never] })).rejects.toMatchObject({
      field: 'skip',
    });
    await expect(verify(credential, { clockSkew: -1 })).rejects.toMatchObject({
      field: 'clockSkew',
    });
    await expect(verify(credential, { knownIdentifier: 5 as never })).rejects.toMatchObject({
      field: 'knownIdentifier',
    });
  });

  it('matches a hashed recipient identifier', async () => {
    const { createIdentityObject, createOpenBadgeCredential, createProfile, createAchievement } =
      await import('../../src/builders/index.js');
    const key = await testKey();
    const credential = createOpenBadgeCredential(
      {
        issuer: createProfile({ id: key.controller, name: 'Example University' }),
        achievement: createAchievement({
          id: 'https://example.edu/achievements/a',
          name: 'A',
          description: 'A.',
          criteria: { narrative: 'A.' },
        }),
        recipient: {
          identifier: [
            createIdentityObject(
              { identityType: 'emailAddress', value: 'a@example.com' },
              { generateSalt: () => 'pepper' },
            ),
          ],
        },
        validFrom: '2024-01-01T00:00:00Z',
      } as never,
      {},
    );
    const signed = await sign(credential, { key });
    const known = { identityType: 'emailAddress', value: 'a@example.com' };
    expect(
      check(await verify(signed, { now: NOW, knownIdentifier: known }), 'recipient'),
    ).toMatchObject({
      outcome: 'pass',
    });
    expect(
      check(
        await verify(signed, { now: NOW, knownIdentifier: { ...known, value: 'b@example.com' } }),
        'recipient',
      ),
    ).toMatchObject({ outcome: 'error', code: 'RECIPIENT_MISMATCH' });
  });
});

describe('embedded credentials', () => {
  it('reports junk in endorsement and CLR slots instead of throwing', async () => {
    const key = await testKey();
    for (const junk of [42, null, [1]]) {
      const credential = await sign(
        { ...unsignedBadge(key.controller), endorsement: [junk] },
        {
          key,
          suite: 'eddsa-jcs-2022',
        },
      );
      const report = await verify(credential, { now: NOW });
      expect(check(report, 'endorsement')).toMatchObject({
        outcome: 'error',
        code: 'ENDORSEMENT_INVALID',
      });
      expect(report.nested?.[0]?.findings[0]).toMatchObject({
        check: 'parse',
        code: 'PARSE_NOT_AN_OBJECT',
      });
    }
  });

  it('checks the recipient of the credential, not of its endorsements; per call', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { REPO_ROOT } = await import('../helpers/spec.js');
    const fixture = JSON.parse(
      readFileSync(join(REPO_ROOT, 'fixtures', 'verify', 'endorsement-valid.json'), 'utf8'),
    );
    const { createVerifier } = await import('../../src/verify/index.js');
    const verifier = createVerifier({ now: new Date(fixture.options.now) });
    const mine = await verifier.verify(fixture.input, {
      knownIdentifier: 'did:example:student-42',
    });
    expect(mine.status).toBe('valid');
    expect(check(mine, 'recipient')).toMatchObject({ outcome: 'pass' });
    const theirs = await verifier.verify(fixture.input, {
      knownIdentifier: 'did:example:student-43',
    });
    expect(check(theirs, 'recipient')).toMatchObject({
      outcome: 'error',
      code: 'RECIPIENT_MISMATCH',
    });
    expect(theirs.nested?.[0]?.status).toBe('valid');
  });

  it('does not accept a refresh that returns another issuer’s credential', async () => {
    const url = 'https://example.edu/refresh/1';
    const key = await testKey();
    const other = await testKey(8);
    const ext = 'https://purl.imsglobal.org/spec/ob/v3p0/extensions.json';
    const make = (k: typeof key) => {
      const badge = unsignedBadge(k.controller);
      return sign(
        {
          ...badge,
          '@context': [...badge['@context'], ext],
          refreshService: { id: url, type: '1EdTechCredentialRefresh' },
        },
        { key: k },
      );
    };
    const report = await verify(await make(key), {
      now: NOW,
      refresh: true,
      resources: { [url]: await make(other) },
    });
    expect(check(report, 'refresh')).toMatchObject({ outcome: 'warning', code: 'REFRESH_FAILED' });
  });
});
