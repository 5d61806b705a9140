// The `trust` check and the issuer section: the same badge is trusted, not found or unknown
// depending on the trust sources (local registry files in fixtures/trust), requireTrustedIssuer
// turns the last two into failures, and no registry is ever fetched without `fetch`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { exportJWK, generateKeyPair as joseKeyPair, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { createDocumentLoader } from '../../src/context/index.js';
import { isLerkitError } from '../../src/errors/index.js';
import { createDidDocument, generateKeyPair, type Jwk, sign } from '../../src/proof/index.js';
import { CODES } from '../../src/report/codes.js';
import {
  createDccRegistry,
  createOidfRegistry,
  createTrustList,
  createVerifier,
  type TrustRegistry,
  type TrustSource,
  type VerificationReport,
  verify,
} from '../../src/verify/index.js';
import { bindingOf, cleanText } from '../../src/verify/trust/binding.js';
import { signedBadge, unsignedBadge } from '../helpers/credentials.js';
import { checkOf } from '../helpers/report.js';
import { REPO_ROOT } from '../helpers/spec.js';

const NOW = new Date('2025-06-01T00:00:00Z');
// Proofs are created before the verification time (a later `created` fails).
const SIGNED_AT = new Date(NOW.getTime() - 86_400_000);
const ISSUER = 'did:key:z6MkvDqGT54cXesYGvABpF1UapVNwjCqRcafi4Px6Thv5T3Z';
const REGISTRY_URL = 'https://registry.example/registry.json';
const fixture = (name: string) =>
  JSON.parse(readFileSync(join(REPO_ROOT, 'fixtures', 'trust', name), 'utf8'));
const dcc = (): TrustSource => ({
  type: 'dcc-legacy',
  name: 'Test Issuer Registry',
  url: REGISTRY_URL,
});
const served = (file?: string) => (file ? { [REGISTRY_URL]: fixture(file) } : {});

async function verifyWith(
  file: string | undefined,
  extra: { requireTrustedIssuer?: boolean } = {},
): Promise<VerificationReport> {
  const { credential } = await signedBadge();
  return verify(credential, {
    now: NOW,
    trust: [dcc()],
    resources: served(file),
    ...extra,
  });
}

describe('the same badge against local registry files', () => {
  it('is trusted by a registry that lists its issuer, with the registry’s name for it', async () => {
    const report = await verifyWith('dcc-registry.json');
    expect(report).toMatchObject({ verified: true, status: 'valid' });
    expect(report.issuer).toEqual({
      id: ISSUER,
      name: 'Example University',
      binding: { type: 'self-certifying', method: 'did:key' },
      trust: {
        status: 'trusted',
        matches: [
          {
            source: 'Test Issuer Registry',
            name: 'Example University (registered)',
            url: 'https://example.edu',
            location: 'Springfield, USA',
          },
        ],
        unchecked: [],
        message: `${ISSUER} is trusted by Test Issuer Registry (as “Example University (registered)”)`,
      },
    });
    expect(checkOf(report, 'trust')).toMatchObject({ outcome: 'pass', codes: [] });
  });

  it('is not found in a registry that does not list it: a warning, still verified', async () => {
    const report = await verifyWith('dcc-registry-without.json');
    expect(report).toMatchObject({ verified: true, status: 'warning' });
    expect(report.issuer?.trust).toMatchObject({
      status: 'not-found',
      checked: ['Test Issuer Registry'],
    });
    expect(checkOf(report, 'trust')).toMatchObject({
      outcome: 'warning',
      codes: ['TRUST_NOT_FOUND'],
      path: '/issuer/id',
    });
  });

  it.each([
    ['a file that is not a DCC registry', 'dcc-registry-broken.json', /has no "registry" object/],
    ['a registry nothing supplies', undefined, /could not be obtained.*No document/],
  ])('is unknown, never not found, with %s', async (_, file, reason) => {
    const report = await verifyWith(file);
    expect(report).toMatchObject({ verified: true, status: 'warning' });
    expect(report.issuer?.trust).toMatchObject({
      status: 'unknown',
      unchecked: [{ source: 'Test Issuer Registry', reason: expect.stringMatching(reason) }],
    });
    expect(checkOf(report, 'trust')).toMatchObject({
      outcome: 'indeterminate',
      codes: ['TRUST_UNKNOWN', 'TRUST_REGISTRY_UNREADABLE'],
    });
    expect(report.findings.find((f) => f.code === 'TRUST_REGISTRY_UNREADABLE')?.severity).toBe(
      'info',
    );
  });

  it('fails not found and unknown with requireTrustedIssuer, and passes trusted', async () => {
    const require = { requireTrustedIssuer: true };
    const trusted = await verifyWith('dcc-registry.json', require);
    expect(trusted).toMatchObject({ verified: true, status: 'valid' });
    for (const [file, code] of [
      ['dcc-registry-without.json', 'TRUST_NOT_FOUND'],
      ['dcc-registry-broken.json', 'TRUST_UNKNOWN'],
      [undefined, 'TRUST_UNKNOWN'],
    ] as const) {
      const report = await verifyWith(file, require);
      expect(report, file).toMatchObject({ verified: false, status: 'invalid' });
      expect(checkOf(report, 'trust')).toMatchObject({ outcome: 'error', code });
      expect(report.findings.filter((f) => f.severity === 'error').map((f) => f.code)).toEqual([
        code,
      ]);
    }
  });

  it('lets the caller’s severity override the policy, as for any code', async () => {
    const { credential } = await signedBadge();
    const report = await verify(credential, {
      now: NOW,
      trust: [dcc()],
      resources: served('dcc-registry-without.json'),
      requireTrustedIssuer: true,
      severity: { TRUST_NOT_FOUND: 'info' },
    });
    expect(report).toMatchObject({ verified: true, status: 'valid' });
    expect(report.issuer?.trust.status).toBe('not-found');
  });
});

describe('the issuer section', () => {
  it('says plainly that nothing was checked without trust sources, and adds no check', async () => {
    const { credential } = await signedBadge();
    const report = await verify(credential, { now: NOW });
    expect(report.issuer).toEqual({
      id: ISSUER,
      name: 'Example University',
      binding: { type: 'self-certifying', method: 'did:key' },
      trust: {
        status: 'none',
        message: `No trust source was given (the trust option), so whether to trust ${ISSUER} was not checked`,
      },
    });
    expect(checkOf(report, 'trust')).toBeUndefined();
  });

  it('says the check did not run when it is skipped', async () => {
    const { credential } = await signedBadge();
    const report = await verify(credential, {
      now: NOW,
      trust: [[ISSUER]],
      skip: ['trust'],
    });
    expect(checkOf(report, 'trust')).toMatchObject({ outcome: 'skipped' });
    expect(report.issuer?.trust).toEqual({
      status: 'none',
      message: expect.stringContaining('did not run'),
    });
  });

  it('is absent when the input is not a credential', async () => {
    expect((await verify('not json', { now: NOW })).issuer).toBeUndefined();
  });

  it('does not look up an issuer the proof does not establish', async () => {
    const { credential } = await signedBadge();
    const tampered = { ...credential, name: 'Changed after signing' };
    const report = await verify(tampered, {
      now: NOW,
      trust: [[ISSUER]],
    });
    expect(report.verified).toBe(false);
    expect(report.issuer?.trust).toMatchObject({
      status: 'unknown',
      message: expect.stringContaining('the proof does not verify'),
    });
    expect(checkOf(report, 'trust')).toMatchObject({ code: 'TRUST_UNKNOWN' });
    const unproven = await verify(credential, { now: NOW, trust: [[ISSUER]], skip: ['proof'] });
    expect(unproven.issuer?.trust.status).toBe('unknown');
  });

  it('gives nested credentials their own issuer section; the policy applies to the outer one', async () => {
    const endorsed = JSON.parse(
      readFileSync(join(REPO_ROOT, 'fixtures', 'verify', 'endorsement-valid.json'), 'utf8'),
    );
    const outer = endorsed.input.issuer.id as string;
    const report = await verify(endorsed.input, {
      now: new Date(endorsed.options.now),
      trust: [{ type: 'list', name: 'Our issuers', entries: [outer] }],
      requireTrustedIssuer: true,
    });
    expect(report).toMatchObject({ verified: true, status: 'valid' });
    expect(report.issuer).toMatchObject({ id: outer, trust: { status: 'trusted' } });
    const [endorsement] = report.nested ?? [];
    expect(endorsement?.issuer).toMatchObject({
      name: 'State Board of Education',
      binding: { type: 'self-certifying', method: 'did:key' },
      trust: { status: 'not-found', checked: ['Our issuers'] },
    });
    expect(endorsement?.findings.find((f) => f.code === 'TRUST_NOT_FOUND')?.severity).toBe('info');
  });

  it('keeps a hostile issuer id exact in the section and out of messages', async () => {
    const id = 'https://example.edu/\u001b[2J\u001b]0;pwned\u0007issuer';
    const report = await verify(unsignedBadge(id), { now: NOW, trust: [[ISSUER]] });
    expect(report.issuer?.id).toBe(id);
    const messages = [
      report.issuer?.trust.message,
      ...report.findings.filter((f) => f.check === 'trust').map((f) => f.message),
    ];
    expect(messages.length).toBeGreaterThan(1);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for them
    for (const message of messages) expect(message).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  });

  it('binds did:web and https issuers to their domain, did:key and did:jwk to nothing', () => {
    expect(bindingOf('did:web:example.edu')).toEqual({
      type: 'domain',
      method: 'did:web',
      domain: 'example.edu',
    });
    expect(bindingOf('did:web:Example.EDU%3A8443:issuers:1')).toEqual({
      type: 'domain',
      method: 'did:web',
      domain: 'example.edu:8443',
    });
    expect(bindingOf('https://badges.example.org/issuers/1')).toEqual({
      type: 'domain',
      method: 'https',
      domain: 'badges.example.org',
    });
    expect(bindingOf('did:jwk:eyJrdHkiOiJPS1AifQ')).toEqual({
      type: 'self-certifying',
      method: 'did:jwk',
    });
    expect(bindingOf('did:example:123')).toEqual({ type: 'other', method: 'did:example' });
    expect(bindingOf('http://example.edu/issuer')).toEqual({ type: 'other', method: 'http' });
    expect(bindingOf('urn:uuid:1')).toEqual({ type: 'other', method: 'urn' });
    expect(bindingOf('did:web:exa mple.edu')).toEqual({ type: 'other', method: 'did:web' });
    expect(bindingOf(undefined)).toEqual({ type: 'other' });
  });
});

describe('did:web issuers', () => {
  async function didWebBadge(url: string | undefined) {
    const did = 'did:web:badges.example.edu';
    const key = await generateKeyPair({ controller: did, seed: new Uint8Array(32).fill(31) });
    const badge = unsignedBadge(did);
    const issuer = { ...(badge.issuer as object), ...(url ? { url } : {}) };
    const credential = await sign({ ...badge, issuer }, { created: SIGNED_AT, key });
    const resources = {
      'https://badges.example.edu/.well-known/did.json': createDidDocument(did, [key]),
    };
    return { credential, resources };
  }

  it('warns when the profile url is on another domain than the key', async () => {
    const { credential, resources } = await didWebBadge('https://famous-university.example');
    const report = await verify(credential, { now: NOW, resources });
    expect(report).toMatchObject({ verified: true, status: 'warning' });
    expect(report.issuer?.binding).toEqual({
      type: 'domain',
      method: 'did:web',
      domain: 'badges.example.edu',
    });
    expect(checkOf(report, 'trust')).toMatchObject({
      outcome: 'warning',
      code: 'TRUST_DOMAIN_MISMATCH',
      path: '/issuer/url',
    });
  });

  it.each(['https://example.edu/about', 'https://www.badges.example.edu', undefined])(
    'accepts a profile url on the same site (%s)',
    async (url) => {
      const { credential, resources } = await didWebBadge(url);
      const report = await verify(credential, { now: NOW, resources });
      expect(report).toMatchObject({ verified: true, status: 'valid' });
      expect(checkOf(report, 'trust')).toBeUndefined();
    },
  );

  it('is trusted by its domain or https origin in a trust list', async () => {
    const { credential, resources } = await didWebBadge(undefined);
    for (const entry of [
      'badges.example.edu',
      'https://badges.example.edu',
      'did:web:badges.example.edu',
    ]) {
      const report = await verify(credential, { now: NOW, resources, trust: [[entry]] });
      expect(report.issuer?.trust.status, entry).toBe('trusted');
    }
    for (const entry of ['example.edu', 'https://example.edu', 'did:web:example.edu']) {
      const report = await verify(credential, { now: NOW, resources, trust: [[entry]] });
      expect(report.issuer?.trust.status, entry).toBe('not-found');
    }
  });
});

describe('trust lists', () => {
  const lookup = (entries: string[], id: string) =>
    createTrustList({ type: 'list', entries }).lookup(id, {
      documentLoader: createDocumentLoader(),
      now: NOW,
    });

  it('match DIDs exactly and domains for did:web and https issuers alike', async () => {
    expect(await lookup([ISSUER], ISSUER)).toEqual({ status: 'found' });
    expect(await lookup([ISSUER], `${ISSUER}x`)).toEqual({ status: 'not-found' });
    expect(await lookup(['example.edu'], 'https://example.edu/issuers/1')).toEqual({
      status: 'found',
    });
    expect(await lookup(['https://example.edu:443/'], 'did:web:example.edu:issuers:1')).toEqual({
      status: 'found',
    });
    expect(await lookup(['example.edu:8443'], 'did:web:example.edu%3A8443')).toEqual({
      status: 'found',
    });
    expect(await lookup(['example.edu'], 'https://sub.example.edu/issuers/1')).toEqual({
      status: 'not-found',
    });
    expect(await lookup(['example.edu'], 'http://example.edu/issuers/1')).toEqual({
      status: 'not-found',
    });
  });

  it.each([
    ['https://example.edu/path', /not an https origin/],
    ['http://example.edu', /not an https origin/],
    ['did:web:example.edu#key-1', /not a DID/],
    ['exa mple.edu', /not a domain/],
    ['', /not a non-empty string/],
  ])('refuse the entry %j with a typed error', (entry, message) => {
    let thrown: unknown;
    try {
      createVerifier({ trust: [{ type: 'list', entries: ['example.org', entry] }] });
    } catch (error) {
      thrown = error;
    }
    expect(isLerkitError(thrown, 'ERR_LERKIT_INVALID_ARGUMENT')).toBe(true);
    expect((thrown as Error).message).toMatch(message);
    expect((thrown as { field?: string }).field).toBe('trust[0].entries');
  });

  it('never match a domain entry against another host (property)', async () => {
    const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,8}[a-z0-9])?$/);
    const host = fc
      .array(label, { minLength: 1, maxLength: 3 })
      .map((l) => `${l.join('.')}.example`);
    await fc.assert(
      fc.asyncProperty(host, host, async (trusted, issuer) => {
        const answer = await lookup([trusted], `did:web:${issuer}:issuers:1`);
        expect(answer.status).toBe(trusted === issuer ? 'found' : 'not-found');
        const https = await lookup([`https://${trusted}`], `https://${issuer}/issuer`);
        expect(https.status).toBe(trusted === issuer ? 'found' : 'not-found');
      }),
      { seed: 17, numRuns: 200 },
    );
  });
});

describe('DCC registries', () => {
  const context = { documentLoader: createDocumentLoader(), now: NOW };

  it('read a registry given inline, and only its own members', async () => {
    const registry = createDccRegistry({
      type: 'dcc-legacy',
      name: 'Inline',
      registry: {
        registry: {
          [ISSUER]: { name: 'Example\u001b[31m University\u0007' },
          'did:key:broken': 'not an object' as never,
        },
      },
    });
    expect(await registry.lookup(ISSUER, context)).toEqual({
      status: 'found',
      name: 'Example[31m University',
    });
    for (const id of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expect(await registry.lookup(id, context)).toEqual({ status: 'not-found' });
    }
    expect(await registry.lookup('did:key:broken', context)).toMatchObject({ status: 'unknown' });
  });

  it('load a registry through the verifier’s loader once, and retry one that failed', async () => {
    let calls = 0;
    let up = false;
    const base = createDocumentLoader();
    const verifier = createVerifier({
      now: NOW,
      trust: [dcc()],
      documentLoader: async (url) => {
        if (url !== REGISTRY_URL) return base(url);
        calls++;
        if (!up) throw new Error('registry.example is down');
        return { contextUrl: null, documentUrl: url, document: fixture('dcc-registry.json') };
      },
    });
    const { credential } = await signedBadge();
    const down = await verifier.verify(credential);
    expect(down.issuer?.trust).toMatchObject({
      status: 'unknown',
      unchecked: [{ reason: expect.stringContaining('registry.example is down') }],
    });
    up = true;
    expect((await verifier.verify(credential)).issuer?.trust.status).toBe('trusted');
    expect((await verifier.verify(credential)).issuer?.trust.status).toBe('trusted');
    expect(calls).toBe(2);
  });

  it('are never fetched without fetch', async () => {
    const { credential } = await signedBadge();
    let fetched = 0;
    const report = await verify(credential, {
      now: NOW,
      trust: [dcc()],
      documentLoader: async (url) => {
        fetched++;
        return createDocumentLoader()(url);
      },
    });
    expect(report.issuer?.trust.status).toBe('unknown');
    expect(fetched).toBeGreaterThan(0); // asked the caller's loader, which has nothing
  });

  it('refuse a registry option that cannot be used, naming it', () => {
    const bad: [unknown, RegExp, string][] = [
      [{ type: 'dcc-legacy', name: 'x' }, /exactly one of url and registry/, 'trust[0].url'],
      [{ type: 'dcc-legacy', url: REGISTRY_URL }, /needs a name/, 'trust[0].name'],
      [
        { type: 'dcc-legacy', name: 'x', registry: { issuers: [] } },
        /has no "registry" object/,
        'trust[0].registry',
      ],
      [
        { type: 'x-registry', name: 'x' },
        /Unknown trust source type "x-registry"/,
        'trust[0].type',
      ],
      [{ name: 'no lookup' }, /Unknown trust source type/, 'trust[0].type'],
      [{ lookup: async () => ({ status: 'found' }) }, /needs a name/, 'trust[0].name'],
      ['did:key:z6Mk', /must be an array or an object/, 'trust[0]'],
    ];
    for (const [source, message, field] of bad) {
      let thrown: unknown;
      try {
        createVerifier({ trust: [source as TrustSource] });
      } catch (error) {
        thrown = error;
      }
      expect(isLerkitError(thrown, 'ERR_LERKIT_INVALID_ARGUMENT'), String(message)).toBe(true);
      expect((thrown as Error).message).toMatch(message);
      expect((thrown as { field?: string }).field).toBe(field);
    }
  });
});

describe('several trust sources and registries of your own', () => {
  const registry = (name: string, answer: () => Promise<unknown>): TrustRegistry => ({
    name,
    lookup: answer as TrustRegistry['lookup'],
  });

  it('trust when one vouches, and still report those that could not be consulted', async () => {
    const { credential } = await signedBadge();
    const report = await verify(credential, {
      now: NOW,
      trust: [
        registry('Down', async () => {
          throw new Error('timeout');
        }),
        registry('Partners', async () => ({ status: 'found', name: 'Example U.' })),
      ],
    });
    expect(report).toMatchObject({ verified: true, status: 'valid' });
    expect(report.issuer?.trust).toMatchObject({
      status: 'trusted',
      matches: [{ source: 'Partners', name: 'Example U.' }],
      unchecked: [{ source: 'Down', reason: 'the lookup failed: timeout' }],
    });
    expect(checkOf(report, 'trust')).toMatchObject({
      outcome: 'pass',
      codes: ['TRUST_REGISTRY_UNREADABLE'],
    });
  });

  it('are unknown when one cannot answer and the others do not list the issuer', async () => {
    const { credential } = await signedBadge();
    const report = await verify(credential, {
      now: NOW,
      trust: [
        [],
        registry('Odd', async () => ({ status: 'maybe' })),
        registry('Null', async () => null),
      ],
    });
    expect(report.issuer?.trust).toMatchObject({
      status: 'unknown',
      checked: ['trust list'],
      unchecked: [
        { source: 'Odd', reason: 'the registry gave no answer lerkit understands' },
        { source: 'Null', reason: 'the registry gave no answer lerkit understands' },
      ],
    });
  });

  it('refuse requireTrustedIssuer without trust sources or without the trust check', () => {
    for (const options of [
      { requireTrustedIssuer: true },
      { requireTrustedIssuer: true, trust: [] },
      { requireTrustedIssuer: true, trust: [[ISSUER]], skip: ['trust' as const] },
      { requireTrustedIssuer: true, trust: [[ISSUER]], only: ['proof' as const] },
      { requireTrustedIssuer: 'yes' as unknown as boolean, trust: [[ISSUER]] },
      { trust: 'did:key:z6Mk' as unknown as TrustSource[] },
    ]) {
      expect(() => createVerifier(options), JSON.stringify(options)).toThrow(
        expect.objectContaining({ code: 'ERR_LERKIT_INVALID_ARGUMENT' }),
      );
    }
  });

  it('clean what registries and credentials say before a report carries it (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400, unit: 'binary' }), (text) => {
        const clean = cleanText(text);
        if (clean === undefined) return;
        // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for them
        expect(clean).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
        expect(clean.length).toBeLessThanOrEqual(301);
      }),
      { seed: 17, numRuns: 200 },
    );
  });
});

describe('OpenID Federation trust anchors (offline)', () => {
  const ANCHOR = 'https://federation.example';
  const FETCH = `${ANCHOR}/fetch`;

  async function anchorKeys() {
    const pair = await joseKeyPair('ES256', { extractable: true });
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'anchor-1', alg: 'ES256' } as Jwk;
    return { pair, jwk };
  }

  async function statement(
    key: CryptoKey,
    claims: { sub: string; iss?: string; exp?: number; iat?: number; name?: string },
    typ = 'entity-statement+jwt',
  ) {
    const iat = claims.iat ?? Math.floor(NOW.getTime() / 1000) - 3600;
    return new SignJWT({
      metadata: {
        federation_entity: {
          organization_name: claims.name ?? 'Example University (federation)',
          homepage_uri: 'https://example.edu',
        },
      },
    })
      .setProtectedHeader({ alg: 'ES256', typ, kid: 'anchor-1' })
      .setIssuer(claims.iss ?? ANCHOR)
      .setSubject(claims.sub)
      .setIssuedAt(iat)
      .setExpirationTime(claims.exp ?? iat + 86_400)
      .sign(key);
  }

  const verifyBadge = async (source: TrustSource, extra: object = {}) => {
    const { credential } = await signedBadge();
    return verify(credential, { now: NOW, trust: [source], ...extra });
  };

  it('trust an issuer whose subordinate statement verifies with the pinned anchor keys', async () => {
    const { pair, jwk } = await anchorKeys();
    const report = await verifyBadge({
      type: 'oidf',
      name: 'Federation',
      trustAnchor: ANCHOR,
      jwks: { keys: [jwk] },
      statements: [await statement(pair.privateKey, { sub: ISSUER })],
    });
    expect(report.issuer?.trust).toMatchObject({
      status: 'trusted',
      matches: [
        {
          source: 'Federation',
          name: 'Example University (federation)',
          url: 'https://example.edu',
        },
      ],
    });
  });

  it('do not trust statements that are expired, about someone else, by another key or mistyped', async () => {
    const { pair, jwk } = await anchorKeys();
    const other = await anchorKeys();
    const past = Math.floor(NOW.getTime() / 1000) - 10 * 86_400;
    const cases: [string, string, 'unknown' | 'not-found'][] = [
      [
        'expired',
        await statement(pair.privateKey, { sub: ISSUER, iat: past, exp: past + 60 }),
        'unknown',
      ],
      ['another key', await statement(other.pair.privateKey, { sub: ISSUER }), 'unknown'],
      [
        'another issuer',
        await statement(pair.privateKey, { sub: ISSUER, iss: 'https://evil.example' }),
        'unknown',
      ],
      ['wrong typ', await statement(pair.privateKey, { sub: ISSUER }, 'JWT'), 'unknown'],
      [
        'about another entity',
        await statement(pair.privateKey, { sub: 'did:key:z6Mkother' }),
        'not-found',
      ],
    ];
    for (const [what, jwt, status] of cases) {
      const report = await verifyBadge({
        type: 'oidf',
        name: 'Federation',
        trustAnchor: ANCHOR,
        jwks: { keys: [jwk] },
        statements: [jwt],
      });
      expect(report.issuer?.trust.status, what).toBe(status);
    }
  });

  it('fetch statements from the fetch endpoint through the loader, and read not_found', async () => {
    const { pair, jwk } = await anchorKeys();
    const jwt = await statement(pair.privateKey, { sub: ISSUER });
    const url = `${FETCH}?sub=${encodeURIComponent(ISSUER)}`;
    const source: TrustSource = {
      type: 'oidf',
      name: 'Federation',
      trustAnchor: ANCHOR,
      jwks: { keys: [jwk] },
      fetchEndpoint: FETCH,
    };
    // A JWT served as JSON text (resources take JSON) or by a loader as a string.
    const asResource = await verifyBadge(source, { resources: { [url]: JSON.stringify(jwt) } });
    expect(asResource.issuer?.trust.status).toBe('trusted');
    const notFound = await verifyBadge(source, {
      resources: { [url]: { error: 'not_found', error_description: 'Unknown subordinate' } },
    });
    expect(notFound.issuer?.trust.status).toBe('not-found');
    const missing = await verifyBadge(source);
    expect(missing.issuer?.trust).toMatchObject({
      status: 'unknown',
      unchecked: [{ reason: expect.stringContaining('could not be obtained') }],
    });
  });

  it('read the anchor’s keys and fetch endpoint from its self-signed entity configuration', async () => {
    const { pair, jwk } = await anchorKeys();
    const iat = Math.floor(NOW.getTime() / 1000) - 60;
    const configuration = await new SignJWT({
      jwks: { keys: [jwk] },
      metadata: { federation_entity: { federation_fetch_endpoint: FETCH } },
    })
      .setProtectedHeader({ alg: 'ES256', typ: 'entity-statement+jwt', kid: 'anchor-1' })
      .setIssuer(ANCHOR)
      .setSubject(ANCHOR)
      .setIssuedAt(iat)
      .setExpirationTime(iat + 86_400)
      .sign(pair.privateKey);
    const resources = {
      [`${ANCHOR}/.well-known/openid-federation`]: JSON.stringify(configuration),
      [`${FETCH}?sub=${encodeURIComponent(ISSUER)}`]: JSON.stringify(
        await statement(pair.privateKey, { sub: ISSUER }),
      ),
    };
    const source: TrustSource = {
      type: 'oidf',
      name: 'DCC-style',
      trustAnchorEC: `${ANCHOR}/.well-known/openid-federation`,
    };
    expect((await verifyBadge(source, { resources })).issuer?.trust.status).toBe('trusted');
    // Pinned keys that did not sign the configuration: nothing is trusted.
    const other = await anchorKeys();
    const pinned = await verifyBadge({ ...source, jwks: { keys: [other.jwk] } }, { resources });
    expect(pinned.issuer?.trust).toMatchObject({
      status: 'unknown',
      unchecked: [{ reason: expect.stringContaining('does not verify with the pinned keys') }],
    });
  });

  it('refuse an anchor that is not https and private keys in jwks', async () => {
    const { pair } = await anchorKeys();
    const privateJwk = await exportJWK(pair.privateKey);
    expect(() =>
      createOidfRegistry({ type: 'oidf', name: 'x', trustAnchor: 'http://federation.example' }),
    ).toThrow(/https URL/);
    expect(() =>
      createOidfRegistry({
        type: 'oidf',
        name: 'x',
        trustAnchor: ANCHOR,
        jwks: { keys: [privateJwk as never] },
      }),
    ).toThrow(/public keys only/);
  });
});

describe('the code table', () => {
  it('documents how requireTrustedIssuer changes the default severities', () => {
    expect(CODES.TRUST_NOT_FOUND).toMatchObject({ severity: 'warning' });
    expect(CODES.TRUST_NOT_FOUND.meaning).toMatch(/error with requireTrustedIssuer/);
    expect(CODES.TRUST_UNKNOWN).toMatchObject({ severity: 'warning', indeterminate: true });
    expect(CODES.TRUST_UNKNOWN.meaning).toMatch(/error with requireTrustedIssuer/);
  });
});
