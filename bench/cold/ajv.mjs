// Cold-start child, baseline: what a user of ajv pays. Import ajv + ajv-formats, compile the
// official schema at run time, validate one credential. Prints the time from process start
// (performance.timeOrigin) to the result, as JSON. `--tuned` adds `inlineRefs: false`, the one
// ajv option in which lerkit's generated validators differ from the defaults.
import { readFileSync } from 'node:fs';
import Ajv2019 from 'ajv/dist/2019.js';
import addFormats from 'ajv-formats';

const schema = JSON.parse(
  readFileSync(
    new URL(
      '../../schemas/json-ld-compaction/ob_v3p0_achievementcredential_schema.json',
      import.meta.url,
    ),
    'utf8',
  ),
);
const credential = JSON.parse(
  readFileSync(new URL('../fixtures/credential.json', import.meta.url), 'utf8'),
);
const tuned = process.argv.includes('--tuned');
const ajv = new Ajv2019({
  allErrors: true,
  strict: false,
  ...(tuned ? { inlineRefs: false } : {}),
});
addFormats(ajv);
const validate = ajv.compile(schema);
const valid = validate(credential);
const ms = performance.now();
process.stdout.write(JSON.stringify({ ms, valid }));
