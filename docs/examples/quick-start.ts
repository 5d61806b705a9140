// Quick start: issue, validate, sign and verify an Open Badges 3.0 credential.
// Run with `npx tsx docs/examples/quick-start.ts`; the test suite runs it too.
import {
  createAchievement,
  createOpenBadgeCredential,
  createProfile,
  generateKeyPair,
  sign,
  validate,
  verify,
} from 'lerkit';

export async function main() {
  // 1. A key for the issuer. Its controller (here a did:key) is the issuer's id.
  const key = await generateKeyPair();

  // 2. The badge.
  const credential = createOpenBadgeCredential({
    issuer: createProfile({ id: key.controller, name: 'Example University' }),
    achievement: createAchievement({
      name: 'Teamwork',
      description: 'Collaborates effectively within a group.',
      criteria: { narrative: 'Nominated by peers and confirmed by an instructor.' },
    }),
    recipient: { id: 'did:example:student-42' },
  });

  // 3. Check it against the official 1EdTech schema before signing.
  const validation = await validate(credential);
  if (!validation.valid) throw new Error(JSON.stringify(validation.findings));

  // 4. Sign (Data Integrity eddsa-rdfc-2022) and verify.
  const signed = await sign(credential, { key });
  const report = await verify(signed);
  console.log(
    report.verified,
    report.checks.map((c) => `${c.check}: ${c.outcome}`),
  );
  return report;
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
