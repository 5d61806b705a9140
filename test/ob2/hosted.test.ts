// Hosted OB 2.0 assertions (OB 2.0 §HostedBadge Verification): the hosted copy is what is
// verified, within the issuer's verification policy; each negative twin fails with its code.
import { createHash } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { verify } from '../../src/verify/index.js';
import { checkOf, errorCodes } from '../helpers/report.js';
import {
  BADGE_ID,
  badgeClass,
  EMAIL,
  HOSTED_ID,
  hostedAssertion,
  ISSUER_ID,
  issuer,
  type Json,
  NOW,
  recipient,
  resourcesOf,
} from './world.js';

/** Verifies an assertion whose world is the default one, with some documents replaced. */
async function verifyHosted(
  assertion: Json,
  documents: Json[] = [],
  options: Parameters<typeof verify>[1] = {},
) {
  const resources = resourcesOf(issuer(), badgeClass(), assertion, ...documents);
  return verify(assertion, { resources, now: NOW, ...options });
}

describe('a hosted assertion with its BadgeClass and Issuer', () => {
  it('verifies valid: every check passes', async () => {
    const report = await verifyHosted(hostedAssertion());
    expect(report).toMatchObject({
      verified: true,
      status: 'valid',
      kind: 'OB2Assertion',
      format: 'json',
      id: HOSTED_ID,
    });
    expect(report.checks.map((c) => `${c.check}:${c.outcome}`)).toEqual([
      'parse:pass',
      'context:pass',
      'jsonld:pass',
      'type:pass',
      'ob2:pass',
      'proof:pass',
      'status:pass',
      'dates:pass',
    ]);
    expect(report.findings).toEqual([]);
    expect(checkOf(report, 'proof')?.message).toContain(HOSTED_ID);
  });

  it('verifies from its URL alone, loaded through resources (and a caller’s loader)', async () => {
    const resources = resourcesOf(issuer(), badgeClass(), hostedAssertion());
    const byUrl = await verify(HOSTED_ID, { resources, now: NOW });
    expect(byUrl).toMatchObject({ verified: true, status: 'valid', kind: 'OB2Assertion' });
    expect(checkOf(byUrl, 'parse')?.message).toContain(
      `Loaded the hosted assertion from ${HOSTED_ID}`,
    );
    const loader = vi.fn(async (url: string) => {
      const document = resources[url];
      if (!document)
        throw Object.assign(new Error(`no ${url}`), {
          code: 'ERR_LERKIT_DOCUMENT_NOT_FOUND',
          name: 'LerkitError',
        });
      return { contextUrl: null, documentUrl: url, document };
    });
    const viaLoader = await verify(HOSTED_ID, { documentLoader: loader, now: NOW });
    expect(viaLoader.verified).toBe(true);
    expect(loader.mock.calls.map(([url]) => url)).toEqual(
      expect.arrayContaining([HOSTED_ID, BADGE_ID, ISSUER_ID]),
    );
  });

  it('verifies the embedded form (BadgeClass and Issuer in the assertion) against the hosted issuer', async () => {
    const { '@context': _b, ...badge } = badgeClass();
    const { '@context': _i, ...profile } = issuer();
    const assertion = hostedAssertion({ badge: { ...badge, issuer: profile } });
    const report = await verifyHosted(assertion);
    expect(report).toMatchObject({ verified: true, status: 'valid' });
  });

  it('matches the recipient against a known email (sha256, salted), and fails another', async () => {
    expect(
      (
        await verifyHosted(hostedAssertion(), [], {
          knownIdentifier: { identityType: 'emailAddress', value: EMAIL },
        })
      ).status,
    ).toBe('valid');
    expect(
      (await verifyHosted(hostedAssertion(), [], { knownIdentifier: EMAIL.toUpperCase() })).status,
    ).toBe('valid');
    const other = await verifyHosted(hostedAssertion(), [], { knownIdentifier: 'eve@example.org' });
    expect(errorCodes(other)).toEqual(['RECIPIENT_MISMATCH']);
    expect(checkOf(other, 'recipient')?.path).toBe('/recipient');
  });
});

describe('recipients (OB 2.0 §IdentityObject, §IdentityHash)', () => {
  it.each<[string, Json, string | { identityType: string; value: string }]>([
    ['md5, unsalted', { type: 'email', hashed: true, identity: `md5$${md5Hex(EMAIL)}` }, EMAIL],
    [
      'sha256 in upper-case hex',
      {
        type: 'email',
        hashed: true,
        salt: 's',
        identity: `sha256$${sha256Hex(`${EMAIL}s`).toUpperCase()}`,
      },
      { identityType: 'email', value: EMAIL },
    ],
    [
      'a plain url',
      { type: 'url', hashed: false, identity: 'https://beth.example' },
      { identityType: 'url', value: 'https://beth.example' },
    ],
    [
      'a hashed telephone',
      { type: 'telephone', hashed: true, identity: `sha256$${sha256Hex('+16175551212')}` },
      { identityType: 'phone', value: '+16175551212' },
    ],
  ])('%s matches the known identifier, and no other', async (_title, identity, known) => {
    const assertion = hostedAssertion({ recipient: identity });
    expect((await verifyHosted(assertion, [], { knownIdentifier: known })).status).toBe('valid');
    const other = typeof known === 'string' ? `x${known}` : { ...known, value: `${known.value}0` };
    expect(errorCodes(await verifyHosted(assertion, [], { knownIdentifier: other }))).toEqual([
      'RECIPIENT_MISMATCH',
    ]);
  });

  it('the spec’s IdentityHash example: sha256$7a1a…c6 is the hash of "mayze"', async () => {
    const identity = 'sha256$7a1a1b3f7d40552e4299180e346e3add12bf9a751a43d9c4ca4518febc2c60c6';
    const assertion = hostedAssertion({ recipient: { type: 'email', hashed: true, identity } });
    expect((await verifyHosted(assertion, [], { knownIdentifier: 'mayze' })).status).toBe('valid');
  });

  it('a known identifier of another type does not match', async () => {
    const report = await verifyHosted(hostedAssertion(), [], {
      knownIdentifier: { identityType: 'url', value: EMAIL },
    });
    expect(errorCodes(report)).toEqual(['RECIPIENT_MISMATCH']);
  });
});

describe('negative twins of the hosted assertion', () => {
  it('wrong host: hosted outside the issuer’s origin (the default policy)', async () => {
    const id = 'https://evil.example/assertions/beth.json';
    const report = await verifyHosted(hostedAssertion({ id }));
    expect(errorCodes(report)).toEqual(['PROOF_OB2_OUT_OF_SCOPE']);
    expect(checkOf(report, 'proof')).toMatchObject({ path: '/id', outcome: 'error' });
    expect(checkOf(report, 'proof')?.message).toContain('evil.example');
  });

  it('wrong host: outside allowedOrigins, or not starting with startsWith', async () => {
    const elsewhere = issuer({ verification: { allowedOrigins: ['badges.example.org'] } });
    expect(errorCodes(await verifyHosted(hostedAssertion(), [elsewhere]))).toEqual([
      'PROOF_OB2_OUT_OF_SCOPE',
    ]);
    const cdn = 'https://badges.example.org/a/1.json';
    expect((await verifyHosted(hostedAssertion({ id: cdn }), [elsewhere])).verified).toBe(true);
    const prefix = issuer({ verification: { startsWith: 'https://example.org/assertions/' } });
    expect((await verifyHosted(hostedAssertion(), [prefix])).verified).toBe(true);
    const other = 'https://example.org/other/beth.json';
    expect(errorCodes(await verifyHosted(hostedAssertion({ id: other }), [prefix]))).toEqual([
      'PROOF_OB2_OUT_OF_SCOPE',
    ]);
  });

  it('id mismatch: the document at the assertion’s URL has another id', async () => {
    const assertion = hostedAssertion();
    const resources = resourcesOf(issuer(), badgeClass());
    resources[HOSTED_ID] = hostedAssertion({ id: 'https://example.org/assertions/other.json' });
    const report = await verify(assertion, { resources, now: NOW });
    expect(errorCodes(report)).toEqual(['PROOF_OB2_HOSTED_ID_MISMATCH']);
  });

  it('not hosted: the assertion cannot be loaded from its id (nothing is fetched)', async () => {
    const fetch = vi.fn();
    const report = await verify(hostedAssertion(), {
      resources: resourcesOf(issuer(), badgeClass()),
      now: NOW,
    });
    expect(errorCodes(report)).toEqual(['PROOF_OB2_HOSTED_UNAVAILABLE']);
    expect(fetch).not.toHaveBeenCalled();
    const byUrl = await verify(HOSTED_ID, { now: NOW });
    expect(byUrl.findings[0]).toMatchObject({ check: 'parse', code: 'PARSE_HOSTED_ASSERTION' });
  });

  it('altered copy: the hosted one is verified, with a warning that the given one differs', async () => {
    const hosted = hostedAssertion();
    const altered = hostedAssertion({ expires: '2099-01-01T00:00:00Z' });
    const report = await verify(altered, {
      resources: resourcesOf(issuer(), badgeClass(), hosted),
      now: new Date('2031-01-01T00:00:00Z'),
    });
    expect(report.findings.map((f) => f.code)).toEqual([
      'PROOF_OB2_HOSTED_DIFFERS',
      'DATES_EXPIRED',
    ]);
    expect(report.verified).toBe(false);
  });

  it('revoked: the hosted copy says revoked, with the reason', async () => {
    const gone = {
      '@context': 'https://w3id.org/openbadges/v2',
      id: HOSTED_ID,
      revoked: true,
      revocationReason: 'Three children in a trenchcoat',
    };
    const report = await verify(hostedAssertion(), {
      resources: resourcesOf(issuer(), badgeClass(), gone),
      now: NOW,
    });
    expect(errorCodes(report)).toEqual(['STATUS_REVOKED']);
    expect(checkOf(report, 'status')?.message).toContain('Three children in a trenchcoat');
    // A revoked hosted assertion needs only id and revoked: no OB2_REQUIRED for the rest.
    expect(checkOf(report, 'ob2')?.outcome).toBe('pass');
  });

  it('revoked: the URL answers 410 Gone (fetched only with fetch given)', async () => {
    const resources = resourcesOf(issuer(), badgeClass());
    const fetch = vi.fn(async (url: string) => ({
      ok: false,
      status: 410,
      url,
      headers: { get: () => null },
      text: async () => '',
    }));
    for (const input of [hostedAssertion(), HOSTED_ID]) {
      const report = await verify(input, { resources, fetch, now: NOW });
      expect(errorCodes(report)).toContain('STATUS_REVOKED');
      expect(report.verified).toBe(false);
    }
    expect(fetch).toHaveBeenCalledWith(HOSTED_ID, expect.anything());
  });

  it('expired, and issued in the future', async () => {
    const expired = await verifyHosted(hostedAssertion({ expires: '2020-01-01T00:00:00Z' }));
    expect(errorCodes(expired)).toEqual(['DATES_EXPIRED']);
    expect(checkOf(expired, 'dates')?.path).toBe('/expires');
    const future = await verifyHosted(hostedAssertion({ issuedOn: '2025-01-01T00:00:00Z' }));
    expect(errorCodes(future)).toEqual(['DATES_NOT_YET_VALID']);
    const order = await verifyHosted(
      hostedAssertion({ issuedOn: '2016-01-01T00:00:00Z', expires: '2015-01-01T00:00:00Z' }),
    );
    expect(errorCodes(order)).toEqual(['DATES_ORDER', 'DATES_EXPIRED']);
    const noZone = await verifyHosted(hostedAssertion({ issuedOn: '2016-12-31T23:59:59' }));
    expect(errorCodes(noZone)).toEqual(['DATES_INVALID']);
  });

  it('hash mismatch: issued to someone else', async () => {
    const report = await verifyHosted(
      hostedAssertion({ recipient: recipient('eve@example.org') }),
      [],
      {
        knownIdentifier: { identityType: 'emailAddress', value: EMAIL },
      },
    );
    expect(errorCodes(report)).toEqual(['RECIPIENT_MISMATCH']);
  });

  it('BadgeClass missing: not supplied (nothing is fetched)', async () => {
    const assertion = hostedAssertion();
    const report = await verify(assertion, {
      resources: resourcesOf(issuer(), assertion),
      now: NOW,
    });
    expect(errorCodes(report)).toEqual(['OB2_DOCUMENT_UNAVAILABLE']);
    expect(checkOf(report, 'ob2')).toMatchObject({ path: '/badge' });
    expect(checkOf(report, 'proof')?.outcome).toBe('skipped');
  });

  it('BadgeClass is another document than the one linked (its id differs)', async () => {
    const assertion = hostedAssertion();
    const resources = resourcesOf(issuer(), assertion);
    resources[BADGE_ID] = badgeClass({ id: 'https://example.org/other-badge.json' });
    const report = await verify(assertion, { resources, now: NOW });
    expect(errorCodes(report)).toEqual(['OB2_DOCUMENT_ID_MISMATCH']);
  });

  it('issuer Profile missing, or only embedded without its hosted copy', async () => {
    const assertion = hostedAssertion();
    const missing = await verify(assertion, {
      resources: resourcesOf(badgeClass(), assertion),
      now: NOW,
    });
    expect(errorCodes(missing)).toEqual(['OB2_DOCUMENT_UNAVAILABLE']);
    expect(checkOf(missing, 'ob2')?.path).toBe('/badge/issuer');
    const { '@context': _i, ...profile } = issuer({
      verification: { allowedOrigins: 'evil.example' },
    });
    const forged = hostedAssertion({
      id: 'https://evil.example/a.json',
      badge: { ...badgeClass(), issuer: profile },
    });
    // The embedded issuer allows evil.example, but it cannot be confirmed: not verified.
    const report = await verify(forged, { resources: resourcesOf(forged), now: NOW });
    expect(report.verified).toBe(false);
    expect(errorCodes(report)).toEqual(['OB2_DOCUMENT_UNAVAILABLE']);
  });

  it('image not PNG/SVG: a JPEG BadgeClass image, a GIF data URI', async () => {
    const jpeg = await verifyHosted(hostedAssertion(), [
      badgeClass({ image: 'https://example.org/robotics-badge.jpg' }),
    ]);
    expect(errorCodes(jpeg)).toEqual(['OB2_IMAGE_TYPE']);
    expect(checkOf(jpeg, 'ob2')?.path).toBe('/badge/image');
    const gif = await verifyHosted(
      hostedAssertion({ image: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=' }),
    );
    expect(errorCodes(gif)).toEqual(['OB2_IMAGE_TYPE']);
    expect(checkOf(gif, 'ob2')?.path).toBe('/image');
    const svg = await verifyHosted(
      hostedAssertion({ image: 'data:image/svg+xml;base64,PHN2Zy8+' }),
    );
    expect(svg.verified).toBe(true);
  });
});

describe('hostile linked documents', () => {
  it('a BadgeClass nested thousands of levels deep is refused, not read (no crash)', async () => {
    let deep: Json = { leaf: true };
    for (let i = 0; i < 5000; i++) deep = { deeper: deep };
    const assertion = hostedAssertion();
    // Served by a loader, as a fetched document would be.
    const documentLoader = async (url: string) => {
      if (url !== BADGE_ID) throw new Error(`not found: ${url}`);
      return { contextUrl: null, documentUrl: url, document: { ...badgeClass(), deep } };
    };
    const report = await verify(assertion, {
      resources: resourcesOf(issuer(), assertion),
      documentLoader,
      now: NOW,
    });
    expect(errorCodes(report)).toEqual(['OB2_DOCUMENT_UNAVAILABLE']);
    expect(checkOf(report, 'ob2')?.message).toContain('levels deep');
  });
});

function md5Hex(text: string): string {
  return createHash('md5').update(text).digest('hex');
}

function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
