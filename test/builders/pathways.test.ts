// Stackable pathways as CLR associations: what each kind of stacking says, and the cycles the
// builders refuse.
import { describe, expect, it } from 'vitest';
import {
  createAssociation,
  joinPathways,
  stackHorizontally,
  stackValueAdded,
  stackVertically,
} from '../../src/builders/index.js';

const id = (name: string) => `https://example.edu/achievements/${name}`;
const m1 = id('m1');
const m2 = id('m2');
const m3 = id('m3');
const cert = id('cert');
const degree = id('degree');
const edge = (associationType: string, sourceId: string, targetId: string) => ({
  type: 'Association',
  associationType,
  sourceId,
  targetId,
});
const invalid = (field: string, message?: string) =>
  expect.objectContaining({
    code: 'ERR_LERKIT_INVALID_ARGUMENT',
    field,
    ...(message ? { message: expect.stringContaining(message) } : {}),
  });

describe('stackVertically', () => {
  it('makes each part a child of the whole', () => {
    expect(stackVertically({ parts: [m1, m2], whole: cert })).toEqual([
      edge('isChildOf', m1, cert),
      edge('isChildOf', m2, cert),
    ]);
  });

  it('adds the required order: part to part, and parts before the whole', () => {
    expect(
      stackVertically({
        parts: [{ id: m1 }, m2, m3],
        whole: { id: cert },
        sequential: true,
        partsFirst: true,
      }),
    ).toEqual([
      edge('isChildOf', m1, cert),
      edge('isChildOf', m2, cert),
      edge('isChildOf', m3, cert),
      edge('precedes', m1, m2),
      edge('precedes', m2, m3),
      edge('precedes', m1, cert),
      edge('precedes', m2, cert),
      edge('precedes', m3, cert),
    ]);
  });

  it.each([
    [{ parts: [], whole: cert }, 'parts', 'at least 1'],
    [{ parts: [m1, m1], whole: cert }, 'parts', 'twice'],
    [{ parts: [m1, cert], whole: cert }, 'parts', 'cycle'],
    [{ parts: ['m1'], whole: cert }, 'parts[0]', 'absolute URI'],
    [{ parts: m1, whole: cert }, 'parts', 'array'],
    [{ parts: [m1], whole: 7 }, 'whole', 'absolute URI'],
  ])('rejects %j', (input, field, message) => {
    expect(() => stackVertically(input as never)).toThrow(invalid(field, message));
  });
});

describe('stackHorizontally', () => {
  it('makes the members parts of the collection', () => {
    expect(stackHorizontally({ members: [m1, m2], collection: cert })).toEqual([
      edge('isPartOf', m1, cert),
      edge('isPartOf', m2, cert),
    ]);
    expect(stackHorizontally({ members: [m1], collection: cert })).toHaveLength(1);
  });

  it('without a collection, makes every two members peers', () => {
    expect(stackHorizontally({ members: [m1, m2, m3] })).toEqual([
      edge('isPeerOf', m1, m2),
      edge('isPeerOf', m1, m3),
      edge('isPeerOf', m2, m3),
    ]);
  });

  it('rejects a single member without a collection, and a member that is the collection', () => {
    expect(() => stackHorizontally({ members: [m1] })).toThrow(invalid('members', 'at least 2'));
    expect(() => stackHorizontally({ members: [m1, cert], collection: cert })).toThrow(
      invalid('members', 'cycle'),
    );
  });
});

describe('stackValueAdded', () => {
  it('relates each addition to the base, after it when asked', () => {
    expect(stackValueAdded({ base: degree, additions: [m1], after: true })).toEqual([
      edge('isRelatedTo', m1, degree),
      edge('precedes', degree, m1),
    ]);
    expect(stackValueAdded({ base: degree, additions: [m1, m2] })).toEqual([
      edge('isRelatedTo', m1, degree),
      edge('isRelatedTo', m2, degree),
    ]);
  });

  it('rejects no additions and an addition that is the base', () => {
    expect(() => stackValueAdded({ base: degree, additions: [] })).toThrow(invalid('additions'));
    expect(() => stackValueAdded({ base: degree, additions: [degree] })).toThrow(
      invalid('additions', 'base'),
    );
  });
});

describe('joinPathways and createAssociation', () => {
  it('joins stacks once each, in order', () => {
    const a = stackVertically({ parts: [m1, m2], whole: cert, partsFirst: true });
    const b = stackVertically({ parts: [cert], whole: degree, partsFirst: true });
    expect(joinPathways(a, b, a)).toEqual([...a, ...b]);
  });

  it.each([
    [
      'containment',
      [createAssociation({ associationType: 'isChildOf', sourceId: degree, targetId: cert })],
    ],
    [
      'containment, through the inverse isParentOf',
      [createAssociation({ associationType: 'isParentOf', sourceId: m1, targetId: degree })],
    ],
    ['order', [createAssociation({ associationType: 'precedes', sourceId: degree, targetId: m1 })]],
  ])('refuses a cycle of %s', (_what, extra) => {
    const pathway = joinPathways(
      stackVertically({ parts: [m1], whole: cert, partsFirst: true }),
      stackVertically({ parts: [cert], whole: degree, partsFirst: true }),
    );
    expect(() => joinPathways(pathway, extra)).toThrow(invalid('stacks', 'form a cycle'));
  });

  it('lets symmetric and unrelated relations be mutual', () => {
    const peers = [
      createAssociation({ associationType: 'isPeerOf', sourceId: m1, targetId: m2 }),
      createAssociation({ associationType: 'isPeerOf', sourceId: m2, targetId: m1 }),
      createAssociation({ associationType: 'exactMatchOf', sourceId: m1, targetId: m1 }),
    ];
    expect(joinPathways(peers)).toEqual(peers);
  });

  it('builds one association, checking its fields', () => {
    expect(
      createAssociation({ associationType: 'replacedBy', sourceId: { id: m1 }, targetId: m2 }),
    ).toEqual(edge('replacedBy', m1, m2));
    expect(() =>
      createAssociation({ associationType: 'leadsTo' as never, sourceId: m1, targetId: m2 }),
    ).toThrow(invalid('association.associationType'));
    expect(() =>
      createAssociation({ associationType: 'precedes', sourceId: 'm1', targetId: m2 }),
    ).toThrow(invalid('sourceId'));
  });
});
