// Generates fixtures/verify/*.json: one verification case per file — the input, the documents a
// verifier is given (resources), the options, and the expected report. Run with
// `npx tsx scripts/make-verify-fixtures.ts`; the output is committed and test/verify/fixtures.test.ts
// checks every case. Keys are fixed (seeded Ed25519; the P-256 and RSA test keys are stored in
// fixtures/verify/keys/) so regenerating changes only what the code changes — and the ECDSA
// signatures, which are randomized.

import { createPrivateKey, sign as nodeSign } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import * as vc from '@digitalbazaar/vc';
import {
  bake,
  createAchievement,
  createClrCredential,
  createDidDocument,
  createDocumentLoader,
  createEndorsementCredential,
  createOpenBadgeCredential,
  createProfile,
  createSigner,
  createVerifyData,
  derive,
  encodeStatusList,
  exportKey,
  generateKeyPair,
  type KeyPair,
  type ProofSuite,
  sign,
  signJwt,
} from '../src/index.js';
import { toBase58btc } from '../src/internal/encoding.js';
import { resolveDidKey } from '../src/proof/did.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'fixtures', 'verify');
const KEYS = join(OUT, 'keys');
const NOW = '2025-06-01T00:00:00Z';
const CREATED = '2025-01-01T00:00:00Z';

type Expected = {
  verified: boolean;
  status: 'valid' | 'warning' | 'invalid';
  kind?: string;
  checks: { check: string; outcome: string; code?: string; path?: string }[];
  nested?: { path: string; verified: boolean; status: string; kind?: string }[];
};

interface Case {
  description: string;
  input: unknown;
  options: {
    now: string;
    resources?: Record<string, unknown>;
    knownIdentifier?: unknown;
    kind?: 'vc';
  };
  expect: Expected;
}

const cases: Record<string, Case> = {};

// Built credentials, edited in place before signing (the cases that need a broken shape).
// biome-ignore lint/suspicious/noExplicitAny: scripted edits of nested JSON
type Mutable = Record<string, any>;

async function storedKey(name: string, type: 'P-256' | 'RSA'): Promise<KeyPair> {
  const file = join(KEYS, `${name}.json`);
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as KeyPair;
  const key = await generateKeyPair({ type });
  mkdirSync(KEYS, { recursive: true });
  writeFileSync(file, `${JSON.stringify(key, null, 2)}\n`);
  return key;
}

const seeded = (byte: number) => generateKeyPair({ seed: new Uint8Array(32).fill(byte) });

function badge(
  issuer: string,
  extra: Record<string, unknown> = {},
  id = 'urn:uuid:6c0f5b42-1f44-4f4a-9d36-000000000001',
) {
  return createOpenBadgeCredential(
    {
      id,
      issuer: createProfile({ id: issuer, name: 'Example University' }),
      name: 'Teamwork',
      achievement: createAchievement({
        id: 'https://example.edu/achievements/teamwork',
        name: 'Teamwork',
        description: 'Collaborates effectively within a group.',
        criteria: { narrative: 'Nominated by peers and confirmed by an instructor.' },
      }),
      recipient: { id: 'did:example:student-42' },
      validFrom: '2025-01-01T00:00:00Z',
      ...extra,
    },
    {},
  );
}

const pass = (...ids: string[]) => ids.map((check) => ({ check, outcome: 'pass' }));
const CONFORMS = pass('parse', 'context', 'jsonld', 'type', 'schema', 'subject', 'rules');

async function main() {
  // Remove the old cases, keep the stored keys.
  mkdirSync(OUT, { recursive: true });
  for (const file of readdirSync(OUT)) {
    if (file.endsWith('.json')) rmSync(join(OUT, file));
  }

  const ed = await seeded(11);
  const p256 = await storedKey('p256', 'P-256');
  const rsa = await storedKey('rsa', 'RSA');
  const now = { now: NOW };

  // ---- valid, each proof format
  for (const [suite, key] of [
    ['eddsa-rdfc-2022', ed],
    ['eddsa-jcs-2022', ed],
    ['ecdsa-rdfc-2019', p256],
    ['Ed25519Signature2020', ed],
  ] as const) {
    cases[`valid-${suite}`] = {
      description: `A valid OB 3.0 badge signed with ${suite}`,
      input: await sign(badge(key.controller), {
        key,
        suite: suite as ProofSuite,
        created: CREATED,
      }),
      options: now,
      expect: {
        verified: true,
        status: 'valid',
        kind: 'AchievementCredential',
        checks: [...CONFORMS, ...pass('proof', 'status', 'dates')],
      },
    };
  }
  for (const [alg, key] of [
    ['RS256', rsa],
    ['ES256', p256],
    ['EdDSA', ed],
  ] as const) {
    cases[`valid-vc-jwt-${alg}`] = {
      description: `A valid OB 3.0 badge as a VC-JWT (${alg})`,
      input: await signJwt(badge(key.controller), { key }),
      options: now,
      expect: {
        verified: true,
        status: 'valid',
        kind: 'AchievementCredential',
        checks: [...CONFORMS, ...pass('proof', 'status', 'dates')],
      },
    };
  }

  // ---- did:web, with the did.json a verifier is given
  const web = await generateKeyPair({
    seed: new Uint8Array(32).fill(12),
    controller: 'did:web:example.edu',
  });
  cases['valid-did-web'] = {
    description: 'A did:web issuer; the verifier has its did.json',
    input: await sign(badge(web.controller), { key: web, created: CREATED }),
    options: {
      now: NOW,
      resources: {
        'https://example.edu/.well-known/did.json': createDidDocument('did:web:example.edu', [web]),
      },
    },
    expect: { verified: true, status: 'valid', checks: pass('proof') },
  };
  cases['did-web-unresolved'] = {
    description: 'A did:web issuer whose did.json the verifier cannot obtain (no network)',
    input: (cases['valid-did-web'] as Case).input,
    options: now,
    expect: {
      verified: false,
      status: 'invalid',
      checks: [{ check: 'proof', outcome: 'error', code: 'PROOF_DID_UNRESOLVED' }],
    },
  };

  // ---- dates
  cases.expired = {
    description: 'validUntil in the past',
    input: await sign(badge(ed.controller, { validUntil: '2025-03-01T00:00:00Z' }), {
      key: ed,
      created: CREATED,
    }),
    options: now,
    expect: {
      verified: false,
      status: 'invalid',
      checks: [
        ...pass('proof'),
        { check: 'dates', outcome: 'error', code: 'DATES_EXPIRED', path: '/validUntil' },
      ],
    },
  };
  cases['not-yet-valid'] = {
    description: 'validFrom in the future',
    input: await sign(badge(ed.controller, { validFrom: '2026-01-01T00:00:00Z' }), {
      key: ed,
      created: CREATED,
    }),
    options: now,
    expect: {
      verified: false,
      status: 'invalid',
      checks: [
        ...pass('proof'),
        { check: 'dates', outcome: 'error', code: 'DATES_NOT_YET_VALID', path: '/validFrom' },
      ],
    },
  };

  // ---- tampering and keys
  const good = (cases['valid-eddsa-rdfc-2022'] as Case).input as Record<string, unknown>;
  cases.tampered = {
    description: 'A signed badge whose name was changed afterwards',
    input: { ...structuredClone(good), name: 'Leadership' },
    options: now,
    expect: {
      verified: false,
      status: 'invalid',
      checks: [{ check: 'proof', outcome: 'error', code: 'PROOF_SIGNATURE_INVALID' }],
    },
  };
  const mallory = await seeded(13);
  cases['wrong-issuer-key'] = {
    description: 'Signed by a key the issuer does not control',
    input: await sign(badge(ed.controller), {
      key: mallory,
      created: CREATED,
      allowIssuerMismatch: true,
    }),
    options: now,
    expect: {
      verified: false,
      status: 'invalid',
      checks: [{ check: 'proof', outcome: 'error', code: 'PROOF_ISSUER_MISMATCH' }],
    },
  };
  const example = await generateKeyPair({
    seed: new Uint8Array(32).fill(14),
    controller: 'did:example:issuer',
  });
  cases['unknown-did-method'] = {
    description: 'An issuer DID whose method lerkit cannot resolve',
    input: await sign(badge(example.controller), { key: example, created: CREATED }),
    options: now,
    expect: {
      verified: false,
      status: 'invalid',
      checks: [{ check: 'proof', outcome: 'error', code: 'PROOF_DID_METHOD_UNSUPPORTED' }],
    },
  };

  // ---- VC 1.1 legacy
  const v11 = {
    '@context': [
      'https://www.w3.org/2018/credentials/v1',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
    ],
    id: 'urn:uuid:6c0f5b42-1f44-4f4a-9d36-000000000011',
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: { id: ed.controller, type: ['Profile'], name: 'Example University' },
    issuanceDate: '2025-01-01T00:00:00Z',
    name: 'Teamwork',
    credentialSubject: {
      id: 'did:example:student-42',
      type: ['AchievementSubject'],
      achievement: {
        id: 'https://example.edu/achievements/teamwork',
        type: ['Achievement'],
        name: 'Teamwork',
        description: 'Collaborates effectively within a group.',
        criteria: { narrative: 'Nominated by peers and confirmed by an instructor.' },
      },
    },
  };
  cases['vc-1.1-legacy'] = {
    description: 'A VC Data Model 1.1 badge (legacy): verified, with a warning',
    input: await sign(
      { ...v11, '@context': [...v11['@context'], 'https://w3id.org/security/data-integrity/v2'] },
      { key: ed, created: CREATED },
    ),
    options: now,
    expect: {
      verified: true,
      status: 'warning',
      checks: [{ check: 'context', outcome: 'warning', code: 'CONTEXT_VC_V1' }, ...pass('proof')],
    },
  };

  // ---- status
  const listUrl = 'https://example.edu/status/1';
  const statusEntry = (purpose: string, index: number, url = listUrl) => ({
    credentialStatus: {
      id: `${url}#${index}`,
      type: 'BitstringStatusListEntry',
      statusPurpose: purpose,
      statusListIndex: String(index),
      statusListCredential: url,
    },
  });
  const statusList = async (purpose: string, set: number[], url = listUrl, signer = ed) =>
    sign(
      {
        '@context': ['https://www.w3.org/ns/credentials/v2'],
        id: url,
        type: ['VerifiableCredential', 'BitstringStatusListCredential'],
        issuer: signer.controller,
        validFrom: '2025-01-01T00:00:00Z',
        credentialSubject: {
          id: `${url}#list`,
          type: 'BitstringStatusList',
          statusPurpose: purpose,
          encodedList: await encodeStatusList({ set }),
        },
      },
      { key: signer, created: CREATED },
    );
  const revocationList = await statusList('revocation', [94567]);
  cases['status-bitstring-valid'] = {
    description: 'A Bitstring Status List entry whose bit is not set',
    input: await sign(badge(ed.controller, statusEntry('revocation', 94566)), {
      key: ed,
      created: CREATED,
    }),
    options: { now: NOW, resources: { [listUrl]: revocationList } },
    expect: { verified: true, status: 'valid', checks: pass('status') },
  };
  cases['revoked-bitstring'] = {
    description: 'Revoked through a Bitstring Status List',
    input: await sign(badge(ed.controller, statusEntry('revocation', 94567)), {
      key: ed,
      created: CREATED,
    }),
    options: { now: NOW, resources: { [listUrl]: revocationList } },
    expect: {
      verified: false,
      status: 'invalid',
      checks: [
        ...pass('proof'),
        { check: 'status', outcome: 'error', code: 'STATUS_REVOKED', path: '/credentialStatus' },
      ],
    },
  };
  const suspensionUrl = 'https://example.edu/status/2';
  cases['suspended-bitstring'] = {
    description: 'Suspended through a Bitstring Status List (statusPurpose suspension)',
    input: await sign(badge(ed.controller, statusEntry('suspension', 7, suspensionUrl)), {
      key: ed,
      created: CREATED,
    }),
    options: {
      now: NOW,
      resources: { [suspensionUrl]: await statusList('suspension', [7], suspensionUrl) },
    },
    expect: {
      verified: false,
      status: 'invalid',
      checks: [{ check: 'status', outcome: 'error', code: 'STATUS_SUSPENDED' }],
    },
  };
  cases['status-list-unreachable'] = {
    description: 'The status list cannot be obtained (no network, no resource): indeterminate',
    input: (cases['revoked-bitstring'] as Case).input,
    options: now,
    expect: {
      verified: true,
      status: 'warning',
      checks: [
        ...pass('proof'),
        { check: 'status', outcome: 'indeterminate', code: 'STATUS_LIST_UNAVAILABLE' },
      ],
    },
  };
  const tamperedList = structuredClone(revocationList) as {
    credentialSubject: { encodedList: string };
  };
  tamperedList.credentialSubject.encodedList = await encodeStatusList({ set: [] });
  cases['status-list-tampered'] = {
    description:
      'The status list was altered (its bit cleared) after signing: the status check fails (STATUS_LIST_PROOF_INVALID), never "not revoked"',
    input: (cases['revoked-bitstring'] as Case).input,
    options: { now: NOW, resources: { [listUrl]: tamperedList } },
    expect: {
      verified: false,
      status: 'invalid',
      checks: [{ check: 'status', outcome: 'error', code: 'STATUS_LIST_PROOF_INVALID' }],
    },
  };
  const sl2021Url = 'https://example.edu/status/2021';
  const sl2021List = await sign(
    {
      '@context': [
        'https://www.w3.org/2018/credentials/v1',
        'https://w3id.org/vc/status-list/2021/v1',
      ],
      id: sl2021Url,
      type: ['VerifiableCredential', 'StatusList2021Credential'],
      issuer: ed.controller,
      issuanceDate: '2025-01-01T00:00:00Z',
      credentialSubject: {
        id: `${sl2021Url}#list`,
        type: 'StatusList2021',
        statusPurpose: 'revocation',
        encodedList: await encodeStatusList({ set: [42], multibase: false }),
      },
    },
    { key: ed, created: CREATED },
  );
  cases['revoked-status-list-2021'] = {
    description: 'Revoked through a StatusList2021 list',
    input: await sign(
      badge(ed.controller, {
        additionalContexts: ['https://w3id.org/vc/status-list/2021/v1'],
        credentialStatus: {
          id: `${sl2021Url}#42`,
          type: 'StatusList2021Entry',
          statusPurpose: 'revocation',
          statusListIndex: '42',
          statusListCredential: sl2021Url,
        },
      }),
      { key: ed, created: CREATED },
    ),
    options: { now: NOW, resources: { [sl2021Url]: sl2021List } },
    expect: {
      verified: false,
      status: 'invalid',
      checks: [{ check: 'status', outcome: 'error', code: 'STATUS_REVOKED' }],
    },
  };
  // RevocationList2020 (issue 18 item 12): the predecessor of StatusList2021 that real OB issuers
  // still use; the entry names revocationListIndex / revocationListCredential, always a revocation.
  const rl2020Url = 'https://example.edu/status/rl2020';
  const rl2020List = await sign(
    {
      '@context': [
        'https://www.w3.org/2018/credentials/v1',
        'https://w3id.org/vc-revocation-list-2020/v1',
      ],
      id: rl2020Url,
      type: ['VerifiableCredential', 'RevocationList2020Credential'],
      issuer: ed.controller,
      issuanceDate: '2025-01-01T00:00:00Z',
      credentialSubject: {
        id: `${rl2020Url}#list`,
        type: 'RevocationList2020',
        encodedList: await encodeStatusList({ set: [7], multibase: false }),
      },
    },
    { key: ed, created: CREATED },
  );
  cases['revoked-revocation-list-2020'] = {
    description: 'Revoked through a RevocationList2020 list (RevocationList2020Status)',
    // Set after the builder, which builds the W3C and 1EdTech status entries only.
    input: await sign(
      {
        ...badge(ed.controller, {
          additionalContexts: ['https://w3id.org/vc-revocation-list-2020/v1'],
        }),
        credentialStatus: {
          id: `${rl2020Url}#7`,
          type: 'RevocationList2020Status',
          revocationListIndex: '7',
          revocationListCredential: rl2020Url,
        },
      },
      { key: ed, created: CREATED },
    ),
    options: { now: NOW, resources: { [rl2020Url]: rl2020List } },
    expect: {
      verified: false,
      status: 'invalid',
      checks: [{ check: 'status', outcome: 'error', code: 'STATUS_REVOKED' }],
    },
  };
  const rlUrl = 'https://example.edu/revocations';
  const revokedId = 'urn:uuid:6c0f5b42-1f44-4f4a-9d36-000000000021';
  cases['revoked-1edtech-revocation-list'] = {
    description: 'Revoked through a 1EdTech Revocation List',
    // 1EdTechRevocationList is defined by the OB extensions context.
    input: await sign(
      badge(
        ed.controller,
        {
          additionalContexts: ['https://purl.imsglobal.org/spec/ob/v3p0/extensions.json'],
          credentialStatus: { id: rlUrl, type: '1EdTechRevocationList' },
        },
        revokedId,
      ),
      { key: ed, created: CREATED },
    ),
    options: {
      now: NOW,
      resources: {
        [rlUrl]: {
          id: rlUrl,
          issuer: ed.controller,
          revokedCredentials: [{ id: revokedId, revocationReason: 'Issued in error' }],
        },
      },
    },
    expect: {
      verified: false,
      status: 'invalid',
      checks: [
        ...pass('context', 'proof'),
        { check: 'status', outcome: 'error', code: 'STATUS_REVOKED', path: '/credentialStatus' },
      ],
    },
  };

  // ---- recipient
  cases['recipient-matches'] = {
    description: 'The subject id is the known identifier',
    input: good,
    options: { now: NOW, knownIdentifier: 'did:example:student-42' },
    expect: { verified: true, status: 'valid', checks: pass('recipient') },
  };
  cases['recipient-mismatch'] = {
    description: 'The credential was issued to someone else',
    input: good,
    options: { now: NOW, knownIdentifier: 'did:example:student-43' },
    expect: {
      verified: false,
      status: 'invalid',
      checks: [{ check: 'recipient', outcome: 'error', code: 'RECIPIENT_MISMATCH' }],
    },
  };

  // ---- endorsements
  const endorser = await seeded(15);
  const endorsement = await sign(
    createEndorsementCredential(
      {
        id: 'urn:uuid:6c0f5b42-1f44-4f4a-9d36-000000000031',
        issuer: createProfile({ id: endorser.controller, name: 'State Board of Education' }),
        name: 'Endorsement of the Teamwork badge',
        endorsed: 'https://example.edu/achievements/teamwork',
        endorsementComment: 'Meets the state collaboration standard.',
        validFrom: '2025-01-01T00:00:00Z',
      },
      {},
    ),
    { key: endorser, created: CREATED },
  );
  const endorsed = (e: object) => {
    const credential = badge(ed.controller) as Mutable;
    credential.credentialSubject.achievement.endorsement = [e];
    return credential;
  };
  cases['endorsement-valid'] = {
    description: 'A badge whose achievement carries a valid endorsement',
    input: await sign(endorsed(endorsement), { key: ed, created: CREATED }),
    options: now,
    expect: {
      verified: true,
      status: 'valid',
      checks: [
        {
          check: 'endorsement',
          outcome: 'pass',
          path: '/credentialSubject/achievement/endorsement/0',
        },
      ],
      nested: [
        {
          path: '/credentialSubject/achievement/endorsement/0',
          verified: true,
          status: 'valid',
          kind: 'EndorsementCredential',
        },
      ],
    },
  };
  cases['endorsement-invalid'] = {
    description:
      'A badge whose endorsement was tampered with: the badge verifies, the endorsement is flagged',
    input: await sign(endorsed({ ...structuredClone(endorsement), name: 'Forged endorsement' }), {
      key: ed,
      created: CREATED,
    }),
    options: now,
    expect: {
      verified: false,
      status: 'invalid',
      checks: [{ check: 'endorsement', outcome: 'error', code: 'ENDORSEMENT_INVALID' }],
      nested: [
        {
          path: '/credentialSubject/achievement/endorsement/0',
          verified: false,
          status: 'invalid',
        },
      ],
    },
  };

  // ---- CLR
  const clrKey = ed;
  const course = (n: number, key = ed) =>
    sign(
      badge(
        key.controller,
        {
          achievement: createAchievement({
            id: `https://example.edu/achievements/course-${n}`,
            name: `Course ${n}`,
            description: `Completed course ${n}.`,
            criteria: { narrative: 'Passed the final exam.' },
          }),
        },
        `urn:uuid:6c0f5b42-1f44-4f4a-9d36-00000000010${n}`,
      ),
      { key, created: CREATED },
    );
  const c1 = await course(1);
  const c2 = await course(2);
  const clr = (
    credentials: (object | string)[],
    associations: { associationType: 'isChildOf'; sourceId: string; targetId: string }[] = [],
    mutate: (record: Mutable) => void = () => {},
  ) => {
    const record = createClrCredential(
      {
        id: 'urn:uuid:6c0f5b42-1f44-4f4a-9d36-000000000200',
        issuer: createProfile({ id: clrKey.controller, name: 'Example University' }),
        name: 'Transcript of Student 42',
        recipient: { id: 'did:example:student-42' },
        credentials,
        ...(associations.length ? { associations } : {}),
        validFrom: '2025-01-01T00:00:00Z',
      },
      {},
    ) as Mutable;
    mutate(record);
    return sign(record, { key: clrKey, created: CREATED });
  };
  cases['clr-valid'] = {
    description: 'A CLR whose two credentials verify, with an association between them',
    input: await clr(
      [c1, c2],
      [
        {
          associationType: 'isChildOf',
          sourceId: 'https://example.edu/achievements/course-1',
          targetId: 'https://example.edu/achievements/course-2',
        },
      ],
    ),
    options: now,
    expect: {
      verified: true,
      status: 'valid',
      kind: 'ClrCredential',
      checks: [...CONFORMS, ...pass('proof', 'status', 'dates', 'credentials', 'associations')],
      nested: [
        {
          path: '/credentialSubject/verifiableCredential/0',
          verified: true,
          status: 'valid',
          kind: 'AchievementCredential',
        },
        {
          path: '/credentialSubject/verifiableCredential/1',
          verified: true,
          status: 'valid',
          kind: 'AchievementCredential',
        },
      ],
    },
  };
  cases['clr-tampered-nested'] = {
    description:
      'A CLR (validly signed) carrying one credential that was tampered with before the CLR was signed',
    input: await clr([c1, { ...structuredClone(c2), name: 'Course 2 (honours)' }]),
    options: now,
    expect: {
      verified: false,
      status: 'invalid',
      checks: [
        ...pass('proof'),
        {
          check: 'credentials',
          outcome: 'error',
          code: 'CREDENTIALS_INVALID',
          path: '/credentialSubject/verifiableCredential/1',
        },
      ],
      nested: [
        { path: '/credentialSubject/verifiableCredential/0', verified: true, status: 'valid' },
        { path: '/credentialSubject/verifiableCredential/1', verified: false, status: 'invalid' },
      ],
    },
  };
  cases['clr-dangling-association'] = {
    description: 'A CLR association whose target is not an achievement of the record',
    // The builder refuses a dangling association; the record is edited before signing.
    input: await clr(
      [c1, c2],
      [
        {
          associationType: 'isChildOf',
          sourceId: 'https://example.edu/achievements/course-1',
          targetId: 'https://example.edu/achievements/course-2',
        },
      ],
      (record) => {
        record.credentialSubject.association[0].targetId =
          'https://example.edu/achievements/course-9';
      },
    ),
    options: now,
    expect: {
      verified: false,
      status: 'invalid',
      checks: [
        {
          check: 'associations',
          outcome: 'error',
          code: 'ASSOCIATIONS_DANGLING',
          path: '/credentialSubject/association/0/targetId',
        },
      ],
    },
  };
  const jwtCourse = await signJwt(
    badge(
      p256.controller,
      {
        achievement: createAchievement({
          id: 'https://example.edu/achievements/course-3',
          name: 'Course 3',
          description: 'Completed course 3.',
          criteria: { narrative: 'Passed the final exam.' },
        }),
      },
      'urn:uuid:6c0f5b42-1f44-4f4a-9d36-000000000103',
    ),
    { key: p256 },
  );
  cases['clr-nested-vc-jwt'] = {
    description:
      'A CLR carrying a VC-JWT (as an EnvelopedVerifiableCredential) next to a JSON credential',
    input: await clr([c1, jwtCourse]),
    options: now,
    expect: {
      verified: true,
      status: 'valid',
      checks: [...pass('schema', 'proof', 'credentials')],
      nested: [
        { path: '/credentialSubject/verifiableCredential/0', verified: true, status: 'valid' },
        {
          path: '/credentialSubject/verifiableCredential/1',
          verified: true,
          status: 'valid',
          kind: 'AchievementCredential',
        },
      ],
    },
  };

  await issue18Cases(ed, p256);

  for (const [name, value] of Object.entries(cases)) {
    writeFileSync(join(OUT, `${name}.json`), `${JSON.stringify(value, null, 2)}\n`);
  }
  console.log(`${Object.keys(cases).length} cases written to fixtures/verify/`);
}

// ---- Issue 18: credentials in the shapes real issuers produce, each with the verdict the spec
// requires (test/verify/issue18-fixtures.test.ts maps the items to these cases). Item 12 (status
// and contexts) and item 14 (CLI plurals, not a credential) have no case here.
async function issue18Cases(ed: KeyPair, p256: KeyPair) {
  const now = { now: NOW };
  const signed = async (credential: object, extra: Record<string, unknown> = {}) =>
    (await sign(credential, { key: ed, created: CREATED, ...extra })) as unknown as Mutable;
  // A loader that also serves did:key documents, for signing with the @digitalbazaar packages.
  const base = createDocumentLoader({});
  const documentLoader = async (url: string) =>
    url.startsWith('did:key:')
      ? { contextUrl: null, documentUrl: url, document: resolveDidKey(url.split('#')[0] as string) }
      : base(url);
  const rawSigner = async (key: KeyPair) => {
    const signer = await createSigner(key);
    return {
      id: key.id,
      algorithm: signer.algorithm,
      sign: ({ data }: { data: Uint8Array }) => signer.sign(data),
    };
  };
  const vc11 = (issuer: string, extraContexts: string[] = []) => ({
    '@context': [
      'https://www.w3.org/2018/credentials/v1',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json',
      ...extraContexts,
    ],
    id: 'urn:uuid:6c0f5b42-1f44-4f4a-9d36-000000001811',
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: { id: issuer, type: 'Profile', name: 'Example University' },
    issuanceDate: '2025-01-01T00:00:00Z',
    name: 'Teamwork',
    credentialSubject: {
      id: 'did:example:student-42',
      type: 'AchievementSubject',
      achievement: {
        id: 'https://example.edu/achievements/teamwork',
        type: 'Achievement',
        name: 'Teamwork',
        description: 'Collaborates effectively within a group.',
        criteria: { narrative: 'Nominated by peers.' },
      },
    },
  });

  // 1. A proof set whose second proof is of a type lerkit does not verify.
  const good = await signed(badge(ed.controller));
  cases['issue18-01-proof-set-unknown-type'] = {
    description:
      'Issue 18 item 1: a proof set whose second proof is a BbsBlsSignature2020: every proof must verify',
    input: {
      ...good,
      proof: [
        good.proof,
        {
          type: 'BbsBlsSignature2020',
          created: CREATED,
          verificationMethod: ed.id,
          proofPurpose: 'assertionMethod',
          proofValue: 'zAbc',
        },
      ],
    },
    options: now,
    expect: {
      verified: false,
      status: 'invalid',
      checks: [
        { check: 'proof', outcome: 'error', code: 'PROOF_SUITE_UNSUPPORTED', path: '/proof/1' },
      ],
    },
  };

  // 2. A VC that is not an OB, CLR or endorsement credential.
  cases['issue18-02-not-a-badge'] = {
    description:
      'Issue 18 item 2: a signed VC typed ["VerifiableCredential", "SomeOtherCredential"] is not a badge',
    input: await signed({
      '@context': [
        'https://www.w3.org/ns/credentials/v2',
        'https://www.w3.org/ns/credentials/examples/v2',
      ],
      id: 'urn:uuid:6c0f5b42-1f44-4f4a-9d36-000000001802',
      type: ['VerifiableCredential', 'SomeOtherCredential'],
      issuer: ed.controller,
      validFrom: '2025-01-01T00:00:00Z',
      credentialSubject: { id: 'did:example:student-42' },
    }),
    options: now,
    expect: {
      verified: false,
      status: 'invalid',
      checks: [{ check: 'type', outcome: 'error', code: 'TYPE_UNKNOWN_KIND', path: '/type' }],
    },
  };

  cases['issue18-02-generic-vc'] = {
    description:
      "Issue 18 item 2: the same kind of VC verified in the generic mode (kind: 'vc'), by the VC Data Model rules alone, without validFrom (optional in VC 2.0)",
    input: await signed({
      '@context': [
        'https://www.w3.org/ns/credentials/v2',
        'https://www.w3.org/ns/credentials/examples/v2',
      ],
      id: 'urn:uuid:6c0f5b42-1f44-4f4a-9d36-000000001803',
      type: ['VerifiableCredential', 'SomeOtherCredential'],
      issuer: ed.controller,
      credentialSubject: { id: 'did:example:student-42' },
    }),
    options: { now: NOW, kind: 'vc' },
    expect: {
      verified: true,
      status: 'valid',
      kind: 'VerifiableCredential',
      checks: [...pass('type', 'proof', 'dates')],
    },
  };

  // 3. A JPEG achievement image: PNG or SVG is required of AchievementSubject and Profile images only.
  cases['issue18-03-jpeg-achievement-image'] = {
    description:
      'Issue 18 item 3: a JPEG Achievement.image (only AchievementSubject.image and Profile.image must be PNG or SVG)',
    input: await signed(
      badge(ed.controller, {
        achievement: createAchievement({
          id: 'https://example.edu/achievements/teamwork',
          name: 'Teamwork',
          description: 'Collaborates effectively within a group.',
          criteria: { narrative: 'Nominated by peers and confirmed by an instructor.' },
          image: { id: 'https://example.edu/images/teamwork.jpg' },
        }),
      }),
    ),
    options: now,
    expect: {
      verified: true,
      status: 'valid',
      checks: [...pass('rules', 'schema', 'proof')],
    },
  };

  // 4. A context nobody supplied: the proof cannot be checked (not a forgery verdict).
  const extraUrl = 'https://example.org/contexts/extra.json';
  const extra = {
    '@context': { '@protected': true, shoeSize: 'https://example.org/vocab#shoeSize' },
  };
  const withExtra = badge(ed.controller) as unknown as Mutable;
  withExtra['@context'] = [...withExtra['@context'], extraUrl];
  withExtra.shoeSize = '42';
  cases['issue18-04-context-unavailable'] = {
    description: `Issue 18 item 4: the credential uses a context (${extraUrl}) the verifier is not given: indeterminate, not forged`,
    input: await signed(withExtra, { resources: { [extraUrl]: extra } }),
    options: now,
    expect: {
      verified: false,
      status: 'invalid',
      checks: [{ check: 'proof', outcome: 'indeterminate', code: 'PROOF_CONTEXT_UNAVAILABLE' }],
    },
  };

  // 5. Resources that are not JSON: an HTML page served at the status list's URL.
  const htmlStatus = 'https://example.edu/status/html';
  const html = '<!doctype html><html><body>Example University</body></html>';
  const withStatus = badge(ed.controller) as unknown as Mutable;
  withStatus.credentialStatus = {
    id: `${htmlStatus}#7`,
    type: 'BitstringStatusListEntry',
    statusPurpose: 'revocation',
    statusListIndex: '7',
    statusListCredential: htmlStatus,
  };
  cases['issue18-05-resource-html'] = {
    description:
      'Issue 18 item 5: the status list URL serves an HTML page: a finding of the status check, verify never throws',
    input: await signed(withStatus),
    options: { now: NOW, resources: { [htmlStatus]: html } },
    expect: {
      verified: false,
      status: 'invalid',
      checks: [
        ...pass('proof'),
        { check: 'status', outcome: 'error', code: 'STATUS_LIST_INVALID' },
      ],
    },
  };

  // 6. A did:key verification method without its fragment, the DID being the issuer.
  cases['issue18-06-did-key-bare'] = {
    description:
      'Issue 18 item 6: the verificationMethod is the bare did:key of the issuer (no #fragment)',
    input: await sign(badge(ed.controller), {
      created: CREATED,
      signer: { ...(await createSigner(ed)), id: ed.controller },
    }),
    options: now,
    expect: { verified: true, status: 'valid', checks: pass('proof') },
  };

  // 7. Legacy eddsa-2022 on VC 1.1 with the Data Integrity v1 context.
  const { cryptosuite } = (await import('@digitalbazaar/eddsa-2022-cryptosuite')) as {
    cryptosuite: { name: string; requiredAlgorithm: string };
  };
  cases['issue18-07-eddsa-2022-vc11'] = {
    description:
      'Issue 18 item 7: a VC 1.1 badge with the Data Integrity v1 context signed with legacy eddsa-2022',
    input: await vc.issue({
      credential: vc11(ed.controller, ['https://w3id.org/security/data-integrity/v1']),
      suite: new DataIntegrityProof({
        date: CREATED,
        signer: await rawSigner(ed),
        cryptosuite,
        legacyContext: true,
      }),
      documentLoader,
    }),
    options: now,
    expect: {
      verified: true,
      status: 'warning',
      checks: [{ check: 'proof', outcome: 'warning', code: 'PROOF_SUITE_LEGACY' }],
    },
  };

  // 8. A proof with its own @context (DIDKit, LearnCard): the suite's context.
  const unsigned8 = badge(ed.controller) as unknown as Mutable;
  const proof8: Mutable = {
    '@context': ['https://w3id.org/security/data-integrity/v2'],
    type: 'DataIntegrityProof',
    cryptosuite: 'eddsa-rdfc-2022',
    created: CREATED,
    verificationMethod: ed.id,
    proofPurpose: 'assertionMethod',
  };
  const { data } = await createVerifyData(unsigned8, proof8, { suite: 'eddsa-rdfc-2022' });
  const signature = await (await createSigner(ed)).sign(data);
  cases['issue18-08-proof-own-context'] = {
    description:
      "Issue 18 item 8: the proof carries its own @context, the suite's (as DIDKit and LearnCard sign)",
    input: { ...unsigned8, proof: { ...proof8, proofValue: `z${toBase58btc(signature)}` } },
    options: now,
    expect: { verified: true, status: 'valid', checks: pass('proof') },
  };

  // 9. Ed25519Signature2018 (plugfest badges): verified, with a legacy warning.
  const { Ed25519Signature2018 } = await import('@digitalbazaar/ed25519-signature-2018');
  cases['issue18-09-ed25519-signature-2018'] = {
    description: 'Issue 18 item 9: a VC 1.1 badge signed with Ed25519Signature2018',
    input: await vc.issue({
      credential: vc11(ed.controller),
      suite: new Ed25519Signature2018({ signer: await rawSigner(ed), date: CREATED }),
      documentLoader,
    }),
    options: now,
    expect: {
      verified: true,
      status: 'warning',
      checks: [{ check: 'proof', outcome: 'warning', code: 'PROOF_SUITE_LEGACY' }],
    },
  };

  // 10. VC 1.1 JWTs: the registered claims stand for the properties the vc claim leaves out.
  const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const jws = async (payload: object) => {
    const head = `${b64({ alg: 'EdDSA', typ: 'JWT', kid: ed.id })}.${b64(payload)}`;
    const sig = await (await createSigner(ed)).sign(new TextEncoder().encode(head));
    return `${head}.${Buffer.from(sig).toString('base64url')}`;
  };
  const { id: _id, issuer: _issuer, issuanceDate: _date, ...bare } = vc11(ed.controller);
  const vcClaim = {
    ...bare,
    credentialSubject: { ...bare.credentialSubject, id: undefined },
  };
  delete (vcClaim.credentialSubject as Mutable).id;
  const registered = {
    iss: ed.controller,
    nbf: Date.parse('2025-01-01T00:00:00Z') / 1000,
    exp: Date.parse('2030-01-01T00:00:00Z') / 1000,
    jti: 'urn:uuid:6c0f5b42-1f44-4f4a-9d36-000000001810',
    sub: 'did:example:student-42',
  };
  cases['issue18-10-vc11-jwt-claims'] = {
    description:
      'Issue 18 item 10: a VC 1.1 JWT whose vc claim leaves issuer, dates, id and subject id to iss, nbf, exp, jti and sub',
    input: await jws({ ...registered, vc: vcClaim }),
    options: now,
    expect: {
      verified: true,
      status: 'warning',
      checks: [
        ...pass('proof', 'dates'),
        { check: 'context', outcome: 'warning', code: 'CONTEXT_VC_V1' },
      ],
    },
  };
  cases['issue18-10-vc11-jwt-claims-contradict'] = {
    description:
      'Issue 18 item 10: a VC 1.1 JWT whose credentialSubject.id contradicts its sub claim',
    input: await jws({
      ...registered,
      vc: {
        ...vcClaim,
        credentialSubject: { ...vcClaim.credentialSubject, id: 'did:example:other' },
      },
    }),
    options: now,
    expect: {
      verified: false,
      status: 'invalid',
      checks: [{ check: 'proof', outcome: 'error', code: 'PROOF_JWT_CLAIMS_INVALID' }],
    },
  };

  // An ES256 signature in ASN.1 DER (what KMS APIs return) instead of r || s.
  const derInput = `${b64({ alg: 'ES256', typ: 'JWT', kid: p256.id })}.${b64({ ...registered, iss: p256.controller, vc: vcClaim })}`;
  const { kid: _kid, ...privateJwk } = (await exportKey(p256, 'jwk', { secret: true })) as Record<
    string,
    unknown
  >;
  const der = nodeSign('sha256', Buffer.from(derInput), {
    key: createPrivateKey({ key: privateJwk as never, format: 'jwk' }),
    dsaEncoding: 'der',
  });
  cases['issue18-10-jwt-es256-der'] = {
    description:
      'Issue 18 item 10: a VC-JWT whose ES256 signature is ASN.1 DER-encoded, not the raw r || s a JWS needs',
    input: `${derInput}.${der.toString('base64url')}`,
    options: now,
    expect: {
      verified: false,
      status: 'invalid',
      checks: [{ check: 'proof', outcome: 'error', code: 'PROOF_JWT_SIGNATURE_DER' }],
    },
  };

  // 11. ecdsa-sd-2023: a derived credential showing only what the holder chose (and the mandatory).
  const sdBase = await sign(badge(p256.controller), {
    key: p256,
    created: CREATED,
    suite: 'ecdsa-sd-2023',
  });
  cases['issue18-11-ecdsa-sd-2023-derived'] = {
    description:
      'Issue 18 item 11: an ecdsa-sd-2023 derived credential: the mandatory statements and what the schema requires, the recipient id withheld',
    input: await derive(sdBase, {
      selectivePointers: [
        '/name',
        '/credentialSubject/type',
        '/credentialSubject/achievement/name',
        '/credentialSubject/achievement/description',
        '/credentialSubject/achievement/criteria',
      ],
    }),
    options: now,
    expect: { verified: true, status: 'valid', checks: pass('proof') },
  };
  cases['issue18-11-ecdsa-sd-2023-base'] = {
    description:
      'Issue 18 item 11: an ecdsa-sd-2023 base proof, presented as it is (it is for the holder)',
    input: sdBase,
    options: now,
    expect: {
      verified: false,
      status: 'invalid',
      checks: [{ check: 'proof', outcome: 'error', code: 'PROOF_SD_BASE_PROOF' }],
    },
  };

  // 13. A baked SVG with a plain DOCTYPE (no internal subset).
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><circle cx="32" cy="32" r="30" fill="#2a6"/></svg>';
  const doctype =
    '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n';
  const baked = bake(svg, good) as string;
  cases['issue18-13-baked-svg-doctype'] = {
    description:
      'Issue 18 item 13: a baked SVG that starts with the standard <!DOCTYPE svg PUBLIC …> (no internal subset)',
    input: `${doctype}${baked}`,
    options: now,
    expect: { verified: true, status: 'valid', checks: pass('parse', 'proof') },
  };
  cases['issue18-13-baked-svg-internal-subset'] = {
    description:
      'Issue 18 item 13, the twin: a baked SVG whose DOCTYPE has an internal subset (entities) stays refused',
    input: `<?xml version="1.0"?>\n<!DOCTYPE svg [<!ENTITY x "y">]>\n${baked}`,
    options: now,
    expect: {
      verified: false,
      status: 'invalid',
      checks: [{ check: 'parse', outcome: 'error', code: 'PARSE_IMAGE_INVALID' }],
    },
  };
}

await main();
