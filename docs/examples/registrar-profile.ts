// A registrar's micro-credential: everything the AACRAO Alternative Credentials Work Group asks a
// micro-credential to carry, built with lerkit's typed options, checked with the built-in
// `aacrao-microcredential` profile, signed and verified with it, then checked with the
// institution's own profile (a JSON file that extends the built-in one).
// Run with `npx tsx docs/examples/registrar-profile.ts`; the test suite runs it too.
import { readFile } from 'node:fs/promises';
import {
  createCaseAlignment,
  createCtdlAlignment,
  createOpenBadgeCredential,
  createOsmtAlignment,
  generateKeyPair,
  type KeyPair,
  type QualityProfile,
  sign,
  validate,
  verify,
} from 'lerkit';

const RUBRIC = 'https://example.edu/microcredentials/data-visualization/capstone-score';

/** The micro-credential of the guide: one learner's Data Visualization badge. */
export function dataVisualizationBadge(issuerId: string) {
  return createOpenBadgeCredential({
    issuer: {
      id: issuerId,
      // Issuing entity: the unit's name, homepage, description and official identifiers.
      name: 'Example State University, College of Continuing Studies',
      url: 'https://example.edu/continuing-studies',
      description:
        'The continuing-education college of Example State University, a public university accredited by the Example Commission on Higher Education.',
      otherIdentifier: [{ identifier: '999999', identifierType: 'ext:IPEDSUnitID' }],
    },
    achievement: {
      id: 'https://example.edu/microcredentials/data-visualization',
      name: 'Data Visualization', // program title
      description:
        'A graduate micro-credential in designing, building and critiquing charts and dashboards for decision makers. Learners who earn it can choose encodings for a question, build an interactive dashboard, and critique a visualization for accuracy and accessibility.',
      criteria: {
        // Requirements, published in the catalog; measurable criteria, in the badge itself.
        id: 'https://catalog.example.edu/microcredentials/data-visualization',
        narrative:
          'Complete DATA 510 (Visual Analytics). Build a dashboard answering a stakeholder question and score at least 80 on the capstone rubric.',
      },
      achievementType: 'MicroCredential',
      humanCode: 'DATA 510',
      creditsAvailable: 3, // credit hours
      fieldOfStudy: 'Data Science',
      specialization: 'Data Visualization',
      tag: ['data visualization', 'dashboard design', 'visual analytics'], // outcomes as skills
      alignment: [
        createCaseAlignment({
          targetUrl: 'https://case.example.org/uri/6b9c7e0a-3f5d-4c2e-9a41-1d2b3c4d5e6f',
          targetName: 'Communicate findings with appropriate visualizations',
          targetFramework: 'Example Data Science Competency Framework',
        }),
        createOsmtAlignment({
          targetUrl: 'https://osmt.example.org/api/skills/3c8e4b7a-1f7e-4a55-9d0f-2c1e5b6a7d80',
          targetName: 'Data Visualization',
        }),
        createCtdlAlignment({
          targetUrl:
            'https://credentialengineregistry.org/resources/ce-4a1b2c3d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
          targetName: 'Data Visualization Micro-credential',
          targetType: 'ceterms:Credential',
        }),
      ],
      resultDescription: {
        // Assessment protocol: how the capstone is scored.
        id: RUBRIC,
        name: 'Capstone dashboard score (rubric, 0-100; 80 to pass)',
        resultType: 'RubricScore',
        valueMin: '0',
        valueMax: '100',
        requiredValue: '80',
      },
      image: { id: 'https://example.edu/microcredentials/data-visualization.png' },
      program: {
        // What OB 3.0 has no property for: the lerkit Program extension.
        creditBearing: true,
        academicLevel: 'Graduate',
        clockHours: 45,
        earningSchedule: 'OnDemand',
        earningNarrative: 'Open enrollment: begin any Monday and finish within 16 weeks.',
      },
    },
    recipient: { identifier: { identityType: 'emailAddress', value: 'ada@students.example.edu' } },
    result: { resultDescription: RUBRIC, value: '92' },
    term: 'Spring 2025',
    evidence: {
      id: 'https://portfolio.example.edu/ada/capstone-dashboard',
      name: 'Capstone dashboard',
      narrative: 'An interactive dashboard of regional enrollment trends, with a design rationale.',
    },
    validFrom: '2025-05-15T00:00:00Z', // effective date
    validUntil: '2030-05-15T00:00:00Z', // expiration date
  });
}

/** The institution's own profile (docs/examples/example-state.profile.json). */
export async function institutionProfile(): Promise<QualityProfile> {
  const file = new URL('./example-state.profile.json', import.meta.url);
  return JSON.parse(await readFile(file, 'utf8')) as QualityProfile;
}

export async function main(key?: KeyPair) {
  const issuerKey = key ?? (await generateKeyPair());
  const badge = dataVisualizationBadge(issuerKey.controller);

  // 1. Before signing: the spec's rules, and the AACRAO recommendations.
  const report = await validate(badge, { profile: 'aacrao-microcredential' });
  console.log(`AACRAO profile: ${report.status}, ${report.findings.length} findings`);

  // 2. Sign, and verify with the profile (a verifier can require it too).
  // The proof is dated when the credential takes effect (verified below as of 2025-06-01).
  const signed = await sign(badge, { key: issuerKey, created: badge.validFrom });
  const verification = await verify(signed, {
    profile: 'aacrao-microcredential',
    now: new Date('2025-06-01T00:00:00Z'),
  });
  console.log(`verified: ${verification.verified}`);

  // 3. The institution's profile: AACRAO's requirements plus its own.
  const profile = await institutionProfile();
  const own = await validate(badge, { profile });
  // A badge from another unit that leaves out the catalog code fails the institution's profile.
  const { humanCode: _code, ...withoutCode } = badge.credentialSubject.achievement;
  const other = await validate(
    { ...badge, credentialSubject: { ...badge.credentialSubject, achievement: withoutCode } },
    { profile },
  );
  for (const f of other.findings) {
    console.log(`${f.severity} ${f.requirement}: ${f.message}`);
  }
  return { badge, report, verification, own, other };
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
