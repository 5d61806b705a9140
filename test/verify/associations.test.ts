// The associations check on a CLR's pathway: ordered relations without cycles (ASSOCIATIONS_CYCLE)
// and `precedes` matching the award dates of the credentials the record carries
// (ASSOCIATIONS_ORDER), beside dangling ends (ASSOCIATIONS_DANGLING).
import { beforeAll, describe, expect, it } from 'vitest';
import {
  createClrCredential,
  createOpenBadgeCredential,
  joinPathways,
  stackVertically,
} from '../../src/builders/index.js';
import type { JsonObject } from '../../src/internal/json.js';
import { type KeyPair, sign } from '../../src/proof/index.js';
import type { Finding } from '../../src/report/index.js';
import { checkAssociations } from '../../src/verify/checks/associations.js';
import type { VerifyEnv } from '../../src/verify/env.js';
import { verify } from '../../src/verify/index.js';
import { testKey } from '../helpers/credentials.js';
import { checkOf } from '../helpers/report.js';

const id = (name: string) => `https://example.edu/achievements/${name}`;
const m1 = id('m1');
const m2 = id('m2');
const cert = id('cert');
const degree = id('degree');
const LEARNER = 'did:example:ada';
const FAKE_PROOF = { type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022' };

function badge(
  achievementId: string,
  validFrom: string,
  awardedDate?: string,
  issuer = 'did:example:issuer',
): JsonObject {
  return createOpenBadgeCredential({
    issuer: { id: issuer, name: 'Example University' },
    achievement: {
      id: achievementId,
      name: achievementId.split('/').pop() as string,
      description: 'A step of the pathway.',
      criteria: { narrative: 'Complete it.' },
    },
    recipient: { id: LEARNER },
    validFrom,
    ...(awardedDate ? { awardedDate } : {}),
  }) as unknown as JsonObject;
}

function record(credentials: JsonObject[], associations: object[], achievements: object[] = []) {
  return createClrCredential({
    issuer: { id: 'did:example:issuer', name: 'Example University' },
    name: 'Record',
    recipient: { id: LEARNER },
    credentials: credentials.map((c) => ('proof' in c ? c : { ...c, proof: FAKE_PROOF })),
    associations: associations as never,
    ...(achievements.length > 0 ? { achievements: achievements as never } : {}),
    validFrom: '2026-01-01T00:00:00Z',
  }) as unknown as JsonObject;
}

// The check reads only the record: run it directly.
function associationFindings(document: JsonObject): Finding[] {
  const output = checkAssociations(
    { document, kind: 'ClrCredential', format: 'json', vcVersion: '2.0' },
    {} as VerifyEnv,
  ) as { findings: Finding[] } | undefined;
  return output?.findings ?? [];
}

const pathway = joinPathways(
  stackVertically({ parts: [m1, m2], whole: cert, sequential: true, partsFirst: true }),
  stackVertically({ parts: [cert], whole: degree, partsFirst: true }),
);
// Indices: 0 m1 isChildOf cert, 1 m2 isChildOf cert, 2 m1 precedes m2, 3 m1 precedes cert,
// 4 m2 precedes cert, 5 cert isChildOf degree, 6 cert precedes degree.
const inOrder = [
  badge(m1, '2025-01-10T00:00:00Z'),
  badge(m2, '2025-05-09T00:00:00Z'),
  badge(cert, '2025-05-09T00:00:00Z'), // the same day as its last part: no later is enough
  badge(degree, '2025-12-12T00:00:00Z'),
];
const at = (i: number) => `/credentialSubject/association/${i}`;

describe('ASSOCIATIONS_ORDER', () => {
  it('passes a pathway earned in order', () => {
    expect(associationFindings(record(inOrder, pathway))).toEqual([]);
  });

  it('reports each precedes whose source was awarded after its target', () => {
    const late = [inOrder[0], badge(m2, '2025-06-01T00:00:00Z'), inOrder[2], inOrder[3]];
    const found = associationFindings(record(late as JsonObject[], pathway));
    expect(found.map((f) => [f.code, f.path])).toEqual([['ASSOCIATIONS_ORDER', at(4)]]);
    expect(found[0]?.message).toBe(
      `${m2} precedes ${cert}, but it was awarded 2025-06-01T00:00:00Z (/credentialSubject/verifiableCredential/1), after ${cert} was awarded 2025-05-09T00:00:00Z (/credentialSubject/verifiableCredential/2)`,
    );
  });

  it('reads the original award date (awardedDate) before validFrom', () => {
    // m1 re-issued in 2026 (validFrom) but awarded in 2025: still in order.
    const reissued = [
      badge(m1, '2026-02-01T00:00:00Z', '2025-01-10T00:00:00Z'),
      ...inOrder.slice(1),
    ];
    expect(associationFindings(record(reissued, pathway))).toEqual([]);
    // …and awarded late: out of order, even though validFrom is early.
    const lateAward = [
      badge(m1, '2025-01-10T00:00:00Z', '2025-07-01T00:00:00Z'),
      ...inOrder.slice(1),
    ];
    expect(associationFindings(record(lateAward, pathway)).map((f) => f.path)).toEqual([
      at(2),
      at(3),
    ]);
  });

  it('takes the earliest award when the record carries an achievement twice', () => {
    const twice = [...inOrder, badge(m1, '2025-09-01T00:00:00Z')];
    expect(associationFindings(record(twice, pathway))).toEqual([]);
  });

  it('cannot tell the order of an achievement no credential of the record awards', () => {
    const listed = {
      id: cert,
      name: 'Certificate',
      description: 'd',
      criteria: { narrative: 'n' },
    };
    const withoutCert = [inOrder[0], inOrder[1], inOrder[3]] as JsonObject[];
    expect(associationFindings(record(withoutCert, pathway, [listed]))).toEqual([]);
  });
});

describe('ASSOCIATIONS_CYCLE', () => {
  it.each([
    ['isChildOf both ways', { associationType: 'isChildOf', sourceId: degree, targetId: cert }],
    ['isParentOf, the inverse', { associationType: 'isParentOf', sourceId: m1, targetId: degree }],
    ['isPartOf into a part', { associationType: 'isPartOf', sourceId: degree, targetId: m1 }],
    ['a self-loop', { associationType: 'isChildOf', sourceId: cert, targetId: cert }],
  ])('reports a containment cycle: %s', (_what, extra) => {
    const found = associationFindings(record(inOrder, [...pathway, extra]));
    expect(found.map((f) => f.code)).toEqual(['ASSOCIATIONS_CYCLE']);
    expect(found[0]?.message).toContain(
      'The isChildOf/isParentOf/isPartOf associations form a cycle',
    );
    expect(found[0]?.message).toContain('7)');
  });

  it('reports a cycle of precedes once, without order findings for the same associations', () => {
    const extra = { associationType: 'precedes', sourceId: degree, targetId: m1 };
    const found = associationFindings(record(inOrder, [...pathway, extra]));
    expect(found.map((f) => [f.code, f.path])).toEqual([['ASSOCIATIONS_CYCLE', at(2)]]);
    expect(found[0]?.message).toMatch(/^The precedes associations form a cycle: /);
  });

  it('reports a cycle of replacedBy, and one finding per separate cycle', () => {
    const v1 = { associationType: 'replacedBy', sourceId: m1, targetId: m2 };
    const v2 = { associationType: 'replacedBy', sourceId: m2, targetId: m1 };
    const c = { associationType: 'isChildOf', sourceId: degree, targetId: cert };
    const found = associationFindings(record(inOrder, [...pathway, v1, v2, c]));
    expect(found.map((f) => f.code)).toEqual(['ASSOCIATIONS_CYCLE', 'ASSOCIATIONS_CYCLE']);
    expect(found.map((f) => f.message.split(':')[0])).toEqual([
      'The isChildOf/isParentOf/isPartOf associations form a cycle',
      'The replacedBy associations form a cycle',
    ]);
  });

  it('allows mutual symmetric relations', () => {
    const peers = [
      { associationType: 'isPeerOf', sourceId: m1, targetId: m2 },
      { associationType: 'isPeerOf', sourceId: m2, targetId: m1 },
      { associationType: 'isRelatedTo', sourceId: m2, targetId: m1 },
    ];
    expect(associationFindings(record(inOrder, [...pathway, ...peers]))).toEqual([]);
  });

  it('stays linear on a long hostile chain of associations', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => ({
      associationType: 'precedes',
      sourceId: i % 2 === 0 ? m1 : m2,
      targetId: i % 2 === 0 ? m2 : m1,
    }));
    const found = associationFindings(record(inOrder, many));
    expect(found.map((f) => f.code)).toEqual(['ASSOCIATIONS_CYCLE']);
  });
});

describe('verify on a signed record', () => {
  let key: KeyPair;
  let signed: JsonObject[];
  beforeAll(async () => {
    key = await testKey(22);
    signed = await Promise.all(
      [
        [m1, '2025-01-10T00:00:00Z'],
        [m2, '2025-05-09T00:00:00Z'],
        [cert, '2025-04-01T00:00:00Z'], // before m2: out of order
      ].map(async ([achievementId, date]) => {
        const credential = badge(
          achievementId as string,
          date as string,
          undefined,
          key.controller,
        );
        return (await sign(credential, { key, created: date as string })) as JsonObject;
      }),
    );
  });

  it('reports an out-of-order completion with its code, and downgrades it on request', async () => {
    const associations = stackVertically({ parts: [m1, m2], whole: cert, partsFirst: true });
    const clr = createClrCredential({
      issuer: { id: key.controller, name: 'Example University' },
      name: 'Record',
      recipient: { id: LEARNER },
      credentials: signed,
      associations,
      validFrom: '2026-01-01T00:00:00Z',
    });
    const recordSigned = await sign(clr, { key, created: '2026-01-01T00:00:00Z' });
    const now = new Date('2026-02-01T00:00:00Z');
    const report = await verify(recordSigned, { now });
    expect(report.verified).toBe(false);
    expect(checkOf(report, 'credentials')?.outcome).toBe('pass');
    expect(checkOf(report, 'associations')).toMatchObject({
      outcome: 'error',
      codes: ['ASSOCIATIONS_ORDER'],
      path: at(3),
    });
    const waived = await verify(recordSigned, { now, severity: { ASSOCIATIONS_ORDER: 'warning' } });
    expect(waived).toMatchObject({ verified: true, status: 'warning' });
  });
});
