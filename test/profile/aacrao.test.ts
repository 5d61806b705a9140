// The built-in aacrao-microcredential profile on the registrar guide's badge: the complete badge
// has no findings; removing what each requirement reads yields exactly that requirement's finding,
// at its field, with its severity; and the guide's table says the same as the profile.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { dataVisualizationBadge } from '../../docs/examples/registrar-profile.js';
import { FRAMEWORK_TARGET_TYPES } from '../../src/builders/index.js';
import type { JsonObject } from '../../src/internal/json.js';
import { pointerTokens } from '../../src/internal/pointer.js';
import { getBuiltinProfile } from '../../src/profile/index.js';
import type { Finding } from '../../src/report/index.js';
import { validate } from '../../src/validate/index.js';
import { allFindings } from '../helpers/report.js';
import { REPO_ROOT } from '../helpers/spec.js';

const PROFILE = getBuiltinProfile('aacrao-microcredential');
const A = '/credentialSubject/achievement';
const badge = dataVisualizationBadge('did:example:registrar') as unknown as JsonObject;

function without(document: JsonObject, ...pointers: string[]): JsonObject {
  const copy = structuredClone(document);
  for (const pointer of pointers) {
    const tokens = pointerTokens(pointer);
    const last = tokens.pop() as string;
    let node: unknown = copy;
    for (const token of tokens) node = (node as JsonObject)[token];
    delete (node as JsonObject)[last];
  }
  return copy;
}

// Folded ones included: a missing field the schema requires too is one finding, the profile's
// under the schema's.
const profileFindings = async (document: JsonObject): Promise<Finding[]> =>
  allFindings(await validate(document, { profile: 'aacrao-microcredential' }))
    .filter((f) => f.check === 'profile')
    .map(({ related: _same, ...f }) => f);

// What to remove to break each requirement, and nothing else.
const REMOVE: Record<string, string[]> = {
  'program-title': [`${A}/name`],
  'program-description': [`${A}/description`],
  'issuer-name': ['/issuer/name'],
  'issuer-url': ['/issuer/url'],
  'issuer-description': ['/issuer/description'],
  'issuer-identifier': ['/issuer/otherIdentifier'],
  'credential-type': [`${A}/achievementType`],
  'credit-type': [`${A}/creditBearing`],
  'academic-level': [`${A}/academicLevel`],
  'requirements-published': [`${A}/criteria/id`],
  'criteria-narrative': [`${A}/criteria/narrative`],
  evidence: ['/evidence'],
  'assessment-protocol': [`${A}/resultDescription`],
  'effective-date': ['/validFrom'],
  'expiration-date': ['/validUntil'],
  'learning-outcomes': [`${A}/tag`],
  'external-alignment': [`${A}/alignment`],
  'earning-timing': [`${A}/earningSchedule`, `${A}/earningNarrative`],
  'clock-or-credit-hours': [`${A}/creditsAvailable`],
};

describe('the aacrao-microcredential profile', () => {
  it('is a built-in profile whose every requirement has a test below', () => {
    expect(PROFILE?.requirements.map((r) => r.id).sort()).toEqual(Object.keys(REMOVE).sort());
  });

  it('passes the guide’s badge with no findings at all', async () => {
    const report = await validate(badge, { profile: 'aacrao-microcredential' });
    expect(report.findings).toEqual([]);
    expect(report.checks.find((c) => c.check === 'profile')).toEqual({
      check: 'profile',
      outcome: 'pass',
      message: 'Meets the 19 requirements of the AACRAO micro-credential profile',
    });
  });

  it.each(PROFILE?.requirements.map((r) => [r.id, r] as const) ?? [])(
    'removing what %s reads yields exactly its finding',
    async (id, requirement) => {
      const found = await profileFindings(without(badge, ...(REMOVE[id] as string[])));
      expect(found).toEqual([
        {
          check: 'profile',
          code: 'PROFILE_REQUIREMENT_UNMET',
          severity: requirement.severity,
          path: requirement.field,
          message: requirement.message,
          hint: `Fill the field the message names (requirement ${id} of the AACRAO micro-credential profile).`,
          requirement: id,
        },
      ]);
    },
  );

  it('reads a non-credit micro-credential: clock hours instead of credits, no level', async () => {
    const nonCredit = without(badge, `${A}/creditsAvailable`, `${A}/academicLevel`);
    (nonCredit.credentialSubject as { achievement: JsonObject }).achievement.creditBearing = false;
    expect(await profileFindings(nonCredit)).toEqual([]);
    const noHours = without(nonCredit, `${A}/clockHours`);
    expect((await profileFindings(noHours)).map((f) => f.requirement)).toEqual([
      'clock-or-credit-hours',
    ]);
  });

  it('reports an issuer given only as an IRI once, as an unnamed issuing entity', async () => {
    const bare = { ...badge, issuer: 'did:example:registrar' };
    expect((await profileFindings(bare)).map((f) => f.requirement)).toEqual(['issuer-name']);
  });

  it('accepts JSON-LD compacted single values where lists are expected', async () => {
    const compacted = structuredClone(badge) as JsonObject & {
      credentialSubject: { achievement: JsonObject };
    };
    const achievement = compacted.credentialSubject.achievement;
    achievement.tag = (achievement.tag as string[])[0];
    achievement.alignment = (achievement.alignment as JsonObject[])[1];
    achievement.resultDescription = (achievement.resultDescription as JsonObject[])[0];
    compacted.evidence = (compacted.evidence as JsonObject[])[0];
    expect(await profileFindings(compacted)).toEqual([]);
  });

  it('wants an alignment to a published framework, not only local ones', async () => {
    const local = structuredClone(badge) as JsonObject & {
      credentialSubject: { achievement: JsonObject };
    };
    local.credentialSubject.achievement.alignment = [
      { type: ['Alignment'], targetName: 'Our outcome 3', targetUrl: 'https://example.edu/o/3' },
    ];
    expect((await profileFindings(local)).map((f) => f.requirement)).toEqual([
      'external-alignment',
    ]);
  });

  it('recognises exactly the framework target types the alignment helpers set', () => {
    const condition = JSON.stringify(
      PROFILE?.requirements.find((r) => r.id === 'external-alignment')?.condition,
    );
    for (const type of FRAMEWORK_TARGET_TYPES) expect(condition).toContain(`"${type}"`);
    expect(condition.match(/"targetType":\{"enum":\[([^\]]*)\]/)?.[1]?.split(',')).toHaveLength(
      FRAMEWORK_TARGET_TYPES.length,
    );
  });

  it('is plain JSON data', () => {
    expect(JSON.parse(JSON.stringify(PROFILE))).toEqual(PROFILE);
  });
});

describe('docs/registrar-profiles.md', () => {
  let guide = '';
  beforeAll(() => {
    guide = readFileSync(join(REPO_ROOT, 'docs', 'registrar-profiles.md'), 'utf8');
  });

  it('has one table row per requirement with its field and severity', () => {
    for (const requirement of PROFILE?.requirements ?? []) {
      const field = pointerTokens(requirement.field ?? '').join('.');
      const row = guide
        .split('\n')
        .find((line) => line.startsWith('|') && line.includes(`| \`${requirement.id}\` |`));
      expect(row, requirement.id).toBeDefined();
      expect(row, requirement.id).toContain(`\`${field}\``);
      expect(row?.trim().endsWith(`| ${requirement.severity} |`), `${requirement.id}: ${row}`).toBe(
        true,
      );
    }
  });
});
