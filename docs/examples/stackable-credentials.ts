// Stackable credentials: three graduate micro-credentials stack, in a required order, into a
// graduate certificate, which stacks into a master's degree. Each is issued as a signed Open
// Badge; the learner's record is a signed CLR whose associations say how they stack; verification
// checks the pathway. Then two records that break it: one earned out of order, one with a cycle.
// Run with `npx tsx docs/examples/stackable-credentials.ts`; the test suite runs it too.
import {
  type AchievementInput,
  createAssociation,
  createClrCredential,
  createOpenBadgeCredential,
  generateKeyPair,
  joinPathways,
  type KeyPair,
  sign,
  stackVertically,
  verify,
} from 'lerkit';

const U = 'https://example.edu/achievements';

// 1. The institution's catalogue: three micro-credentials, a certificate, a degree.
const micro = (slug: string, name: string, narrative: string): AchievementInput => ({
  id: `${U}/${slug}`,
  name,
  description: `Graduate micro-credential: ${name.toLowerCase()}.`,
  criteria: { narrative },
  achievementType: 'MicroCredential',
  creditsAvailable: 3,
  fieldOfStudy: 'Data Science',
  program: { creditBearing: true, academicLevel: 'Graduate', earningSchedule: 'Term' },
});
export const wrangling = micro('data-wrangling', 'Data Wrangling', 'Pass DATA 501.');
export const visualization = micro('data-viz', 'Data Visualization', 'Pass DATA 510.');
export const learning = micro('ml-foundations', 'Machine Learning Foundations', 'Pass DATA 520.');
export const certificate: AchievementInput = {
  id: `${U}/certificate-data-analytics`,
  name: 'Graduate Certificate in Data Analytics',
  description: 'Three graduate micro-credentials, earned in order, make the certificate.',
  criteria: { narrative: 'Earn Data Wrangling, then Data Visualization, then Machine Learning.' },
  achievementType: 'Certificate',
  creditsAvailable: 9,
  program: { creditBearing: true, academicLevel: 'Graduate' },
};
export const degree: AchievementInput = {
  id: `${U}/ms-data-science`,
  name: 'Master of Science in Data Science',
  description: 'The certificate and 21 further credits make the degree.',
  criteria: { narrative: 'Earn the certificate and 21 further graduate credits; pass the thesis.' },
  achievementType: 'MasterDegree',
  creditsAvailable: 30,
};

// 2. How they stack: the micro-credentials, in this order, before the certificate; the
//    certificate before the degree. (Vertical stacking; stackHorizontally and stackValueAdded
//    express the other two kinds.)
export const pathway = joinPathways(
  stackVertically({
    parts: [wrangling.id as string, visualization.id as string, learning.id as string],
    whole: certificate.id as string,
    sequential: true,
    partsFirst: true,
  }),
  stackVertically({
    parts: [certificate.id as string],
    whole: degree.id as string,
    partsFirst: true,
  }),
);

// 3. Issuing: one signed badge per award, dated when it was awarded.
async function award(key: KeyPair, achievement: AchievementInput, learner: string, date: string) {
  const issuer = { id: key.controller, name: 'Example State University' };
  const badge = createOpenBadgeCredential({
    issuer,
    achievement,
    recipient: { id: learner },
    validFrom: date,
    awardedDate: date,
  });
  return sign(badge, { key, created: date });
}

async function record(
  key: KeyPair,
  learner: string,
  credentials: object[],
  associations = pathway,
) {
  const clr = createClrCredential({
    issuer: { id: key.controller, name: 'Example State University' },
    name: `Comprehensive Learner Record of ${learner}`,
    recipient: { id: learner },
    credentials,
    associations,
    validFrom: '2026-05-20T00:00:00Z',
  });
  return sign(clr, { key, created: '2026-05-20T00:00:00Z' });
}

const NOW = new Date('2026-06-01T00:00:00Z');

export async function main(key?: KeyPair) {
  const university = key ?? (await generateKeyPair());

  // 4. Ada earns the three micro-credentials in order, then the certificate, then the degree.
  const ada = 'did:example:ada';
  const adas = [
    await award(university, wrangling, ada, '2025-01-10T00:00:00Z'),
    await award(university, visualization, ada, '2025-05-09T00:00:00Z'),
    await award(university, learning, ada, '2025-08-15T00:00:00Z'),
    await award(university, certificate, ada, '2025-08-20T00:00:00Z'),
    await award(university, degree, ada, '2026-05-15T00:00:00Z'),
  ];
  const report = await verify(await record(university, ada, adas), { now: NOW });
  console.log(`Ada's record: ${report.status}`);

  // 5. Alan's record claims the same pathway, but his Machine Learning badge was awarded before
  //    his Data Visualization badge: the required order is broken.
  const alan = 'did:example:alan';
  const alans = [
    await award(university, wrangling, alan, '2025-01-10T00:00:00Z'),
    await award(university, visualization, alan, '2025-09-12T00:00:00Z'),
    await award(university, learning, alan, '2025-05-09T00:00:00Z'),
    await award(university, certificate, alan, '2025-09-19T00:00:00Z'),
  ];
  const noDegree = pathway.filter((a) => a.sourceId !== degree.id && a.targetId !== degree.id);
  const outOfOrder = await verify(await record(university, alan, alans, noDegree), { now: NOW });

  // 6. A record whose associations say the degree is part of the certificate as well as the other
  //    way round: a cycle. joinPathways refuses it when building…
  const wrong = createAssociation({
    associationType: 'isChildOf',
    sourceId: degree.id as string,
    targetId: certificate.id as string,
  });
  let refused = '';
  try {
    joinPathways(pathway, [wrong]);
  } catch (error) {
    refused = (error as Error).message;
  }
  // …and verification reports it in a record built without it.
  const cyclic = await verify(await record(university, ada, adas, [...pathway, wrong]), {
    now: NOW,
  });

  for (const r of [outOfOrder, cyclic]) {
    for (const f of r.findings.filter((f) => f.check === 'associations')) {
      console.log(`${f.code} at ${f.path}: ${f.message}`);
    }
  }
  return { report, outOfOrder, cyclic, refused };
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
