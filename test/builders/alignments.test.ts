// Alignment helpers for CASE, CTDL and OSMT: the URL's shape is checked, targetType,
// targetFramework and targetCode are set, and what they build is valid OB 3.0.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createCaseAlignment,
  createCtdlAlignment,
  createOpenBadgeCredential,
  createOsmtAlignment,
} from '../../src/builders/index.js';
import { validate } from '../../src/validate/index.js';

const UUID = '74f5bb7d-d7cc-11e8-824f-0242ac160002';
const invalid = (field: string) =>
  expect.objectContaining({ code: 'ERR_LERKIT_INVALID_ARGUMENT', field });

describe('createCaseAlignment', () => {
  it('builds the spec’s CASE example from its URI', () => {
    // OB 3.0 example "Achievement alignment (CASE)".
    expect(
      createCaseAlignment({
        targetUrl: `https://caseregistry.imsglobal.org/uri/${UUID}`,
        targetName: 'Cite strong and thorough textual evidence',
        targetFramework: 'Alabama Course of Study: English Language Arts',
      }),
    ).toEqual({
      type: ['Alignment'],
      targetCode: UUID,
      targetName: 'Cite strong and thorough textual evidence',
      targetFramework: 'Alabama Course of Study: English Language Arts',
      targetType: 'CFItem',
      targetUrl: `https://caseregistry.imsglobal.org/uri/${UUID}`,
    });
  });

  it('reads the class from a CASE API URL and refuses a type that contradicts it', () => {
    const url = `https://case.example.org/ims/case/v1p0/CFRubrics/${UUID}`;
    expect(createCaseAlignment({ targetUrl: url, targetName: 'Rubric' })).toMatchObject({
      targetType: 'CFRubric',
      targetFramework: 'Competencies and Academic Standards Exchange (CASE)',
      targetCode: UUID,
    });
    expect(() =>
      createCaseAlignment({ targetUrl: url, targetName: 'Rubric', targetType: 'CFItem' }),
    ).toThrow(invalid('targetUrl'));
  });

  it.each([
    `https://case.example.org/items/${UUID}`,
    `https://case.example.org/uri/${UUID}?x=1`,
    'https://case.example.org/uri/not-a-uuid',
    `ftp://case.example.org/uri/${UUID}`,
    `https://case.example.org/ims/case/v1p0/CFDocuments/${UUID}`,
    'not a url',
  ])('rejects %s', (targetUrl) => {
    expect(() => createCaseAlignment({ targetUrl, targetName: 'x' })).toThrow(invalid('targetUrl'));
  });

  it('rejects a target type that is not a CASE class, and unknown inputs', () => {
    const targetUrl = `https://case.example.org/uri/${UUID}`;
    expect(() =>
      createCaseAlignment({ targetUrl, targetName: 'x', targetType: 'CTDL' as never }),
    ).toThrow(invalid('targetType'));
    expect(() =>
      createCaseAlignment({ targetUrl, targetName: 'x', targetUri: 'y' } as never),
    ).toThrow(invalid('targetUri'));
    expect(() => createCaseAlignment({ targetUrl, targetName: '' })).toThrow(
      invalid('alignment.targetName'),
    );
  });
});

describe('createCtdlAlignment', () => {
  const ctid = 'ce-e76ee0c4-c455-4cf9-8382-c9d226c69d99';
  it('builds an alignment to a Credential Registry resource by its CTID', () => {
    expect(
      createCtdlAlignment({
        targetUrl: `https://sandbox.credentialengine.org/finder/competency/${ctid}`,
        targetName: 'Transform conceptual ideas into tangible 3D representations.',
        targetType: 'ceasn:Competency',
      }),
    ).toEqual({
      type: ['Alignment'],
      targetCode: ctid,
      targetName: 'Transform conceptual ideas into tangible 3D representations.',
      targetFramework: 'Credential Transparency Description Language',
      targetType: 'ceasn:Competency',
      targetUrl: `https://sandbox.credentialengine.org/finder/competency/${ctid}`,
    });
    expect(
      createCtdlAlignment({
        targetUrl: `https://credentialengineregistry.org/resources/${ctid}`,
        targetName: 'x',
      }).targetType,
    ).toBe('CTDL');
  });

  it.each([
    'https://credentialfinder.org/credential/20229/Requirements_Analysis', // no CTID
    `https://example.org/resources/${ctid}`, // not a Credential Engine host
    `https://credentialengineregistry.org.example.org/resources/${ctid}`,
    `http://credentialengineregistry.org/resources/${ctid}`,
    'https://credentialengineregistry.org/resources/ce-1234',
  ])('rejects %s', (targetUrl) => {
    expect(() => createCtdlAlignment({ targetUrl, targetName: 'x' })).toThrow(invalid('targetUrl'));
  });

  it('rejects a CASE type', () => {
    expect(() =>
      createCtdlAlignment({
        targetUrl: `https://credentialengineregistry.org/resources/${ctid}`,
        targetName: 'x',
        targetType: 'CFItem' as never,
      }),
    ).toThrow(invalid('targetType'));
  });
});

describe('createOsmtAlignment', () => {
  it('builds an alignment to a Rich Skill Descriptor', () => {
    const targetUrl = `https://osmt.example.edu/api/skills/${UUID}`;
    expect(createOsmtAlignment({ targetUrl, targetName: 'Data Visualization' })).toEqual({
      type: ['Alignment'],
      targetCode: UUID,
      targetName: 'Data Visualization',
      targetFramework: 'Open Skills Management Tool (OSMT)',
      targetType: 'ext:RichSkillDescriptor',
      targetUrl,
    });
    expect(
      createOsmtAlignment({
        targetUrl: `https://osmt.example.edu/skills/${UUID}`,
        targetName: 'x',
        targetFramework: 'WGU Open Skills Library',
        targetCode: 'DV-1',
      }),
    ).toMatchObject({ targetFramework: 'WGU Open Skills Library', targetCode: 'DV-1' });
  });

  it.each([
    `https://osmt.example.edu/api/collections/${UUID}`,
    `https://osmt.example.edu/api/skills/${UUID}/extra`,
    `http://osmt.example.edu/api/skills/${UUID}`,
    'https://osmt.example.edu/api/skills/',
  ])('rejects %s', (targetUrl) => {
    expect(() => createOsmtAlignment({ targetUrl, targetName: 'x' })).toThrow(invalid('targetUrl'));
  });
});

describe('alignment helpers, for any identifier', () => {
  it('accept every well-formed URL and set the identifier as the code (property)', () => {
    fc.assert(
      fc.property(fc.uuid(), fc.domain(), (uuid, host) => {
        expect(
          createCaseAlignment({ targetUrl: `https://${host}/uri/${uuid}`, targetName: 'x' }),
        ).toMatchObject({ targetCode: uuid });
        expect(
          createOsmtAlignment({ targetUrl: `https://${host}/api/skills/${uuid}`, targetName: 'x' }),
        ).toMatchObject({ targetCode: uuid.toLowerCase() });
        expect(
          createCtdlAlignment({
            targetUrl: `https://credentialengineregistry.org/resources/ce-${uuid}`,
            targetName: 'x',
          }),
        ).toMatchObject({ targetCode: `ce-${uuid}` });
      }),
      { seed: 22, numRuns: 200 },
    );
  });

  it('reject any URL whose last segment is not a UUID (property)', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-z0-9-]{1,40}$/).filter((s) => !/^[0-9a-f-]{36}$/.test(s)),
        (segment) => {
          expect(() =>
            createCaseAlignment({
              targetUrl: `https://case.example/uri/${segment}`,
              targetName: 'x',
            }),
          ).toThrow(invalid('targetUrl'));
          expect(() =>
            createOsmtAlignment({
              targetUrl: `https://o.example/api/skills/${segment}`,
              targetName: 'x',
            }),
          ).toThrow(invalid('targetUrl'));
        },
      ),
      { seed: 22, numRuns: 200 },
    );
  });

  it('build alignments that validate as OB 3.0', async () => {
    const credential = createOpenBadgeCredential({
      issuer: { id: 'did:example:issuer', name: 'Example University' },
      achievement: {
        name: 'Visual analytics',
        description: 'Charts and dashboards.',
        criteria: { narrative: 'Pass DATA 510.' },
        alignment: [
          createCaseAlignment({
            targetUrl: `https://case.example.org/uri/${UUID}`,
            targetName: 'a',
          }),
          createCtdlAlignment({
            targetUrl: `https://credentialengineregistry.org/resources/ce-${UUID}`,
            targetName: 'b',
            targetType: 'ceterms:Credential',
          }),
          createOsmtAlignment({
            targetUrl: `https://osmt.example.org/api/skills/${UUID}`,
            targetName: 'c',
          }),
        ],
      },
      recipient: { id: 'did:example:learner' },
      validFrom: '2025-01-01T00:00:00Z',
    });
    const report = await validate(credential, { schemaSet: 'strict' });
    expect(report.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});
