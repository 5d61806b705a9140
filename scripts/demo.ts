// `npm run demo`: the main job on built-in sample data, offline. Builds a badge, validates it
// against the official 1EdTech schema, signs it (eddsa-rdfc-2022 with a fresh did:key), verifies
// it, bakes it into a PNG badge image and verifies the image, then tampers with one field and
// shows the verification fail.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  bake,
  createAchievement,
  createOpenBadgeCredential,
  createProfile,
  extract,
  generateKeyPair,
  sign,
  type VerificationReport,
  validate,
  verify,
} from '../src/index.js';

const tty = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code: number) => (text: string) => (tty ? `\u001b[${code}m${text}\u001b[0m` : text);
const green = paint(32);
const red = paint(31);
const bold = paint(1);
const dim = paint(2);

/** `1 finding`, `2 findings`. */
function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function step(title: string) {
  console.log(`\n${bold(title)}`);
}

function showReport(report: VerificationReport) {
  for (const check of report.checks) {
    const mark = check.outcome === 'pass' ? green('✓') : check.outcome === 'error' ? red('✗') : '!';
    const found = report.findings.find((f) => f.check === check.check && f.severity !== 'info');
    console.log(
      `  ${mark} ${check.check.padEnd(12)} ${check.outcome.padEnd(7)} ${found ? `${found.code}: ` : ''}${dim(check.message)}`,
    );
  }
  const verdict = report.verified ? green('VERIFIED') : red('NOT VERIFIED');
  console.log(`  → ${verdict} (status: ${report.status})`);
}

step('1. Issuer key');
const key = await generateKeyPair();
console.log(`  Ed25519 key, controller ${key.controller.slice(0, 40)}…`);

step('2. Build an OpenBadgeCredential');
const credential = createOpenBadgeCredential({
  issuer: createProfile({
    id: key.controller,
    name: 'Example Community College',
    url: 'https://example.edu',
  }),
  achievement: createAchievement({
    id: 'https://example.edu/achievements/intro-to-data',
    name: 'Introduction to Data Analysis',
    description: 'Cleans, summarises and visualises a real data set.',
    criteria: { narrative: 'Complete the four-week course and pass the final project review.' },
    achievementType: 'Course',
  }),
  recipient: { id: 'did:example:student-ada' },
});
console.log(`  ${credential.name} → ${credential.credentialSubject.id}`);

step('3. Validate against the 1EdTech AchievementCredential JSON Schema');
const validation = await validate(credential);
console.log(
  `  ${validation.valid ? green('valid') : red('invalid')} ${validation.kind}, VC ${validation.vcVersion}, ${plural(validation.findings.length, 'finding')}`,
);

step('4. Sign (Data Integrity, eddsa-rdfc-2022)');
const signed = await sign(credential, { key });
const proof = signed.proof as { cryptosuite: string; proofValue: string };
console.log(`  proof ${proof.cryptosuite}, proofValue ${proof.proofValue.slice(0, 24)}…`);

step('5. Verify');
const report = await verify(signed);
showReport(report);

step('6. Bake it into a PNG badge image, and verify the image');
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const picture = new Uint8Array(readFileSync(join(root, 'fixtures', 'demo', 'badge.png')));
const bakedPng = bake(picture, signed);
const { source } = await extract(bakedPng);
const out = join(root, '.tmp', 'demo-badge.png');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, bakedPng);
console.log(
  `  ${picture.length} → ${bakedPng.length} bytes, ${source}; written to .tmp/demo-badge.png`,
);
const pngReport = await verify(bakedPng);
showReport(pngReport);

step('7. Tamper with the achievement name and verify again');
const tampered = structuredClone(signed);
tampered.credentialSubject.achievement.name = 'Advanced Data Science';
const tamperedReport = await verify(tampered);
showReport(tamperedReport);

if (!report.verified || !pngReport.verified || tamperedReport.verified) {
  console.error(red('\nThe demo did not behave as expected.'));
  process.exit(1);
}
console.log(
  `\n${green('Done:')} the signed badge and its baked PNG verify; the tampered copy does not.`,
);
