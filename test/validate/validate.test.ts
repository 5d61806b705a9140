import { describe, expect, it } from 'vitest';
import { validate } from '../../src/validate/index.js';
import { loadVector } from '../helpers/vectors.js';

const credential = loadVector('obv3p0').credential;

describe('validate', () => {
  it('reports a valid credential with its kind and VC version', async () => {
    expect(await validate(credential)).toEqual({
      valid: true,
      kind: 'AchievementCredential',
      vcVersion: '2.0',
      format: 'json',
      issues: [],
    });
  });

  it('turns schema problems into error issues with check, code and path', async () => {
    const report = await validate({ ...credential, validFrom: 'soon' });
    expect(report.valid).toBe(false);
    expect(report.issues).toEqual([
      {
        check: 'schema',
        code: 'SCHEMA_FORMAT',
        severity: 'error',
        path: '/validFrom',
        message: expect.any(String),
      },
    ]);
  });

  it('lets severities be overridden or switched off by code', async () => {
    const bad = { ...credential, validFrom: 'soon' };
    expect((await validate(bad, { severity: { SCHEMA_FORMAT: 'warning' } })).valid).toBe(true);
    expect((await validate(bad, { severity: { SCHEMA_FORMAT: 'off' } })).issues).toEqual([]);
  });

  it('reports unreadable input as a parse error', async () => {
    expect(await validate('{oops')).toMatchObject({
      valid: false,
      kind: 'unknown',
      issues: [{ check: 'parse', code: 'PARSE_INVALID_JSON' }],
    });
  });

  it('reports a document of no known kind', async () => {
    expect(await validate({ type: 'Thing' })).toMatchObject({
      valid: false,
      issues: [{ code: 'SCHEMA_UNKNOWN_KIND' }],
    });
  });
});
