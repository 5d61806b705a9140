// The credentials the baking tests bake: one of every format and kind lerkit bakes, with where
// each must go (PNG keyword, SVG element and namespace).
import { CompactSign, generateKeyPair as joseKeyPair } from 'jose';
import {
  createClrCredential,
  createEndorsementCredential,
  createProfile,
} from '../../src/builders/index.js';
import { sign, signJwt } from '../../src/proof/index.js';
import { signedBadge, testKey, unsignedBadge } from '../helpers/credentials.js';
import { readFixture } from '../helpers/spec.js';

export const OB3_NS = 'https://purl.imsglobal.org/ob/v3p0';
export const CLR_NS = 'https://purl.imsglobal.org/clr/v2p0';
export const OB2_NS = 'http://openbadges.org';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A credential to bake, and where it must end up. */
export interface Payload {
  name: string;
  /** A JSON object, or a compact JWS. */
  credential: { [key: string]: Json } | string;
  kind: string;
  keyword: 'openbadgecredential' | 'clrcredential' | 'openbadges';
  element: 'credential' | 'assertion';
  namespace: string;
}

/** A minimal OB 2.0 assertion (Open Badges 2.0 §Assertion), hosted verification. */
export const OB2_ASSERTION = {
  '@context': 'https://w3id.org/openbadges/v2',
  type: 'Assertion',
  id: 'https://example.org/assertions/123',
  recipient: { type: 'email', hashed: false, identity: 'alice@example.org' },
  badge: 'https://example.org/badges/5',
  verification: { type: 'hosted' },
  issuedOn: '2016-12-31T23:59:59+00:00',
} as const;

/** An OB 2.0 signed assertion: a JWS whose payload is the assertion (OB 2.0 §SignedBadge). */
export async function ob2SignedAssertion(): Promise<string> {
  const { privateKey } = await joseKeyPair('ES256');
  const assertion = {
    ...OB2_ASSERTION,
    id: 'urn:uuid:0b2a0b2a-0000-4000-8000-000000000002',
    verification: { type: 'SignedBadge', creator: 'https://example.org/keys/1' },
  };
  return new CompactSign(new TextEncoder().encode(JSON.stringify(assertion)))
    .setProtectedHeader({ alg: 'ES256' })
    .sign(privateKey);
}

let cached: Promise<Payload[]> | undefined;

/** Every payload (built once per test file: signing takes a moment). */
export function payloads(): Promise<Payload[]> {
  cached ??= build();
  return cached;
}

async function build(): Promise<Payload[]> {
  const key = await testKey(21);
  const { credential: badge } = await signedBadge(key);
  const badgeJwt = await signJwt(unsignedBadge(key.controller), { key });
  const endorsement = await sign(
    createEndorsementCredential(
      {
        id: 'urn:uuid:6c0f5b42-1f44-4f4a-9d36-0000000000e1',
        issuer: createProfile({ id: key.controller, name: 'State Board of Education' }),
        name: 'Endorsement of the Teamwork badge',
        endorsed: 'https://example.edu/achievements/teamwork',
        endorsementComment: 'Meets the state "collaboration" standard <& more>.',
        validFrom: '2024-01-01T00:00:00Z',
      },
      {},
    ),
    { key, created: '2024-01-01T00:00:00Z' },
  );
  const clrJson = readFixture<{ input: { [key: string]: Json } }>('verify', 'clr-valid.json').input;
  const clrJwt = await signJwt(
    createClrCredential(
      {
        id: 'urn:uuid:6c0f5b42-1f44-4f4a-9d36-0000000000c1',
        issuer: createProfile({ id: key.controller, name: 'Example University' }),
        name: 'Transcript of Student 42',
        recipient: { id: 'did:example:student-42' },
        credentials: [badge, badgeJwt],
        validFrom: '2024-01-01T00:00:00Z',
      },
      {},
    ),
    { key },
  );
  const ob3 = { keyword: 'openbadgecredential', element: 'credential', namespace: OB3_NS } as const;
  const clr = { keyword: 'clrcredential', element: 'credential', namespace: CLR_NS } as const;
  const ob2 = { keyword: 'openbadges', element: 'assertion', namespace: OB2_NS } as const;
  return [
    {
      name: 'OB 3.0 JSON, embedded proof',
      credential: asJson(badge),
      kind: 'AchievementCredential',
      ...ob3,
    },
    { name: 'OB 3.0 VC-JWT', credential: badgeJwt, kind: 'AchievementCredential', ...ob3 },
    { name: 'CLR 2.0 JSON', credential: clrJson, kind: 'ClrCredential', ...clr },
    { name: 'CLR 2.0 VC-JWT', credential: clrJwt, kind: 'ClrCredential', ...clr },
    {
      name: 'EndorsementCredential',
      credential: asJson(endorsement),
      kind: 'EndorsementCredential',
      ...ob3,
    },
    {
      name: 'OB 2.0 assertion JSON',
      credential: asJson(OB2_ASSERTION),
      kind: 'OB2Assertion',
      ...ob2,
    },
    {
      name: 'OB 2.0 signed assertion',
      credential: await ob2SignedAssertion(),
      kind: 'OB2Assertion',
      ...ob2,
    },
  ];
}

function asJson(value: object): { [key: string]: Json } {
  return JSON.parse(JSON.stringify(value)) as { [key: string]: Json };
}

/** The text a baked image must carry for a payload: the JSON, or the JWS. */
export function bakedText(payload: Payload): string {
  return typeof payload.credential === 'string'
    ? payload.credential
    : JSON.stringify(payload.credential);
}
