import { describe, expect, it } from 'vitest';
import { validate } from '../../src/validate/index.js';
import { allFindings, checkOf } from '../helpers/report.js';
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
    expect(report.findings).toEqual([
      expect.objectContaining({
        check: 'recommended',
        code: 'RECOMMENDED_ACHIEVEMENT_IMAGE',
        severity: 'info',
      }),
    ]);
  });

  it('turns schema problems into error findings with check, code, path and what to do', async () => {
    const report = await validate({ ...credential, awardedDate: 'soon' });
    expect(report.valid).toBe(false);
    expect(report.findings.filter((i) => i.severity === 'error')).toEqual([
      {
        check: 'schema',
        code: 'SCHEMA_FORMAT',
        severity: 'error',
        path: '/awardedDate',
        message: expect.any(String),
        hint: expect.any(String),
      },
    ]);
    expect(checkOf(report, 'schema')).toMatchObject({ outcome: 'error' });
    expect(report.status).toBe('invalid');
  });

  it('files a bad validity date once, under the dates check', async () => {
    const report = await validate({ ...credential, validFrom: 'soon' });
    expect(report.findings.filter((i) => i.severity === 'error')).toEqual([
      expect.objectContaining({ check: 'dates', code: 'DATES_INVALID', path: '/validFrom' }),
    ]);
  });

  it('lets severities be overridden or switched off by code', async () => {
    const bad = { ...credential, awardedDate: 'soon' };
    const warned = await validate(bad, { severity: { SCHEMA_FORMAT: 'warning' } });
    expect(warned).toMatchObject({ valid: true, status: 'warning' });
    expect(checkOf(warned, 'schema')?.outcome).toBe('warning');
    const off = await validate(bad, { severity: { SCHEMA_FORMAT: 'off' } });
    expect(off.findings.filter((i) => i.check === 'schema')).toEqual([]);
    expect(checkOf(off, 'schema')?.outcome).toBe('pass');
  });

  it('takes the same check ids as verify in skip and only, and refuses unknown ones', async () => {
    const skipped = await validate(credential, { skip: ['jsonld'] });
    expect(checkOf(skipped, 'jsonld')).toMatchObject({ outcome: 'skipped' });
    const only = await validate(credential, { only: ['schema'] });
    expect(only.checks.map((c) => c.check)).toEqual(['parse', 'schema']);
    await expect(validate(credential, { skip: ['no-such-check' as 'jsonld'] })).rejects.toThrow(
      /Unknown check "no-such-check" in skip; the checks are: parse, limits, context, jsonld/,
    );
    await expect(validate(credential, { skip: ['parse'] })).rejects.toThrow(/cannot be skipped/);
  });

  it('reports unreadable input as a parse error', async () => {
    expect(await validate('{oops')).toMatchObject({
      valid: false,
      kind: 'unknown',
      status: 'invalid',
      checks: [{ check: 'parse', outcome: 'error' }],
      findings: [{ check: 'parse', code: 'PARSE_INVALID_JSON' }],
    });
  });

  it('reports a document of no known kind', async () => {
    expect(await validate({ type: 'Thing' })).toMatchObject({
      valid: false,
      findings: [{ code: 'TYPE_UNKNOWN_KIND' }],
    });
  });

  it('checks OB 2.0 documents with the OB 2.0 rules (the ob2 check)', async () => {
    const report = await validate({
      '@context': 'https://w3id.org/openbadges/v2',
      type: 'Assertion',
    });
    expect(report).toMatchObject({ valid: false, kind: 'OB2Assertion' });
    expect(report.checks.map((c) => c.check)).toEqual([
      'parse',
      'context',
      'jsonld',
      'type',
      'ob2',
      'dates',
    ]);
    expect(new Set(report.findings.map((f) => f.code))).toEqual(new Set(['OB2_REQUIRED']));
    expect(report.findings.map((f) => f.path).sort()).toEqual([
      '/badge',
      '/id',
      '/issuedOn',
      '/recipient',
      '/verification',
    ]);
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
    expect(allFindings(report).map((i) => [i.code, i.severity])).toEqual(
      expect.arrayContaining([
        ['CONTEXT_VC_V1', 'warning'],
        ['CONTEXT_OUTDATED', 'warning'],
        ['SCHEMA_VC_V1', 'warning'],
      ]),
    );
    expect(report.findings.find((i) => i.code === 'CONTEXT_OUTDATED')?.message).toContain(
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
    expect(report.findings.filter((i) => i.check === 'credential-schema')).toEqual([
      expect.objectContaining({
        code: 'CREDENTIAL_SCHEMA_INVALID',
        severity: 'error',
        path: '',
        message: expect.stringContaining(schemaUrl),
      }),
    ]);
    expect((await validate({ ...withSchema, description: 'x' }, { resources })).valid).toBe(true);
  });
});
