// Generates fixtures/ob2/*.json: Open Badges 2.0 verification cases, one per file — the input (an
// assertion's JSON, a signed assertion's JWS, a hosted assertion's URL, a baked SVG), the documents
// the verifier is given (`resources`: BadgeClass, issuer Profile, CryptographicKey, RevocationList),
// the options, and the verdict the OB 2.0 specification requires. fixtures/ob2/README.md says what
// each shows; test/ob2/fixtures.test.ts checks every case. Run with
// `npx tsx scripts/make-ob2-fixtures.ts`. The RS256 key is generated afresh on each run and only its
// public half is written (in the CryptographicKey document): regenerating changes the signed cases'
// bytes, not their verdicts.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CompactSign, exportSPKI, generateKeyPair } from 'jose';
import { bake, identityHash } from '../src/index.js';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'ob2');
const OB2 = 'https://w3id.org/openbadges/v2';
const NOW = '2024-06-01T00:00:00Z';
const ISSUER = 'https://example.org/organization.json';
const BADGE = 'https://example.org/robotics-badge.json';
const KEY = 'https://example.org/publicKey.json';
const LIST = 'https://example.org/revocationList.json';
const HOSTED = 'https://example.org/assertions/beth.json';
const SIGNED = 'urn:uuid:a953081a-4bbd-4927-9653-7219bca00e3b';
const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"><circle cx="4" cy="4" r="3"/></svg>';

type Json = Record<string, unknown>;

interface Case {
  title: string;
  source: string;
  input: unknown;
  resources: Record<string, unknown>;
  options: { now: string; knownIdentifier?: unknown };
  expected: {
    verified: boolean;
    status: string;
    kind: string;
    errors: string[];
    warnings: string[];
  };
}

const issuer = (extra: Json = {}): Json => ({
  '@context': OB2,
  type: 'Issuer',
  id: ISSUER,
  name: 'An Example Badge Issuer',
  url: 'https://example.org',
  email: 'contact@example.org',
  publicKey: KEY,
  revocationList: LIST,
  ...extra,
});
const badge = (extra: Json = {}): Json => ({
  '@context': OB2,
  type: 'BadgeClass',
  id: BADGE,
  name: 'Awesome Robotics Badge',
  description: 'For doing awesome things with robots.',
  image: 'https://example.org/robotics-badge.png',
  criteria: { narrative: 'Build a robot.' },
  issuer: ISSUER,
  ...extra,
});
const hosted = (extra: Json = {}): Json => ({
  '@context': OB2,
  type: 'Assertion',
  id: HOSTED,
  recipient: {
    type: 'email',
    hashed: true,
    salt: 'deadsea',
    identity: identityHash('beth@example.org', 'deadsea'),
  },
  badge: BADGE,
  verification: { type: 'hosted' },
  issuedOn: '2016-12-31T23:59:59Z',
  expires: '2030-06-30T23:59:59Z',
  ...extra,
});
const signedAssertion = (extra: Json = {}): Json => ({
  ...hosted(),
  id: SIGNED,
  verification: { type: 'SignedBadge', creator: KEY },
  ...extra,
});
const list = (revoked: unknown[] = []): Json => ({
  '@context': OB2,
  id: LIST,
  type: 'RevocationList',
  issuer: ISSUER,
  revokedAssertions: revoked,
});
const byId = (...documents: Json[]) =>
  Object.fromEntries(documents.map((d) => [d.id as string, d]));
const valid = (kind = 'OB2Assertion') => ({
  verified: true,
  status: 'valid',
  kind,
  errors: [],
  warnings: [],
});
const invalid = (errors: string[], kind = 'OB2Assertion') => ({
  verified: false,
  status: 'invalid',
  kind,
  errors,
  warnings: [],
});

async function main(): Promise<void> {
  const pair = await generateKeyPair('RS256', { extractable: true });
  const stranger = await generateKeyPair('RS256');
  const key = {
    '@context': OB2,
    type: 'CryptographicKey',
    id: KEY,
    owner: ISSUER,
    publicKeyPem: await exportSPKI(pair.publicKey),
  };
  const sign = (assertion: Json, privateKey = pair.privateKey) =>
    new CompactSign(new TextEncoder().encode(JSON.stringify(assertion)))
      .setProtectedHeader({ alg: 'RS256' })
      .sign(privateKey);
  const world = byId(issuer(), badge(), hosted());
  const signedWorld = byId(issuer(), badge(), key, list());
  const jws = await sign(signedAssertion());
  const [h, p, s] = jws.split('.') as [string, string, string];
  const payload = Buffer.from(p, 'base64url');
  const at = payload.indexOf('2016-12-31');
  if (at < 0) throw new Error('the payload has no issuedOn to change');
  payload[at + 9] = '0'.charCodeAt(0); // issued a day earlier: still valid data, a broken signature
  const { '@context': _b, ...embeddedBadge } = badge();
  const { '@context': _i, ...embeddedIssuer } = issuer();
  const embedded = hosted({ badge: { ...embeddedBadge, issuer: embeddedIssuer } });
  const elsewhere = hosted({ id: 'https://badges.example.net/a/1.json' });
  const cases: Record<string, Case> = {};
  const add = (name: string, c: Omit<Case, 'options'> & { options?: Partial<Case['options']> }) => {
    cases[name] = { ...c, options: { now: NOW, ...c.options } };
  };

  add('hosted-valid', {
    title: 'A hosted assertion with its BadgeClass and issuer Profile',
    source: 'OB 2.0 §HostedBadge Verification',
    input: hosted(),
    resources: world,
    expected: valid(),
  });
  add('hosted-by-url', {
    title: 'The same assertion given by its URL alone',
    source: 'OB 2.0 §HostedBadge Verification ("starting with the verification URL")',
    input: HOSTED,
    resources: world,
    expected: valid(),
  });
  add('hosted-embedded', {
    title: 'BadgeClass and issuer embedded; the issuer confirmed by its hosted Profile',
    source: 'OB 2.0 Examples §Open Badges in Linked Data',
    input: embedded,
    resources: byId(issuer(), embedded),
    expected: valid(),
  });
  add('hosted-allowed-origins', {
    title: 'Hosted on another host the issuer allows (allowedOrigins)',
    source: 'OB 2.0 §VerificationObject',
    input: elsewhere,
    resources: byId(
      issuer({ verification: { allowedOrigins: 'badges.example.net' } }),
      badge(),
      elsewhere,
    ),
    expected: valid(),
  });
  add('hosted-wrong-host', {
    title: 'Hosted on a host outside the issuer’s verification policy',
    source: 'OB 2.0 §HostedBadge Verification (default: the issuer id’s origin)',
    input: elsewhere,
    resources: byId(issuer(), badge(), elsewhere),
    expected: invalid(['PROOF_OB2_OUT_OF_SCOPE']),
  });
  add('hosted-id-mismatch', {
    title: 'The document at the assertion’s URL has another id',
    source: 'OB 2.0 §HostedBadge Verification',
    input: hosted(),
    resources: {
      ...byId(issuer(), badge()),
      [HOSTED]: hosted({ id: 'https://example.org/assertions/other.json' }),
    },
    expected: invalid(['PROOF_OB2_HOSTED_ID_MISMATCH']),
  });
  add('hosted-unavailable', {
    title: 'The hosted assertion cannot be loaded (nothing is fetched)',
    source: 'OB 2.0 §Data Validation ("available … with an eventual 200 OK")',
    input: hosted(),
    resources: byId(issuer(), badge()),
    expected: invalid(['PROOF_OB2_HOSTED_UNAVAILABLE']),
  });
  add('hosted-revoked', {
    title: 'The hosted copy says revoked, with a reason',
    source: 'OB 2.0 §Revoking Hosted Assertions',
    input: hosted(),
    resources: byId(issuer(), badge(), {
      '@context': OB2,
      id: HOSTED,
      revoked: true,
      revocationReason: 'Awarded in error',
    }),
    expected: invalid(['STATUS_REVOKED']),
  });
  add('hosted-expired', {
    title: 'Expired (expires in the past)',
    source: 'OB 2.0 §Assertion expires',
    input: hosted({ expires: '2020-01-01T00:00:00Z' }),
    resources: byId(issuer(), badge(), hosted({ expires: '2020-01-01T00:00:00Z' })),
    expected: invalid(['DATES_EXPIRED']),
  });
  add('hosted-recipient-mismatch', {
    title: 'Issued to another e-mail address than the one expected',
    source: 'OB 2.0 §Verification, §IdentityObject',
    input: hosted(),
    resources: world,
    options: { knownIdentifier: { identityType: 'emailAddress', value: 'eve@example.org' } },
    expected: invalid(['RECIPIENT_MISMATCH']),
  });
  add('hosted-recipient-match', {
    title: 'Issued to the e-mail address expected (salted sha256)',
    source: 'OB 2.0 §IdentityObject, §IdentityHash',
    input: hosted(),
    resources: world,
    options: { knownIdentifier: { identityType: 'emailAddress', value: 'beth@example.org' } },
    expected: valid(),
  });
  add('badgeclass-missing', {
    title: 'The BadgeClass cannot be loaded',
    source: 'OB 2.0 §Data Validation ("All required Badge Objects are … available")',
    input: hosted(),
    resources: byId(issuer(), hosted()),
    expected: invalid(['OB2_DOCUMENT_UNAVAILABLE']),
  });
  add('image-not-png-svg', {
    title: 'The BadgeClass image is a JPEG',
    source: 'OB 2.0 §BadgeClass image ("must be a PNG or SVG image")',
    input: hosted(),
    resources: byId(issuer(), badge({ image: 'https://example.org/robotics-badge.jpg' }), hosted()),
    expected: invalid(['OB2_IMAGE_TYPE']),
  });
  add('signed-valid', {
    title: 'A signed assertion (RS256 JWS) with the issuer’s key and revocation list',
    source: 'OB 2.0 §SignedBadge Verification',
    input: jws,
    resources: signedWorld,
    expected: valid(),
  });
  add('signed-tampered', {
    title: 'One byte of the JWS payload changed',
    source: 'OB 2.0 §SignedBadge Verification step 6',
    input: `${h}.${payload.toString('base64url')}.${s}`,
    resources: signedWorld,
    expected: invalid(['PROOF_SIGNATURE_INVALID']),
  });
  add('signed-wrong-key', {
    title: 'Signed with a key other than the issuer’s',
    source: 'OB 2.0 §SignedBadge Verification step 6',
    input: await sign(signedAssertion(), stranger.privateKey),
    resources: signedWorld,
    expected: invalid(['PROOF_SIGNATURE_INVALID']),
  });
  add('signed-key-not-listed', {
    title: 'verification.creator names a key the issuer does not list',
    source: 'OB 2.0 §SignedBadge ("it must be authorized in the issuer Profile as well")',
    input: await sign(
      signedAssertion({
        verification: { type: 'SignedBadge', creator: 'https://evil.example/key.json' },
      }),
    ),
    resources: signedWorld,
    expected: invalid(['PROOF_KEY_NOT_FOUND']),
  });
  add('signed-revoked-by-id', {
    title: 'Revoked in the issuer’s RevocationList, by id, with a reason',
    source: 'OB 2.0 §RevocationList',
    input: jws,
    resources: byId(
      issuer(),
      badge(),
      key,
      list([{ id: SIGNED, revocationReason: 'Honor code violation' }]),
    ),
    expected: invalid(['STATUS_REVOKED']),
  });
  add('signed-revoked-by-uid', {
    title: 'Revoked in the issuer’s RevocationList, by (legacy) uid',
    source: 'OB 2.0 §RevocationList',
    input: await sign(signedAssertion({ uid: 'abc123' })),
    resources: byId(
      issuer(),
      badge(),
      key,
      list([{ uid: 'abc123', revocationReason: 'Issued in error.' }]),
    ),
    expected: invalid(['STATUS_REVOKED']),
  });
  add('signed-revocation-list-unavailable', {
    title: 'The revocation list cannot be loaded: revocation unknown (a warning)',
    source: 'OB 2.0 §SignedBadge Verification step 7',
    input: jws,
    resources: byId(issuer(), badge(), key),
    expected: {
      verified: true,
      status: 'warning',
      kind: 'OB2Assertion',
      errors: [],
      warnings: ['STATUS_LIST_UNAVAILABLE'],
    },
  });
  add('signed-without-jws', {
    title: 'A SignedBadge assertion’s JSON without its JWS',
    source: 'OB 2.0 §SignedBadge Verification',
    input: signedAssertion(),
    resources: signedWorld,
    expected: invalid(['PROOF_MISSING']),
  });
  add('baked-svg-signed', {
    title: 'A signed assertion baked in an SVG (verify attribute)',
    source: 'OB 2.0 Baking §SVGs',
    input: bake(SVG, jws),
    resources: signedWorld,
    expected: valid(),
  });
  add('baked-svg-hosted-url', {
    title: 'An SVG carrying only the hosted assertion’s URL',
    source: 'OB 2.0 Baking §SVGs',
    input: bake(SVG, HOSTED),
    resources: world,
    expected: valid(),
  });
  add('ob1-assertion', {
    title: 'An Open Badges 1.1 assertion: recognised, not supported',
    source: 'OB 2.0 §Changes from 1.1',
    input: {
      '@context': 'https://w3id.org/openbadges/v1',
      type: 'Assertion',
      id: 'https://example.org/a/1',
      uid: 'a1',
      recipient: { type: 'email', hashed: false, identity: 'beth@example.org' },
      badge: BADGE,
      verify: { type: 'hosted', url: 'https://example.org/a/1' },
      issuedOn: '2016-12-31T23:59:59Z',
    },
    resources: {},
    expected: invalid(['TYPE_OB1_UNSUPPORTED'], 'OB1Assertion'),
  });

  mkdirSync(OUT, { recursive: true });
  for (const file of readdirSync(OUT)) if (file.endsWith('.json')) rmSync(join(OUT, file));
  for (const [name, c] of Object.entries(cases)) {
    writeFileSync(join(OUT, `${name}.json`), `${JSON.stringify(c, null, 2)}\n`);
  }
  console.log(`wrote ${Object.keys(cases).length} fixtures to ${OUT}`);
}

await main();
