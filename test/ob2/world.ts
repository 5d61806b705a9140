// An Open Badges 2.0 issuer, made in the tests: its Profile, BadgeClass, CryptographicKey (an RS256
// key pair generated here), RevocationList, a hosted and a signed assertion, all served to lerkit
// through `resources` — the graph of OB 2.0 §Examples (Signed Badges: "The following resources
// should exist"), with documents lerkit can verify.
import { CompactSign, exportSPKI, generateKeyPair } from 'jose';
import { identityHash } from '../../src/builders/index.js';

export const OB2 = 'https://w3id.org/openbadges/v2';
export const ISSUER_ID = 'https://example.org/organization.json';
export const BADGE_ID = 'https://example.org/robotics-badge.json';
export const KEY_ID = 'https://example.org/publicKey.json';
export const LIST_ID = 'https://example.org/revocationList.json';
export const HOSTED_ID = 'https://example.org/assertions/beth.json';
export const SIGNED_ID = 'urn:uuid:a953081a-4bbd-4927-9653-7219bca00e3b';
export const EMAIL = 'beth@example.org';
export const SALT = 'deadsea';
/** Verify at a time the test badges are valid (issued 2016, expire 2030). */
export const NOW = new Date('2024-06-01T00:00:00Z');

export type Json = Record<string, unknown>;

export const issuer = (extra: Json = {}): Json => ({
  '@context': OB2,
  type: 'Issuer',
  id: ISSUER_ID,
  name: 'An Example Badge Issuer',
  image: 'https://example.org/logo.png',
  url: 'https://example.org',
  email: 'contact@example.org',
  publicKey: KEY_ID,
  revocationList: LIST_ID,
  ...extra,
});

export const badgeClass = (extra: Json = {}): Json => ({
  '@context': OB2,
  type: 'BadgeClass',
  id: BADGE_ID,
  name: 'Awesome Robotics Badge',
  description: 'For doing awesome things with robots that people think is pretty great.',
  image: 'https://example.org/robotics-badge.png',
  criteria: { narrative: 'Build a robot that moves forward and picks up a bucket.' },
  tags: ['robots', 'awesome'],
  issuer: ISSUER_ID,
  alignment: [
    {
      targetName: 'CCSS.ELA-Literacy.RST.11-12.3',
      targetUrl: 'http://www.corestandards.org/ELA-Literacy/RST/11-12/3',
      targetCode: 'CCSS.ELA-Literacy.RST.11-12.3',
    },
  ],
  ...extra,
});

export const recipient = (email = EMAIL) => ({
  type: 'email',
  hashed: true,
  salt: SALT,
  identity: identityHash(email, SALT),
});

export const hostedAssertion = (extra: Json = {}): Json => ({
  '@context': OB2,
  type: 'Assertion',
  id: HOSTED_ID,
  recipient: recipient(),
  badge: BADGE_ID,
  verification: { type: 'hosted' },
  issuedOn: '2016-12-31T23:59:59Z',
  expires: '2030-06-30T23:59:59Z',
  evidence: 'https://example.org/beths-robot-work.html',
  ...extra,
});

export const signedAssertion = (extra: Json = {}): Json => ({
  ...hostedAssertion(),
  id: SIGNED_ID,
  verification: { type: 'SignedBadge', creator: KEY_ID },
  ...extra,
});

export const revocationList = (revoked: unknown[] = []): Json => ({
  '@context': OB2,
  id: LIST_ID,
  type: 'RevocationList',
  issuer: ISSUER_ID,
  revokedAssertions: revoked,
});

/** An RS256 key pair and its CryptographicKey document. */
export interface TestKey {
  privateKey: CryptoKey;
  document: Json;
}

/** A fresh RS256 key pair (2048 bits), published as a CryptographicKey the issuer owns. */
export async function rsaKey(id = KEY_ID, owner = ISSUER_ID): Promise<TestKey> {
  const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true });
  return {
    privateKey,
    document: {
      '@context': OB2,
      type: 'CryptographicKey',
      id,
      owner,
      publicKeyPem: await exportSPKI(publicKey),
    },
  };
}

/** Signs an assertion as OB 2.0 §SignedBadge says: the JSON is the JWS payload. */
export async function signAssertion(
  assertion: Json,
  privateKey: CryptoKey,
  header: Json = { alg: 'RS256' },
): Promise<string> {
  return new CompactSign(new TextEncoder().encode(JSON.stringify(assertion)))
    .setProtectedHeader(header as { alg: string })
    .sign(privateKey);
}

/** The documents of the world by URL, as `resources`. */
export function resourcesOf(...documents: Json[]): Record<string, unknown> {
  return Object.fromEntries(documents.map((d) => [d.id as string, d]));
}

/** The whole world: one key, and the resources a hosted and a signed assertion need. */
export async function world() {
  const key = await rsaKey();
  const hosted = hostedAssertion();
  const signed = await signAssertion(signedAssertion(), key.privateKey);
  const resources = resourcesOf(issuer(), badgeClass(), key.document, revocationList(), hosted);
  return { key, hosted, signed, resources };
}
