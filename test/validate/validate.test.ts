import { describe, expect, it } from 'vitest';
import { validate } from '../../src/validate/index.js';
import { loadVector } from '../helpers/vectors.js';

const credential = loadVector('obv3p0').credential;

describe('validate', () => {
  it('reports a valid credential with its kind and VC version', async () => {
    const report = await validate(credential);
    expect(report).toMatchObject({
      valid: true,
      kind: 'AchievementCredential',
      vcVersion: '2.0',
      format: 'json',
    });
    // Only recommended-practice notes remain: the vector's achievement has no image.
    expect(report.issues).toEqual([
      expect.objectContaining({
        check: 'recommended',
        code: 'REC_ACHIEVEMENT_IMAGE',
        severity: 'info',
      }),
    ]);
  });

  it('turns schema problems into error issues with check, code and path', async () => {
    const report = await validate({ ...credential, validFrom: 'soon' });
    expect(report.valid).toBe(false);
    expect(report.issues.filter((i) => i.severity === 'error')).toEqual([
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
    expect(
      (await validate(bad, { severity: { SCHEMA_FORMAT: 'off' } })).issues.filter(
        (i) => i.check === 'schema',
      ),
    ).toEqual([]);
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
      issues: [{ code: 'TYPE_UNKNOWN_KIND' }],
    });
  });

  it('reports OB 2.0 documents as such', async () => {
    expect(
      await validate({ '@context': 'https://w3id.org/openbadges/v2', type: 'Assertion' }),
    ).toMatchObject({
      valid: true,
      kind: 'OB2Assertion',
      issues: [{ code: 'TYPE_OB2', severity: 'info' }],
    });
  });

  it('warns about a VC 1.1 credential and an outdated OB context, and can skip checks', async () => {
    const { validFrom: _v, ...rest } = credential;
    const legacy = {
      ...rest,
      '@context': [
        'https://www.w3.org/2018/credentials/v1',
        'https://purl.imsglobal.org/spec/ob/v3p0/context.json',
      ],
      issuanceDate: '2010-01-01T00:00:00Z',
    };
    const report = await validate(legacy, { skip: ['jsonld'] });
    expect(report.vcVersion).toBe('1.1');
    expect(report.issues.map((i) => [i.code, i.severity])).toEqual(
      expect.arrayContaining([
        ['CONTEXT_VC_V1', 'warning'],
        ['CONTEXT_OUTDATED', 'warning'],
        ['SCHEMA_NOT_APPLICABLE', 'warning'],
      ]),
    );
    expect(report.issues.find((i) => i.code === 'CONTEXT_OUTDATED')?.message).toContain(
      'context-3.0.3.json',
    );
  });

  it('applies a non-bundled credentialSchema from resources', async () => {
    const schemaUrl = 'https://example.edu/schemas/needs-description.json';
    const withSchema = {
      ...credential,
      '@context': [
        ...(credential['@context'] as string[]),
        'https://purl.imsglobal.org/spec/ob/v3p0/extensions.json',
      ],
      credentialSchema: [{ id: schemaUrl, type: '1EdTechJsonSchemaValidator2019' }],
    };
    const resources = { [schemaUrl]: { type: 'object', required: ['description'] } };
    const report = await validate(withSchema, { resources });
    expect(report.issues.filter((i) => i.check === 'credential-schema')).toEqual([
      expect.objectContaining({
        code: 'SCHEMA_REQUIRED',
        severity: 'error',
        path: '',
        message: expect.stringContaining(schemaUrl),
      }),
    ]);
    expect((await validate({ ...withSchema, description: 'x' }, { resources })).valid).toBe(true);
  });
});
