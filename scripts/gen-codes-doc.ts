// Writes what is rendered from the check and code tables (src/report): docs/codes.md and the
// report / CLI-output JSON Schemas in schemas/lerkit/. test/docs/codes.test.ts and
// test/report/schema.test.ts fail when they are out of date.
import { mkdirSync, writeFileSync } from 'node:fs';
import { renderCodesReference, renderVerificationPolicy } from '../src/report/render-codes.js';
import {
  cliOutputSchema,
  REPORT_SCHEMA_VERSION,
  reportSchema,
} from '../src/report/render-schema.js';

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
writeFileSync(new URL('../docs/codes.md', import.meta.url), renderCodesReference());
writeFileSync(
  new URL('../docs/verification-policy.md', import.meta.url),
  renderVerificationPolicy(),
);
mkdirSync(new URL('../schemas/lerkit/', import.meta.url), { recursive: true });
const v = REPORT_SCHEMA_VERSION;
writeFileSync(
  new URL(`../schemas/lerkit/report-v${v}.json`, import.meta.url),
  json(reportSchema()),
);
writeFileSync(
  new URL(`../schemas/lerkit/cli-output-v${v}.json`, import.meta.url),
  json(cliOutputSchema()),
);
console.log(
  `wrote docs/codes.md, docs/verification-policy.md, schemas/lerkit/report-v${v}.json, schemas/lerkit/cli-output-v${v}.json`,
);
