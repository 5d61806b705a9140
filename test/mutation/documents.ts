// The signed documents the mutation suite rewrites: for each suite lerkit signs with, an OB 3.0
// badge (validUntil, a BitstringStatusListEntry pointing at the issuer's signed status list,
// evidence, an endorsement), an EndorsementCredential, and a CLR (two nested badges, an
// association), each in variants whose verdict is `verified: true` and variants it is not
// (expired, not yet valid, revoked, another recipient, a failing endorsement or nested
// credential). Ed25519 keys are seeded; the P-256 keys are fixed below, so every run signs the
// same data (ECDSA signatures themselves are randomised, which changes nothing here).
import {
  createAchievement,
  createClrCredential,
  createEndorsementCredential,
  createEvidence,
  createOpenBadgeCredential,
  createProfile,
} from '../../src/builders/index.js';
import {
  generateKeyPair,
  type KeyPair,
  type ProofSuite,
  sign,
  signJwt,
} from '../../src/proof/index.js';
import { encodeStatusList } from '../../src/status/index.js';
import type { VerifyOptions } from '../../src/verify/index.js';
import type { JsonObject } from './json.js';

/** The suites of the mutation suite: the four embedded proof suites and VC-JWT. */
export const SUITES = [
  'eddsa-rdfc-2022',
  'ecdsa-rdfc-2019',
  'Ed25519Signature2020',
  'eddsa-jcs-2022',
  'vc-jwt',
] as const;
/** A suite of the mutation suite. */
export type Suite = (typeof SUITES)[number];
/** Suites whose signature covers the RDF dataset, not the JSON text. */
export const RDFC_SUITES: readonly Suite[] = [
  'eddsa-rdfc-2022',
  'ecdsa-rdfc-2019',
  'Ed25519Signature2020',
];

/** The document kinds. */
export const DOC_KINDS = ['badge', 'endorsement', 'clr'] as const;
/** A document kind. */
export type DocKind = (typeof DOC_KINDS)[number];

/** One signed document with the options it is verified with. */
export interface Variant {
  suite: Suite;
  kind: DocKind;
  /** e.g. `expired`, `revoked`, `valid`. */
  name: string;
  /** Keys that hold what makes it fail (rewrites favour them). */
  focus: readonly string[];
  /** The signed credential (a JSON object), or the compact VC-JWT. */
  signed: JsonObject | string;
  /** What the rewrites work on: the credential, or the JWT payload. */
  payload: JsonObject;
  /** Verification options (the clock, the status list, the expected recipient). */
  options: VerifyOptions & { now: Date };
}

/** The clock of every verification. */
export const NOW = new Date('2025-06-01T00:00:00Z');
const CREATED = '2025-01-01T00:00:00Z';
const FROM = '2025-01-01T00:00:00Z';
const UNTIL = '2026-01-01T00:00:00Z';
const EXPIRED = '2025-03-01T00:00:00Z';
const FUTURE = '2025-09-01T00:00:00Z';
const LEARNER = 'did:example:student-42';
const SOMEONE_ELSE = 'did:example:student-43';
const LIST_URL = 'https://example.edu/status/mutation';
const REVOKED_INDEX = 7;
const ACHIEVEMENT_ID = 'https://example.edu/achievements/teamwork';

// Fixed P-256 test keys (issuer, endorser): P-256 keys cannot be generated from a seed.
const P256_ISSUER: KeyPair = {
  algorithm: 'P-256',
  id: 'did:key:zDnaeTgqqV3P2kjJKeKoJ8hbPfHYRGThbJs8UwWL7v37hGx5L#zDnaeTgqqV3P2kjJKeKoJ8hbPfHYRGThbJs8UwWL7v37hGx5L',
  controller: 'did:key:zDnaeTgqqV3P2kjJKeKoJ8hbPfHYRGThbJs8UwWL7v37hGx5L',
  did: 'did:key:zDnaeTgqqV3P2kjJKeKoJ8hbPfHYRGThbJs8UwWL7v37hGx5L',
  publicKeyMultibase: 'zDnaeTgqqV3P2kjJKeKoJ8hbPfHYRGThbJs8UwWL7v37hGx5L',
  secretKeyMultibase: 'z42tpu13CcqfdiQzvrcGeYp7GnTgyPKWLGPcNcN6kVZb311x',
};
const P256_ENDORSER: KeyPair = {
  algorithm: 'P-256',
  id: 'did:key:zDnaewAoXZadpzbPhcNbaK7o1iEtEXAwQwedHNp1XdugqkySN#zDnaewAoXZadpzbPhcNbaK7o1iEtEXAwQwedHNp1XdugqkySN',
  controller: 'did:key:zDnaewAoXZadpzbPhcNbaK7o1iEtEXAwQwedHNp1XdugqkySN',
  did: 'did:key:zDnaewAoXZadpzbPhcNbaK7o1iEtEXAwQwedHNp1XdugqkySN',
  publicKeyMultibase: 'zDnaewAoXZadpzbPhcNbaK7o1iEtEXAwQwedHNp1XdugqkySN',
  secretKeyMultibase: 'z42ttzxkpWT5K14vPYwE5LwA9JoK3UwhwjHrFaXN7YGaw3UB',
};

interface Keys {
  issuer: KeyPair;
  endorser: KeyPair;
}

async function keysFor(suite: Suite): Promise<Keys> {
  if (suite === 'ecdsa-rdfc-2019') return { issuer: P256_ISSUER, endorser: P256_ENDORSER };
  const seeded = (byte: number) => generateKeyPair({ seed: new Uint8Array(32).fill(byte) });
  return { issuer: await seeded(41), endorser: await seeded(42) };
}

/** Signs as the suite does; VC-JWTs carry embedded credentials signed with eddsa-rdfc-2022. */
function signer(suite: Suite) {
  const embedded: ProofSuite = suite === 'vc-jwt' ? 'eddsa-rdfc-2022' : suite;
  return async (credential: object, key: KeyPair): Promise<JsonObject> =>
    (await sign(credential, { key, suite: embedded, created: CREATED })) as JsonObject;
}

const statusEntry = (index: number) => ({
  id: `${LIST_URL}#${index}`,
  type: 'BitstringStatusListEntry',
  statusPurpose: 'revocation',
  statusListIndex: String(index),
  statusListCredential: LIST_URL,
});

async function statusList(key: KeyPair, signWith: ReturnType<typeof signer>) {
  return signWith(
    {
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      id: LIST_URL,
      type: ['VerifiableCredential', 'BitstringStatusListCredential'],
      issuer: key.controller,
      validFrom: FROM,
      credentialSubject: {
        id: `${LIST_URL}#list`,
        type: 'BitstringStatusList',
        statusPurpose: 'revocation',
        encodedList: await encodeStatusList({ set: [REVOKED_INDEX] }),
      },
    },
    key,
  );
}

interface BadgeInput {
  id: string;
  issuer: KeyPair;
  achievementId?: string;
  validFrom?: string;
  validUntil?: string;
  statusIndex?: number;
  evidence?: boolean;
  endorsement?: JsonObject;
}

function badge(input: BadgeInput): JsonObject {
  const achievementId = input.achievementId ?? ACHIEVEMENT_ID;
  return createOpenBadgeCredential(
    {
      id: input.id,
      issuer: createProfile({ id: input.issuer.controller, name: 'Example University' }),
      name: 'Teamwork',
      achievement: createAchievement({
        id: achievementId,
        name: 'Teamwork',
        description: 'Collaborates effectively within a group.',
        criteria: { narrative: 'Nominated by peers and confirmed by an instructor.' },
      }),
      recipient: { id: LEARNER },
      validFrom: input.validFrom ?? FROM,
      ...(input.validUntil ? { validUntil: input.validUntil } : {}),
      ...(input.statusIndex !== undefined
        ? { credentialStatus: statusEntry(input.statusIndex) }
        : {}),
      ...(input.evidence
        ? {
            evidence: [
              createEvidence({
                id: 'https://example.edu/evidence/42',
                name: 'Team project report',
                narrative: 'Led the retrospective of a four-person project.',
              }),
            ],
          }
        : {}),
      ...(input.endorsement ? { endorsement: [input.endorsement] } : {}),
    },
    {},
  ) as unknown as JsonObject;
}

function endorsementOf(
  endorser: KeyPair,
  endorsed: string,
  extra: { id?: string; validUntil?: string; statusIndex?: number } = {},
): JsonObject {
  return createEndorsementCredential(
    {
      id: extra.id ?? 'urn:uuid:7a1e0000-0000-4000-8000-00000000e001',
      issuer: createProfile({ id: endorser.controller, name: 'State Board of Education' }),
      name: 'Endorsement of the Teamwork badge',
      endorsed,
      endorsementComment: 'Meets the state collaboration standard.',
      validFrom: FROM,
      validUntil: extra.validUntil ?? UNTIL,
      ...(extra.statusIndex !== undefined
        ? { credentialStatus: statusEntry(extra.statusIndex) }
        : {}),
    },
    {},
  ) as unknown as JsonObject;
}

type Spec = {
  name: string;
  unsigned: JsonObject;
  focus?: readonly string[];
  knownIdentifier?: string;
};

const STATUS = ['credentialStatus', 'statusListIndex', 'statusListCredential'];

async function badgeSpecs(keys: Keys, signWith: ReturnType<typeof signer>): Promise<Spec[]> {
  const id = 'urn:uuid:7a1e0000-0000-4000-8000-00000000b001';
  const endorse = (validUntil = UNTIL) =>
    signWith(endorsementOf(keys.endorser, id, { validUntil }), keys.endorser);
  const good = await endorse();
  const full = (extra: Partial<BadgeInput>, endorsement = good) =>
    badge({
      id,
      issuer: keys.issuer,
      validUntil: UNTIL,
      statusIndex: 3,
      evidence: true,
      endorsement,
      ...extra,
    });
  return [
    { name: 'valid', unsigned: full({}), knownIdentifier: LEARNER },
    { name: 'expired', unsigned: full({ validUntil: EXPIRED }), focus: ['validUntil'] },
    { name: 'not-yet-valid', unsigned: full({ validFrom: FUTURE }), focus: ['validFrom'] },
    { name: 'revoked', unsigned: full({ statusIndex: REVOKED_INDEX }), focus: STATUS },
    {
      name: 'other-recipient',
      unsigned: full({}),
      focus: ['credentialSubject'],
      knownIdentifier: SOMEONE_ELSE,
    },
    {
      name: 'endorsement-expired',
      unsigned: full({}, await endorse(EXPIRED)),
      focus: ['endorsement', 'validUntil'],
    },
  ];
}

function endorsementSpecs(keys: Keys): Spec[] {
  const of = (extra: { validUntil?: string; statusIndex?: number }) =>
    endorsementOf(keys.issuer, ACHIEVEMENT_ID, {
      id: 'urn:uuid:7a1e0000-0000-4000-8000-00000000e002',
      statusIndex: 3,
      ...extra,
    });
  return [
    { name: 'valid', unsigned: of({}) },
    { name: 'expired', unsigned: of({ validUntil: EXPIRED }), focus: ['validUntil'] },
    { name: 'revoked', unsigned: of({ statusIndex: REVOKED_INDEX }), focus: STATUS },
  ];
}

async function clrSpecs(keys: Keys, signWith: ReturnType<typeof signer>): Promise<Spec[]> {
  const course = (n: number, extra: Partial<BadgeInput> = {}) =>
    signWith(
      badge({
        id: `urn:uuid:7a1e0000-0000-4000-8000-00000000c10${n}`,
        issuer: keys.issuer,
        achievementId: `https://example.edu/achievements/course-${n}`,
        ...extra,
      }),
      keys.issuer,
    );
  const c1 = await course(1);
  const c2 = await course(2, { statusIndex: 4 });
  const clr = (credentials: JsonObject[], validUntil = UNTIL) =>
    createClrCredential(
      {
        id: 'urn:uuid:7a1e0000-0000-4000-8000-00000000c001',
        issuer: createProfile({ id: keys.issuer.controller, name: 'Example University' }),
        name: 'Transcript of Student 42',
        recipient: { id: LEARNER },
        credentials,
        associations: [
          {
            associationType: 'isChildOf',
            sourceId: 'https://example.edu/achievements/course-1',
            targetId: 'https://example.edu/achievements/course-2',
          },
        ],
        validFrom: FROM,
        validUntil,
      },
      {},
    ) as unknown as JsonObject;
  return [
    { name: 'valid', unsigned: clr([c1, c2]), knownIdentifier: LEARNER },
    { name: 'expired', unsigned: clr([c1, c2], EXPIRED) },
    { name: 'nested-expired', unsigned: clr([c1, await course(2, { validUntil: EXPIRED })]) },
    {
      name: 'nested-revoked',
      unsigned: clr([c1, await course(2, { statusIndex: REVOKED_INDEX })]),
    },
    { name: 'other-learner', unsigned: clr([c1, c2]), knownIdentifier: SOMEONE_ELSE },
  ];
}

const decodePayload = (jwt: string): JsonObject =>
  JSON.parse(Buffer.from(jwt.split('.')[1] as string, 'base64url').toString('utf8'));

/**
 * Signs the variants of every document kind with one suite (those `only` accepts: all by
 * default; the embedded credentials are signed in any case).
 */
export async function buildVariants(
  suite: Suite,
  only: (kind: DocKind, name: string) => boolean = () => true,
): Promise<Variant[]> {
  const keys = await keysFor(suite);
  const signWith = signer(suite);
  const resources = { [LIST_URL]: await statusList(keys.issuer, signWith) };
  const specs: Record<DocKind, Spec[]> = {
    badge: await badgeSpecs(keys, signWith),
    endorsement: endorsementSpecs(keys),
    clr: await clrSpecs(keys, signWith),
  };
  const variants: Variant[] = [];
  for (const kind of DOC_KINDS) {
    for (const spec of specs[kind].filter((s) => only(kind, s.name))) {
      const signed =
        suite === 'vc-jwt'
          ? await signJwt(spec.unsigned, { key: keys.issuer })
          : await signWith(spec.unsigned, keys.issuer);
      variants.push({
        suite,
        kind,
        name: spec.name,
        focus: spec.focus ?? [],
        signed,
        payload: typeof signed === 'string' ? decodePayload(signed) : signed,
        options: {
          now: NOW,
          resources,
          ...(spec.knownIdentifier ? { knownIdentifier: spec.knownIdentifier } : {}),
        },
      });
    }
  }
  return variants;
}
