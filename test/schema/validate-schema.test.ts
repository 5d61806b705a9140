import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateSchema } from '../../src/schema/index.js';
import { loadValidator } from '../../src/schema/registry.js';
import { loadVector } from '../helpers/vectors.js';

const credential = loadVector('obv3p0').credential;

describe('validateSchema', () => {
  it('accepts the 1EdTech OB 3.0 and CLR 2.0 vector credentials', async () => {
    expect(await validateSchema(credential, { target: 'AchievementCredential' })).toEqual([]);
    expect(
      await validateSchema(loadVector('clrv2p0').credential, { target: 'ClrCredential' }),
    ).toEqual([]);
  });

  it('reports one plain-words issue per mistake, at its own path', async () => {
    const bad = structuredClone(credential) as Record<string, any>;
    bad.validFrom = '2020-13-01';
    delete bad.credentialSubject.achievement.name;
    bad.issuer.type = ['Profile', 3];
    const issues = await validateSchema(bad, { target: 'AchievementCredential' });
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'SCHEMA_TYPE',
        path: '/issuer/type/1',
        message: expect.stringContaining('string'),
      }),
      expect.objectContaining({ code: 'SCHEMA_FORMAT', path: '/validFrom' }),
      expect.objectContaining({
        code: 'SCHEMA_REQUIRED',
        path: '/credentialSubject/achievement/name',
        message: '`name` is required',
      }),
    ]);
  });

  it('collapses a value of a shape no alternative accepts into one issue', async () => {
    const issues = await validateSchema(
      { ...credential, issuer: 42 },
      { target: 'AchievementCredential' },
    );
    expect(issues).toEqual([expect.objectContaining({ code: 'SCHEMA_TYPE', path: '/issuer' })]);
  });

  it('says which type values are missing', async () => {
    const issues = await validateSchema(
      { ...credential, type: ['VerifiableCredential'] },
      { target: 'AchievementCredential' },
    );
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'SCHEMA_CONTAINS',
        path: '/type',
        message: expect.stringContaining('OpenBadgeCredential'),
      }),
    ]);
  });

  it('names both accepted forms of an extensible enumeration', async () => {
    const bad = structuredClone(credential) as Record<string, any>;
    bad.credentialSubject.achievement.achievementType = 'Trophy';
    const [issue] = await validateSchema(bad, { target: 'AchievementCredential' });
    expect(issue?.path).toBe('/credentialSubject/achievement/achievementType');
    expect(issue?.message).toMatch(/"Badge".*ext:/s);
  });

  it('applies the strict schema on request (arrays required)', async () => {
    const compacted = {
      ...credential,
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      issuer: { ...(credential.issuer as object), type: 'Profile' },
    };
    expect(await validateSchema(compacted, { target: 'AchievementCredential' })).toEqual([]);
    expect(
      await validateSchema(compacted, { target: 'AchievementCredential', schemaSet: 'strict' }),
    ).toEqual([
      expect.objectContaining({
        code: 'SCHEMA_TYPE',
        path: '/issuer/type',
        message: expect.stringContaining('array'),
      }),
    ]);
  });

  it('throws typed errors for misuse', async () => {
    await expect(validateSchema({}, { target: 'Nope' as never })).rejects.toMatchObject({
      code: 'ERR_LERKIT_INVALID_ARGUMENT',
    });
    await expect(
      validateSchema({}, { target: 'ClrCredential', schemaSet: 'strict' }),
    ).rejects.toMatchObject({ code: 'ERR_LERKIT_UNSUPPORTED' });
  });

  it('explains a failure if and only if the compiled validator rejects (random mutations)', async () => {
    const loaded = await loadValidator('AchievementCredential', 'json-ld-compaction');
    const { check } = await import('../../src/schema/validate-schema.js');
    const paths: string[][] = [];
    const walk = (value: unknown, path: string[]) => {
      paths.push(path);
      if (value && typeof value === 'object')
        for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
    };
    walk(credential, []);
    const replacement = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.string(), { maxLength: 2 }),
      fc.dictionary(fc.string({ maxLength: 3 }), fc.string(), { maxKeys: 2 }),
      fc.constant(undefined),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...paths.filter((p) => p.length > 0)), replacement), {
          minLength: 1,
          maxLength: 3,
        }),
        (edits) => {
          const doc = structuredClone(credential) as Record<string, any>;
          for (const [path, value] of edits) {
            let target: any = doc;
            for (const key of path.slice(0, -1)) target = target?.[key];
            if (target && typeof target === 'object') {
              if (value === undefined) delete target[path[path.length - 1] as string];
              else target[path[path.length - 1] as string] = value;
            }
          }
          const valid = loaded.validate(doc);
          const issues = check(loaded, doc);
          expect(issues.length === 0).toBe(valid);
          for (const issue of issues)
            expect(issue.path === '' || issue.path.startsWith('/')).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
