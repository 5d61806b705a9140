// Quality profiles as data: what a profile document may say, the typed errors of a bad one, how
// requirements are evaluated and reported, and the option in validate and verify.
import { describe, expect, it } from 'vitest';
import { createClrCredential } from '../../src/builders/index.js';
import { isLerkitError } from '../../src/errors/index.js';
import { resolvePointer } from '../../src/internal/pointer.js';
import {
  compileProfile,
  getBuiltinProfile,
  listBuiltinProfiles,
  PROFILE_KINDS,
  type QualityProfile,
} from '../../src/profile/index.js';
import { sign } from '../../src/proof/index.js';
import { validate } from '../../src/validate/index.js';
import { createVerifier, verify } from '../../src/verify/index.js';
import { signedBadge, unsignedBadge } from '../helpers/credentials.js';
import { checkOf } from '../helpers/report.js';

const badge = unsignedBadge('did:example:issuer') as unknown as Record<string, unknown>;

const profileOf = (requirements: unknown[], extra: object = {}): QualityProfile =>
  ({ id: 'test-profile', title: 'Test', requirements, ...extra }) as QualityProfile;

const needsHumanCode = {
  id: 'course-code',
  recommendation: 'Catalog code',
  severity: 'error',
  path: '/credentialSubject/achievement',
  field: '/credentialSubject/achievement/humanCode',
  condition: { type: 'object', required: ['humanCode'] },
  message: 'Give the catalog code in credentialSubject.achievement.humanCode.',
};

async function rejection(option: unknown): Promise<{ message: string; field?: string }> {
  try {
    await compileProfile(option as QualityProfile);
  } catch (error) {
    expect(isLerkitError(error, 'ERR_LERKIT_INVALID_ARGUMENT')).toBe(true);
    return error as { message: string; field?: string };
  }
  throw new Error('expected the profile to be rejected');
}

describe('compileProfile: a bad profile is a typed error naming what is wrong', () => {
  it('rejects an unknown built-in name, listing the built-ins', async () => {
    const error = await rejection('aacrao');
    expect(error.field).toBe('profile');
    expect(error.message).toContain('aacrao-microcredential');
  });

  it.each([[42], [null], [[needsHumanCode]], [true]])('rejects %j', async (value) => {
    expect((await rejection(value)).field).toBe('profile');
  });

  it.each([
    [
      'a severity that is not one',
      profileOf([{ ...needsHumanCode, severity: 'fatal' }]),
      'profile.requirements[0].severity',
      '/requirements/0/severity: must be equal to one of the allowed values (error, warning, info)',
    ],
    [
      'a missing title',
      { id: 'x', requirements: [] },
      'profile.title',
      "/title: must have required property 'title'",
    ],
    [
      'a misspelt member',
      profileOf([], { requirments: [] }),
      'profile.requirments',
      '/requirments: must NOT have additional properties',
    ],
    [
      'a path that is not a JSON Pointer',
      profileOf([{ ...needsHumanCode, path: 'credentialSubject' }]),
      'profile.requirements[0].path',
      '/requirements/0/path: must match pattern',
    ],
    [
      'a requirement without a condition',
      profileOf([{ ...needsHumanCode, condition: undefined }]),
      'profile.requirements[0].condition',
      "/requirements/0/condition: must have required property 'condition'",
    ],
    [
      'an id that is not kebab-case',
      profileOf([{ ...needsHumanCode, id: 'Course Code' }]),
      'profile.requirements[0].id',
      '/requirements/0/id: must match pattern',
    ],
    [
      'an unknown kind in appliesTo',
      profileOf([needsHumanCode], { appliesTo: ['Badge'] }),
      'profile.appliesTo[0]',
      '/appliesTo/0: must be equal to one of the allowed values',
    ],
  ])('rejects %s, with the path in the profile', async (_what, profile, field, message) => {
    const error = await rejection(JSON.parse(JSON.stringify(profile)));
    expect(error.field).toBe(field);
    expect(error.message).toContain(`The profile is not valid: ${message}`);
  });

  it('rejects two requirements with one id', async () => {
    const error = await rejection(profileOf([needsHumanCode, needsHumanCode]));
    expect(error.field).toBe('profile.requirements[1].id');
    expect(error.message).toContain('/requirements/1/id');
  });

  it.each([
    ['an unknown keyword', { type: 'object', requried: ['humanCode'] }, 'unknown keyword'],
    ['an unknown format', { type: 'string', format: 'semver' }, 'unknown format'],
    ['a $ref to elsewhere', { $ref: 'https://example.org/schema.json' }, "can't resolve"],
  ])('rejects a condition with %s (nothing is fetched)', async (_what, condition, message) => {
    const error = await rejection(profileOf([{ ...needsHumanCode, condition }]));
    expect(error.field).toBe('profile.requirements[0].condition');
    expect(error.message).toContain('requirement "course-code"');
    expect(error.message).toContain(message);
  });

  it('rejects extending a profile that is not built in', async () => {
    const error = await rejection(profileOf([], { extends: 'our-other-profile' }));
    expect(error.field).toBe('profile.extends');
  });

  it('compiles a profile once per object, and again after a failed attempt is fixed', async () => {
    const profile = profileOf([needsHumanCode]);
    expect(compileProfile(profile)).toBe(compileProfile(profile));
    const broken = profileOf([{ ...needsHumanCode, severity: 'fatal' }]);
    await expect(compileProfile(broken)).rejects.toThrow('severity');
    (broken.requirements[0] as { severity: string }).severity = 'error';
    await expect(compileProfile(broken)).resolves.toMatchObject({
      profile: { id: 'test-profile' },
    });
  });

  it('resolves a built-in profile by name, and lists it', async () => {
    expect(listBuiltinProfiles()).toEqual(['aacrao-microcredential']);
    const compiled = await compileProfile('aacrao-microcredential');
    expect(compiled.profile).toEqual(getBuiltinProfile('aacrao-microcredential'));
    // getBuiltinProfile hands out copies: changing one does not change the profile.
    const copy = getBuiltinProfile('aacrao-microcredential') as QualityProfile;
    copy.requirements.length = 0;
    expect(getBuiltinProfile('aacrao-microcredential')?.requirements).toHaveLength(19);
    expect(getBuiltinProfile('nope')).toBeUndefined();
  });

  it('merges what it extends: base order, same-id requirements replaced, new ones after', async () => {
    const stricter = profileOf(
      [
        { ...needsHumanCode },
        { id: 'evidence', recommendation: 'Evidence', severity: 'error', condition: true },
      ],
      { extends: 'aacrao-microcredential' },
    );
    const { profile } = await compileProfile(stricter);
    const base = getBuiltinProfile('aacrao-microcredential') as QualityProfile;
    expect(profile.requirements.map((r) => r.id)).toEqual([
      ...base.requirements.map((r) => r.id),
      'course-code',
    ]);
    expect(profile.requirements.find((r) => r.id === 'evidence')?.severity).toBe('error');
    expect(profile.appliesTo).toEqual(['AchievementCredential']);
  });

  it('lists in PROFILE_KINDS every kind a credential can be detected as', () => {
    expect([...PROFILE_KINDS].sort()).toEqual(
      [
        'Achievement',
        'AchievementCredential',
        'ClrCredential',
        'EndorsementCredential',
        'OB2Assertion',
        'OB2BadgeClass',
        'OB2Profile',
        'Profile',
        'VerifiableCredential',
      ].sort(),
    );
  });
});

describe('evaluating a profile', () => {
  it('reports an unmet requirement at its field, with its severity, id, message and hint', async () => {
    const report = await validate(badge, { profile: profileOf([needsHumanCode]) });
    expect(report.valid).toBe(false);
    expect(checkOf(report, 'profile')).toMatchObject({ outcome: 'error' });
    expect(report.findings.filter((f) => f.check === 'profile')).toEqual([
      {
        check: 'profile',
        code: 'PROFILE_REQUIREMENT_UNMET',
        severity: 'error',
        path: '/credentialSubject/achievement/humanCode',
        message: 'Give the catalog code in credentialSubject.achievement.humanCode.',
        hint: 'Fill the field the message names (requirement course-code of the Test profile).',
        requirement: 'course-code',
      },
    ]);
  });

  it('says what JSON Schema found when the requirement has no message, and keeps a given hint', async () => {
    const profile = profileOf([
      {
        id: 'short-name',
        recommendation: 'Short names',
        severity: 'warning',
        path: '/credentialSubject/achievement/name',
        condition: { type: 'string', maxLength: 4 },
        hint: 'Keep names short for the transcript.',
      },
      {
        id: 'term',
        recommendation: 'Term',
        severity: 'info',
        path: '/credentialSubject/term',
        condition: { type: 'string' },
      },
    ]);
    const report = await validate(badge, { profile });
    expect(report.status).toBe('warning');
    expect(report.findings.filter((f) => f.check === 'profile')).toMatchObject([
      {
        severity: 'warning',
        path: '/credentialSubject/achievement/name',
        message:
          'Short names: /credentialSubject/achievement/name must NOT have more than 4 characters',
        hint: 'Keep names short for the transcript.',
      },
      {
        severity: 'info',
        path: '/credentialSubject/term',
        message: 'Term: /credentialSubject/term nothing is there',
      },
    ]);
  });

  it('treats true and false conditions as always met and never met', async () => {
    const profile = profileOf([
      { id: 'always', recommendation: 'Always', severity: 'error', condition: true },
      { id: 'never', recommendation: 'Never', severity: 'warning', condition: false },
    ]);
    const report = await validate(badge, { profile });
    expect(report.findings.filter((f) => f.check === 'profile').map((f) => f.requirement)).toEqual([
      'never',
    ]);
  });

  it('applies the severity option to the code: off drops every profile finding', async () => {
    const profile = profileOf([needsHumanCode]);
    const off = await validate(badge, { profile, severity: { PROFILE_REQUIREMENT_UNMET: 'off' } });
    expect(off.valid).toBe(true);
    expect(off.findings.filter((f) => f.check === 'profile')).toEqual([]);
    const warn = await validate(badge, {
      profile,
      severity: { PROFILE_REQUIREMENT_UNMET: 'warning' },
    });
    expect(warn.valid).toBe(true);
    expect(warn.findings.find((f) => f.check === 'profile')).toMatchObject({
      severity: 'warning',
      requirement: 'course-code',
    });
  });

  it('skips a credential of a kind the profile does not apply to, and says so', async () => {
    const profile = profileOf([needsHumanCode], { appliesTo: ['ClrCredential'] });
    const report = await validate(badge, { profile });
    expect(report.valid).toBe(true);
    expect(checkOf(report, 'profile')).toMatchObject({
      outcome: 'skipped',
      message: 'The Test profile applies to ClrCredential, not to an AchievementCredential',
      codes: [],
    });
  });

  it('does not run without a profile, and runs alone with only', async () => {
    expect(checkOf(await validate(badge), 'profile')).toBeUndefined();
    const only = await validate(badge, { profile: profileOf([needsHumanCode]), only: ['profile'] });
    expect(only.checks.map((c) => c.check)).toEqual(['parse', 'profile']);
  });

  it('rejects a bad profile before reading the input', async () => {
    await expect(validate('not json', { profile: 'nope' })).rejects.toMatchObject({
      code: 'ERR_LERKIT_INVALID_ARGUMENT',
      field: 'profile',
    });
  });
});

describe('verify with a profile', () => {
  it('checks the credential verified, and a bad name fails at createVerifier', async () => {
    const { credential } = await signedBadge();
    const report = await verify(credential, {
      profile: profileOf([needsHumanCode]),
      now: new Date('2024-06-01T00:00:00Z'),
    });
    expect(report.verified).toBe(false);
    expect(checkOf(report, 'proof')?.outcome).toBe('pass');
    expect(checkOf(report, 'profile')).toMatchObject({
      outcome: 'error',
      codes: ['PROFILE_REQUIREMENT_UNMET'],
    });
    expect(() => createVerifier({ profile: 'nope' })).toThrow('not a built-in profile');
  });

  it('checks the credentials a CLR carries, and reports the CLR itself as skipped', async () => {
    const { key, credential } = await signedBadge();
    const clr = createClrCredential({
      issuer: { id: key.controller, name: 'Example University' },
      name: 'Record',
      recipient: { id: 'did:example:student-42' },
      credentials: [credential],
      validFrom: '2024-02-01T00:00:00Z',
    });
    const record = await sign(clr, { key, created: '2024-02-01T00:00:00Z' });
    const profile = profileOf([needsHumanCode], { appliesTo: ['AchievementCredential'] });
    const report = await verify(record, { profile, now: new Date('2024-06-01T00:00:00Z') });
    expect(checkOf(report, 'profile')).toMatchObject({ outcome: 'skipped', codes: [] });
    expect(checkOf(report, 'credentials')).toMatchObject({ codes: ['CREDENTIALS_INVALID'] });
    expect(report.nested?.[0]?.findings.filter((f) => f.check === 'profile')).toMatchObject([
      { requirement: 'course-code', path: '/credentialSubject/achievement/humanCode' },
    ]);
    // A warning in the nested badge leaves the record verified, with a warning.
    const lenient = profileOf([{ ...needsHumanCode, severity: 'warning' }], {
      appliesTo: ['AchievementCredential'],
    });
    const warned = await verify(record, {
      profile: lenient,
      now: new Date('2024-06-01T00:00:00Z'),
    });
    expect(warned).toMatchObject({ verified: true, status: 'warning' });
  });

  it('rejects a profile that is not valid at the first verify call, as API misuse', async () => {
    const { credential } = await signedBadge();
    const verifier = createVerifier({ profile: profileOf([{ ...needsHumanCode, path: 'x' }]) });
    await expect(verifier.verify(credential)).rejects.toMatchObject({
      code: 'ERR_LERKIT_INVALID_ARGUMENT',
      field: 'profile.requirements[0].path',
    });
  });
});

describe('resolvePointer', () => {
  const doc = { a: { 'b/c': [1, { '~d': 'x' }] }, list: [0] };
  it.each([
    ['', doc],
    ['/a/b~1c/0', 1],
    ['/a/b~1c/1/~0d', 'x'],
    ['/a/b~1c/2', undefined],
    ['/a/b~1c/01', undefined],
    ['/a/missing', undefined],
    ['/list/0/deeper', undefined],
    ['/a/__proto__', undefined],
    ['/a/constructor', undefined],
  ])('%s', (pointer, expected) => {
    expect(resolvePointer(doc, pointer)).toEqual(expected);
  });
});
