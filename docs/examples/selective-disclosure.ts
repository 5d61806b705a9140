// Selective disclosure with ecdsa-sd-2023: the issuer signs a badge with two results once; the
// learner shows a verifier the achievement and one result, withholding the other.
// Run with `npx tsx docs/examples/selective-disclosure.ts`; the test suite runs it too.
import {
  createAchievement,
  createOpenBadgeCredential,
  createProfile,
  derive,
  generateKeyPair,
  sign,
  verify,
} from 'lerkit';

export async function main() {
  // 1. The issuer: a P-256 key (ecdsa-sd-2023 is an ECDSA suite).
  const key = await generateKeyPair({ type: 'P-256' });
  const badge = createOpenBadgeCredential({
    issuer: createProfile({ id: key.controller, name: 'Example University' }),
    achievement: createAchievement({
      name: 'Chemistry 101',
      description: 'Introductory chemistry, with lab work.',
      criteria: { narrative: 'Passed the written exam and the lab practical.' },
    }),
    recipient: { id: 'did:example:student-42' },
  });
  const credential = {
    ...badge,
    credentialSubject: {
      ...badge.credentialSubject,
      result: [
        { type: ['Result'], value: 'C' }, // the written exam
        { type: ['Result'], value: 'A' }, // the lab practical
      ],
    },
  };

  // 2. The issuer signs a base proof and gives the credential to the learner (not to verifiers).
  const base = await sign(credential, { key, suite: 'ecdsa-sd-2023' });
  const baseReport = await verify(base);

  // 3. The learner derives what a verifier sees: the issuer's mandatory statements (context,
  //    type, id, issuer, dates, status, the achievement's id and type), plus the achievement's
  //    description and the lab result.
  const shown = await derive(base, {
    selectivePointers: ['/credentialSubject/achievement', '/credentialSubject/result/1'],
  });

  // 4. The verifier checks the derived credential like any other.
  const report = await verify(shown);
  console.log(
    report.verified,
    report.checks.map((c) => `${c.check}: ${c.outcome}`),
    shown.credentialSubject,
  );
  return { base, baseReport, shown, report };
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
