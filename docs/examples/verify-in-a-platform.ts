// Verifying in a platform: one verifier for a whole job, given the issuer's status list (offline),
// verifies a valid badge, a revoked one, and a CLR transcript that carries both.
// Run with `npx tsx docs/examples/verify-in-a-platform.ts`; the test suite runs it too.
import {
  type CheckId,
  type Code,
  createAchievement,
  createClrCredential,
  createOpenBadgeCredential,
  createVerifier,
  encodeStatusList,
  generateKeyPair,
  sign,
  type VerificationReport,
} from 'lerkit';

const STATUS_LIST_URL = 'https://example.edu/status/revocation/1';

export async function main() {
  // 1. The issuer: a key whose controller (a did:key) is the issuer id.
  const key = await generateKeyPair();
  const issuer = { id: key.controller, name: 'Example University' };

  // 2. The issuer's revocation list: a signed BitstringStatusListCredential with 131,072 entries
  //    (the spec's minimum), entry 7 set, i.e. revoked. The issuer publishes it at its URL.
  const statusList = await sign(
    {
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      id: STATUS_LIST_URL,
      type: ['VerifiableCredential', 'BitstringStatusListCredential'],
      issuer: key.controller,
      validFrom: '2025-01-01T00:00:00Z',
      credentialSubject: {
        id: `${STATUS_LIST_URL}#list`,
        type: 'BitstringStatusList',
        statusPurpose: 'revocation',
        encodedList: await encodeStatusList({ set: [7] }),
      },
    },
    { key },
  );

  // 3. Two badges, each pointing at its own entry of the list.
  const badge = (name: string, index: number) =>
    sign(
      createOpenBadgeCredential({
        issuer,
        name,
        achievement: createAchievement({
          id: `https://example.edu/achievements/${name.toLowerCase()}`,
          name,
          description: `Demonstrated ${name.toLowerCase()} in a team project.`,
          criteria: { narrative: 'Assessed by the course instructor.' },
        }),
        recipient: { id: 'did:example:ada' },
        credentialStatus: {
          id: `${STATUS_LIST_URL}#${index}`,
          type: 'BitstringStatusListEntry',
          statusPurpose: 'revocation',
          statusListIndex: String(index),
          statusListCredential: STATUS_LIST_URL,
        },
      }),
      { key },
    );
  const teamwork = await badge('Teamwork', 3);
  const leadership = await badge('Leadership', 7); // revoked: entry 7 is set

  // 4. A CLR transcript carrying both badges, signed by the same institution.
  const transcript = await sign(
    createClrCredential({
      issuer,
      name: 'Transcript of Ada',
      recipient: { id: 'did:example:ada' },
      credentials: [teamwork, leadership],
    }),
    { key },
  );

  // 5. One verifier for the job: documents are loaded once and shared. Offline: the status list
  //    comes from `resources` (in production: a loader or `fetch`); the did:key needs nothing.
  const verifier = createVerifier({ resources: { [STATUS_LIST_URL]: statusList } });
  const reports = {
    teamwork: await verifier.verify(teamwork),
    leadership: await verifier.verify(leadership),
    transcript: await verifier.verify(transcript),
  };
  for (const [name, report] of Object.entries(reports)) console.log(summarize(name, report));
  return { ...reports, leadershipId: leadership.id as string };
}

/** What a platform logs for a report: the decision, then each failure and where it is. */
export function summarize(name: string, report: VerificationReport): string {
  const lines = [`${name}: ${report.status}${report.verified ? ' (verified)' : ''}`];
  for (const failure of failures(report)) {
    lines.push(`  ${failure.code} at ${failure.at || '/'}: ${failure.message}`);
  }
  return lines.join('\n');
}

/** An error of a report or of one of its nested reports. */
export interface Failure {
  /** JSON Pointer from the outermost credential: the nested `path`s, then the finding's `path`. */
  at: string;
  /** The id of the credential the finding is about. */
  credential?: string;
  check: CheckId;
  code: Code;
  message: string;
}

/** Every error in a report and its nested reports (a CLR's credentials, endorsements). */
export function failures(report: VerificationReport, base = ''): Failure[] {
  const here = base + (report.path ?? '');
  const found: Failure[] = [];
  for (const finding of report.findings) {
    if (finding.severity !== 'error') continue;
    found.push({
      at: here + finding.path,
      ...(report.id ? { credential: report.id } : {}),
      check: finding.check,
      code: finding.code,
      message: finding.message,
    });
  }
  for (const inner of report.nested ?? []) found.push(...failures(inner, here));
  return found;
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
