// Cold-start child: import lerkit's schema entry point (built dist) and validate one credential.
// Prints the time from process start (performance.timeOrigin) to the result, as JSON.
import { readFileSync } from 'node:fs';
import { validateSchema } from '../../dist/schema/index.js';

const credential = JSON.parse(
  readFileSync(new URL('../fixtures/credential.json', import.meta.url), 'utf8'),
);
const issues = await validateSchema(credential, { target: 'AchievementCredential' });
const ms = performance.now();
process.stdout.write(JSON.stringify({ ms, valid: issues.length === 0 }));
