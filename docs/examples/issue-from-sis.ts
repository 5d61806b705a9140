// Issuing from a student information system: course completions exported by an SIS become signed
// Open Badges, and each student's badges are assembled into a signed CLR transcript.
// Run with `npx tsx docs/examples/issue-from-sis.ts`; the test suite runs it too.
import {
  type AchievementInput,
  createClrCredential,
  createOpenBadgeCredential,
  generateKeyPair,
  type KeyPair,
  sign,
  validate,
  verify,
} from 'lerkit';

// 1. What the SIS exports (one row per course enrolment) and the course catalogue.
const rows = [
  {
    studentId: 'S-1001',
    email: 'ada@students.example.edu',
    course: 'MATH-101',
    grade: 'A',
    term: 'Fall 2024',
    status: 'Completed',
  },
  {
    studentId: 'S-1001',
    email: 'ada@students.example.edu',
    course: 'DATA-110',
    grade: 'B+',
    term: 'Fall 2024',
    status: 'Completed',
  },
  {
    studentId: 'S-1002',
    email: 'alan@students.example.edu',
    course: 'MATH-101',
    grade: 'W',
    term: 'Fall 2024',
    status: 'Withdrew',
  },
] as const;

const gradeScale = 'https://example.edu/achievements/grade-scale';
const catalogue: Record<string, AchievementInput> = {
  'MATH-101': {
    id: 'https://example.edu/achievements/math-101',
    name: 'Calculus I',
    description: 'Limits, derivatives and integrals of one variable.',
    criteria: {
      id: 'https://example.edu/catalogue/math-101',
      narrative: 'Pass MATH-101 with C or better.',
    },
    achievementType: 'Course',
    humanCode: 'MATH-101',
    creditsAvailable: 4,
    resultDescription: {
      id: gradeScale,
      name: 'Final grade',
      resultType: 'LetterGrade',
      allowedValue: ['A', 'B+', 'B', 'C', 'D', 'F'],
    },
  },
  'DATA-110': {
    id: 'https://example.edu/achievements/data-110',
    name: 'Introduction to Data Analysis',
    description: 'Cleaning, summarising and visualising data.',
    criteria: { narrative: 'Pass DATA-110 with C or better.' },
    achievementType: 'Course',
    humanCode: 'DATA-110',
    creditsAvailable: 3,
    resultDescription: {
      id: gradeScale,
      name: 'Final grade',
      resultType: 'LetterGrade',
      allowedValue: ['A', 'B+', 'B', 'C', 'D', 'F'],
    },
  },
};

export async function main(key?: KeyPair) {
  // 2. The institution's key. In production the private key stays in a KMS: pass `signer` instead
  //    of `key` (see the key-management guide). The issuer id must be the key's controller.
  const issuerKey = key ?? (await generateKeyPair());
  const issuer = {
    id: issuerKey.controller,
    name: 'Example State University',
    url: 'https://example.edu',
  };

  // 3. One badge per completed course. The email is hashed (salted SHA-256), so the badge does not
  //    reveal it, but the student can prove it is theirs.
  const badges = new Map<string, object[]>();
  for (const row of rows) {
    if (row.status !== 'Completed') continue;
    const credential = createOpenBadgeCredential({
      issuer,
      achievement: catalogue[row.course] as AchievementInput,
      recipient: {
        identifier: [
          { identityType: 'emailAddress', value: row.email },
          { identityType: 'sisSourcedId', value: row.studentId },
        ],
      },
      result: { resultDescription: gradeScale, value: row.grade, status: 'Completed' },
      term: row.term,
    });
    // Validate before signing: a malformed badge is caught here, not by the recipient's wallet.
    const report = await validate(credential);
    if (!report.valid)
      throw new Error(`${row.studentId} ${row.course}: ${JSON.stringify(report.findings)}`);
    const signed = await sign(credential, { key: issuerKey });
    badges.set(row.studentId, [...(badges.get(row.studentId) ?? []), signed]);
  }

  // 4. A CLR transcript per student, carrying their signed badges.
  const transcripts = [];
  for (const [studentId, credentials] of badges) {
    const email = rows.find((r) => r.studentId === studentId)?.email as string;
    const clr = createClrCredential({
      issuer,
      name: `Transcript of ${studentId}`,
      recipient: { identifier: { identityType: 'emailAddress', value: email } },
      credentials,
    });
    transcripts.push(await sign(clr, { key: issuerKey }));
  }

  // 5. Anyone can now verify them offline (a did:key resolves without the network).
  const reports = await Promise.all(transcripts.map((clr) => verify(clr)));
  console.log(
    `${count([...badges.values()].flat().length, 'badge')}, ${count(transcripts.length, 'transcript')}, verified: ${reports.map((r) => r.verified)}`,
  );
  return { badges, transcripts, reports };
}

if (import.meta.url === `file://${process.argv[1]}`) await main();

/** `1 badge`, `2 badges`. */
function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
