// Cold-start child: import lerkit (built dist, root entry point) and verify one signed credential
// fully, as OB 3.0 says. `--proof-only` skips every check but parse and proof. Arguments: the
// signed credential's JSON file and the ISO time to verify at (both written by bench/verify.mjs).
// Prints the time from process start (performance.timeOrigin) to the result, as JSON.
import { readFileSync } from 'node:fs';
import { verify } from '../../dist/index.js';

const [file, now] = process.argv.slice(2);
const signed = JSON.parse(readFileSync(file, 'utf8'));
const skip = process.argv.includes('--proof-only')
  ? ['context', 'type', 'schema', 'subject', 'status', 'dates']
  : [];
const report = await verify(signed, { now: new Date(now), skip });
const ms = performance.now();
process.stdout.write(JSON.stringify({ ms, valid: report.verified }));
