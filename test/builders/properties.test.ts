// Property tests: random valid builder input always gives schema-valid, expandable output; one
// random corruption of it always throws the typed error naming the corrupted field.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createOpenBadgeCredential } from '../../src/builders/index.js';
import { isLerkitError } from '../../src/errors/index.js';
import { ACHIEVEMENT_TYPES, RESULT_STATUS_TYPES } from '../../src/model/index.js';
import { validateSchema } from '../../src/schema/index.js';
import { expandSafe } from '../helpers/jsonld.js';

const text = fc.string({ minLength: 1, maxLength: 24 }).filter((s) => s.trim() !== '');
const iri = fc.oneof(
  fc.webUrl({ withFragments: false, withQueryParameters: false }),
  fc.uuid().map((u) => `urn:uuid:${u}`),
  fc.stringMatching(/^[a-z0-9]{1,12}$/).map((s) => `did:example:${s}`),
);
const date = fc.date({
  min: new Date('2000-01-01T00:00:00Z'),
  max: new Date('2090-01-01T00:00:00Z'),
  noInvalidDate: true,
});
const ext = fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,10}$/).map((s) => `ext:${s}`);

const achievementArb = fc.record(
  {
    id: iri,
    name: text,
    description: text,
    criteria: fc.oneof(
      fc.record({ narrative: text }),
      fc.record({ id: iri }),
      fc.record({ id: iri, narrative: text }),
    ),
    achievementType: fc.oneof(fc.constantFrom(...ACHIEVEMENT_TYPES), ext),
    tag: fc.array(text, { minLength: 1, maxLength: 3 }),
    creditsAvailable: fc.double({ min: 0, max: 100, noNaN: true }),
    alignment: fc.array(fc.record({ targetName: text, targetUrl: iri }), {
      minLength: 1,
      maxLength: 2,
    }),
  },
  { requiredKeys: ['name', 'description', 'criteria'] },
);

const inputArb = fc.record(
  {
    issuer: fc.record({ id: iri, name: text }, { requiredKeys: ['id'] }),
    achievement: achievementArb,
    recipient: fc.oneof(
      fc.record({ id: iri }),
      fc.record({
        identifier: fc.record({
          identityType: fc.constantFrom('emailAddress', 'sisSourcedId'),
          value: text,
          salt: text,
        }),
      }),
    ),
    name: text,
    description: text,
    validFrom: date,
    result: fc.array(
      fc.record(
        { value: text, status: fc.constantFrom(...RESULT_STATUS_TYPES) },
        { requiredKeys: [] },
      ),
      { minLength: 1, maxLength: 2 },
    ),
    evidence: fc.array(fc.record({ id: iri, name: text }, { requiredKeys: [] }), {
      minLength: 1,
      maxLength: 2,
    }),
  },
  { requiredKeys: ['issuer', 'achievement', 'recipient'] },
);

// Where a corruption goes and what it is: a wrong type, an empty string, a non-URI, a bad date,
// an unknown property.
const corruptions: [string[], unknown][] = [
  [['achievement', 'name'], ''],
  [['achievement', 'name'], 42],
  [['achievement', 'description'], '   '],
  [['achievement', 'id'], 'not a uri'],
  [['achievement', 'achievementType'], 'Trophy'],
  [['achievement', 'criteria'], 'read the page'],
  [['achievement', 'creditsAvailable'], '3'],
  [['issuer', 'id'], 'example.edu'],
  [['issuer', 'name'], null],
  [['validFrom'], '01/02/2024'],
  [['validFrom'], new Date(Number.NaN)],
  [['name'], ''],
  [['description'], {}],
  [['achievement', 'colour'], 'blue'],
  [['evidence'], [{ id: 'nope' }]],
];

describe('builder properties', () => {
  it('random valid input gives output that passes the official schemas and expands in safe mode', async () => {
    await fc.assert(
      fc.asyncProperty(inputArb, async (input) => {
        const credential = createOpenBadgeCredential(input as never);
        expect(await validateSchema(credential, { target: 'AchievementCredential' })).toEqual([]);
        expect(
          await validateSchema(credential, {
            target: 'AchievementCredential',
            schemaSet: 'strict',
          }),
        ).toEqual([]);
        await expandSafe(credential);
      }),
      { numRuns: 60 },
    );
  });

  it('random invalid input throws InvalidArgumentError naming the field', () => {
    fc.assert(
      fc.property(inputArb, fc.constantFrom(...corruptions), (input, [path, bad]) => {
        const broken = structuredClone(input) as Record<string, any>;
        let target = broken;
        for (const key of path.slice(0, -1)) target = target[key];
        target[path[path.length - 1] as string] = bad;
        let thrown: unknown;
        try {
          createOpenBadgeCredential(broken as never);
        } catch (error) {
          thrown = error;
        }
        expect(isLerkitError(thrown, 'ERR_LERKIT_INVALID_ARGUMENT')).toBe(true);
        expect((thrown as { field: string }).field.startsWith(path.join('.'))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
