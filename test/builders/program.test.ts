// The `program` option: the lerkit Program extension on an achievement, with its context and JSON
// Schema added to the credential, so that validation checks the terms and the values offline.
import { describe, expect, it } from 'vitest';
import {
  createAchievement,
  createClrCredential,
  createOpenBadgeCredential,
} from '../../src/builders/index.js';
import {
  OB_V3P0_CONTEXT_URL,
  OB_V3P0_EXTENSIONS_CONTEXT_URL,
  PROGRAM_V1_CONTEXT_URL,
  PROGRAM_V1_SCHEMA_URL,
  VC_V2_CONTEXT_URL,
} from '../../src/context/index.js';
import { validate } from '../../src/validate/index.js';
import { checkOf } from '../helpers/report.js';

const base = {
  id: 'https://example.edu/achievements/sql',
  name: 'SQL Foundations',
  description: 'Queries and joins.',
  criteria: { narrative: 'Pass the final exam.' },
};
const program = {
  creditBearing: false,
  clockHours: 20,
  earningSchedule: 'OnDemand',
  earningNarrative: 'Start any time; finish within 8 weeks.',
} as const;

const credentialWith = (achievement: object, extra: object = {}) =>
  createOpenBadgeCredential({
    issuer: { id: 'did:example:issuer', name: 'Example University' },
    achievement,
    recipient: { id: 'did:example:learner' },
    validFrom: '2025-01-01T00:00:00Z',
    ...extra,
  });

describe('the program option', () => {
  it('adds the ProgramAchievement type and the properties to the achievement', () => {
    const achievement = createAchievement({ ...base, type: 'ext:Other', program });
    expect(achievement).toMatchObject({
      type: ['Achievement', 'ext:Other', 'ProgramAchievement'],
      creditBearing: false,
      clockHours: 20,
      earningSchedule: 'OnDemand',
      earningNarrative: 'Start any time; finish within 8 weeks.',
    });
    expect(achievement).not.toHaveProperty('program');
  });

  it('makes the credential carry the extension’s context and JSON Schema, once', () => {
    const credential = credentialWith(
      { ...base, program },
      {
        additionalContexts: [PROGRAM_V1_CONTEXT_URL],
        credentialSchema: { id: PROGRAM_V1_SCHEMA_URL, type: '1EdTechJsonSchemaValidator2019' },
      },
    );
    expect(credential['@context']).toEqual([
      VC_V2_CONTEXT_URL,
      OB_V3P0_CONTEXT_URL,
      PROGRAM_V1_CONTEXT_URL,
      OB_V3P0_EXTENSIONS_CONTEXT_URL,
    ]);
    expect(credential.credentialSchema).toEqual([
      { id: PROGRAM_V1_SCHEMA_URL, type: '1EdTechJsonSchemaValidator2019' },
    ]);
    // An achievement built first keeps its type, and the credential still gets the extension.
    const achievement = createAchievement({ ...base, program });
    const built = credentialWith(achievement);
    expect(built['@context']).toContain(PROGRAM_V1_CONTEXT_URL);
    expect(built.credentialSubject.achievement).toEqual(achievement);
    // Without the extension nothing is added.
    const plain = credentialWith(base);
    expect(plain['@context']).toEqual([VC_V2_CONTEXT_URL, OB_V3P0_CONTEXT_URL]);
    expect(plain).not.toHaveProperty('credentialSchema');
  });

  it('validates offline: defined terms, the extension schema applied', async () => {
    const report = await validate(credentialWith({ ...base, program }));
    expect(report.valid).toBe(true);
    expect(checkOf(report, 'jsonld')?.outcome).toBe('pass');
    expect(checkOf(report, 'credential-schema')?.outcome).toBe('pass');
  });

  it('lets the extension schema catch a bad value written past the builder', async () => {
    const credential = credentialWith({ ...base, program }) as unknown as {
      credentialSubject: { achievement: Record<string, unknown> };
    };
    credential.credentialSubject.achievement.clockHours = -3;
    const report = await validate(credential);
    expect(checkOf(report, 'credential-schema')).toMatchObject({
      outcome: 'error',
      codes: ['CREDENTIAL_SCHEMA_INVALID'],
      path: '/credentialSubject/achievement/clockHours',
    });
  });

  it('never yields an undefined term: without the type, the properties are reported', async () => {
    const credential = credentialWith(
      { ...base, extensions: { clockHours: 20 } },
      { additionalContexts: [PROGRAM_V1_CONTEXT_URL] },
    );
    const report = await validate(credential);
    expect(checkOf(report, 'jsonld')).toMatchObject({
      codes: ['JSONLD_UNDEFINED_TERM'],
      path: '/credentialSubject/achievement/clockHours',
    });
  });

  it('puts the context on a CLR whose own achievements use it', () => {
    const clr = createClrCredential({
      issuer: { id: 'did:example:issuer', name: 'Example University' },
      name: 'Record',
      recipient: { id: 'did:example:learner' },
      credentials: [{ ...credentialWith(base), proof: { type: 'DataIntegrityProof' } }],
      achievements: [{ ...base, id: 'https://example.edu/achievements/cert', program }],
    });
    expect(clr['@context']).toContain(PROGRAM_V1_CONTEXT_URL);
    expect(clr.credentialSchema).toEqual([
      { id: PROGRAM_V1_SCHEMA_URL, type: '1EdTechJsonSchemaValidator2019' },
    ]);
  });

  it.each([
    [{ clockHours: -1 }, 'achievement.program.clockHours'],
    [{ clockHours: Number.NaN }, 'achievement.program.clockHours'],
    [{ creditBearing: 'yes' }, 'achievement.program.creditBearing'],
    [{ academicLevel: 'PhD' }, 'achievement.program.academicLevel'],
    [{ earningSchedule: 'weekly' }, 'achievement.program.earningSchedule'],
    [{ earningNarrative: ' ' }, 'achievement.program.earningNarrative'],
    [{ credits: 3 }, 'achievement.program.credits'],
    [{ type: 'X' }, 'achievement.program.type'],
    [{}, 'achievement.program'],
  ])('rejects program %j, naming %s', (bad, field) => {
    expect(() => createAchievement({ ...base, program: bad as never })).toThrow(
      expect.objectContaining({ code: 'ERR_LERKIT_INVALID_ARGUMENT', field }),
    );
  });

  it('accepts extension terms and refuses a property given twice', () => {
    expect(
      createAchievement({ ...base, program: { academicLevel: 'ext:Professional' } }),
    ).toMatchObject({ academicLevel: 'ext:Professional' });
    expect(() =>
      createAchievement({ ...base, program: { clockHours: 2 }, extensions: { clockHours: 3 } }),
    ).toThrow(expect.objectContaining({ field: 'achievement.extensions.clockHours' }));
  });
});
