import { describe, expect, it } from 'vitest';
import { validate } from '../../src/validate/index.js';
import { loadVector } from '../helpers/vectors.js';

describe('independent mistakes', () => {
  it('three mistakes give exactly three errors, each at its own path', async () => {
    const credential = structuredClone(loadVector('obv3p0').credential) as Record<string, any>;
    delete credential.credentialSubject.achievement.name; // schema: required
    credential.validUntil = '2009-01-01T00:00:00Z'; // dates: before validFrom
    credential.credentialSubject.favouriteColour = 'blue'; // jsonld: undefined term
    const report = await validate(credential);
    const errors = report.findings.filter((i) => i.severity === 'error');
    expect(errors.map(({ check, code, path }) => ({ check, code, path }))).toEqual(
      expect.arrayContaining([
        { check: 'schema', code: 'SCHEMA_REQUIRED', path: '/credentialSubject/achievement/name' },
        { check: 'dates', code: 'DATES_ORDER', path: '/validUntil' },
        {
          check: 'jsonld',
          code: 'JSONLD_UNDEFINED_TERM',
          path: '/credentialSubject/favouriteColour',
        },
      ]),
    );
    expect(errors).toHaveLength(3);
    expect(new Set(errors.map((e) => e.path)).size).toBe(3);
  });
});
