// Revoking credentials: an SIS creates a revocation list, allocates a random entry to each badge
// it issues (storing the allocation state as JSON), revokes one, and publishes the re-signed list;
// a verifier sees the change. Suspension works the same way with a suspension list.
// Run with `npx tsx docs/examples/revoke-credentials.ts`; the test suite runs it too.
import {
  allocateStatusEntry,
  type BitstringStatusListCredential,
  createAchievement,
  createOpenBadgeCredential,
  createStatusList,
  createVerifier,
  generateKeyPair,
  readStatusList,
  reinstateStatusEntry,
  revokeStatusEntry,
  type StatusListAllocation,
  sign,
  signStatusList,
  suspendStatusEntry,
} from 'lerkit';

const REVOCATIONS = 'https://example.edu/status/revocation/1';
const SUSPENSIONS = 'https://example.edu/status/suspension/1';

/** Stands in for the SIS's database: the allocation state is plain JSON. */
const database = new Map<string, string>();
const save = (url: string, state: StatusListAllocation) => database.set(url, JSON.stringify(state));
const load = (url: string) => JSON.parse(database.get(url) as string) as StatusListAllocation;

/** Stands in for the web server that hosts the lists at their URLs. */
const hosted = {} as Record<typeof REVOCATIONS | typeof SUSPENSIONS, BitstringStatusListCredential>;

export async function main() {
  const key = await generateKeyPair();
  const issuer = { id: key.controller, name: 'Example University' };

  // 1. Once per list: create it, sign it, host it at its URL; keep its allocation state.
  for (const [id, statusPurpose] of [
    [REVOCATIONS, 'revocation'],
    [SUSPENSIONS, 'suspension'],
  ] as const) {
    const { credential, allocation } = await createStatusList({
      id,
      issuer: key.controller,
      statusPurpose,
    });
    save(id, allocation);
    hosted[id] = await signStatusList(credential, { key });
  }

  // 2. For each badge: allocate a random entry, store the new state *before* issuing, then issue.
  //    OB 3.0 allows one credentialStatus per credential: this badge can be revoked, that one
  //    suspended.
  const issue = async (name: string, list: string) => {
    const { allocation, credentialStatus } = allocateStatusEntry(load(list));
    save(list, allocation);
    const achievement = createAchievement({
      id: `https://example.edu/achievements/${name.toLowerCase()}`,
      name,
      description: `Demonstrated ${name.toLowerCase()}.`,
      criteria: { narrative: 'Assessed by the course instructor.' },
    });
    const badge = createOpenBadgeCredential({
      issuer,
      name,
      achievement,
      recipient: { id: 'did:example:ada' },
      credentialStatus,
    });
    return sign(badge, { key });
  };
  const teamwork = await issue('Teamwork', REVOCATIONS);
  const leadership = await issue('Leadership', SUSPENSIONS);

  // A verifier that reads the hosted lists (offline here; with `fetch` in production). Each check
  // uses a fresh verifier: one verifier caches a list for its lifetime.
  const statusOf = async (badge: object) => {
    const report = await createVerifier({ resources: hosted }).verify(badge);
    const status = report.findings.find((f) => f.check === 'status');
    return status ? status.code : 'valid';
  };
  const before = { teamwork: await statusOf(teamwork), leadership: await statusOf(leadership) };

  // 3. Revoke one badge and suspend the other: change the list, re-sign it, publish it.
  hosted[REVOCATIONS] = await signStatusList(
    await revokeStatusEntry(hosted[REVOCATIONS], teamwork),
    { key },
  );
  hosted[SUSPENSIONS] = await signStatusList(
    await suspendStatusEntry(hosted[SUSPENSIONS], leadership),
    { key },
  );
  const changed = { teamwork: await statusOf(teamwork), leadership: await statusOf(leadership) };

  // 4. Lift the suspension. (Revocation is final: reinstating it needs undoRevocation: true, to
  //    correct a mistake.)
  hosted[SUSPENSIONS] = await signStatusList(
    await reinstateStatusEntry(hosted[SUSPENSIONS], leadership),
    {
      key,
    },
  );
  const after = { teamwork: await statusOf(teamwork), leadership: await statusOf(leadership) };

  const revoked = (await readStatusList(hosted[REVOCATIONS])).set.map((entry) => entry.index);
  console.log({ before, changed, after, revoked, allocated: load(REVOCATIONS).allocated });
  return { before, changed, after, revoked, teamwork };
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
