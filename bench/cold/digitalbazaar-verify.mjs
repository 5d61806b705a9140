// Cold-start child, baseline: what a user of the reference stack pays to verify one credential's
// eddsa-rdfc-2022 proof: import @digitalbazaar/vc, data-integrity and the cryptosuite, then
// verifyCredential with a hand-written did:key document (cold/did-key-loader.mjs) and lerkit's
// bundled contexts (the same for both sides). `--with-ajv` also imports ajv + ajv-formats,
// compiles the official OB 3.0 schema and validates: the full stack a user would assemble.
// Arguments: the signed credential's JSON file and the ISO time to verify at. Prints the time from
// process start (performance.timeOrigin) to the result, as JSON.
import { readFileSync } from 'node:fs';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import { createDocumentLoader } from '../../dist/context/index.js';
import { didKeyLoader } from './did-key-loader.mjs';

const [file, now] = process.argv.slice(2);
const signed = JSON.parse(readFileSync(file, 'utf8'));
let valid = true;
if (process.argv.includes('--with-ajv')) {
  const { default: Ajv2019 } = await import('ajv/dist/2019.js');
  const { default: addFormats } = await import('ajv-formats');
  const schema = JSON.parse(
    readFileSync(
      new URL(
        '../../schemas/json-ld-compaction/ob_v3p0_achievementcredential_schema.json',
        import.meta.url,
      ),
      'utf8',
    ),
  );
  const ajv = new Ajv2019({ allErrors: true, strict: false });
  addFormats(ajv);
  valid = ajv.compile(schema)(signed);
}
const publicKeyMultibase = signed.proof.verificationMethod.split('#')[1];
const result = await vc.verifyCredential({
  credential: signed,
  suite: new DataIntegrityProof({ cryptosuite }),
  documentLoader: didKeyLoader(publicKeyMultibase, createDocumentLoader()),
  now: new Date(now),
});
const ms = performance.now();
process.stdout.write(JSON.stringify({ ms, valid: valid && result.verified }));
