// Writes docs/codes.md from the check and code tables (src/report). test/docs/codes.test.ts fails
// when the file is out of date.
import { writeFileSync } from 'node:fs';
import { renderCodesReference } from '../src/report/render-codes.js';

writeFileSync(new URL('../docs/codes.md', import.meta.url), renderCodesReference());
console.log('wrote docs/codes.md');
