// Child of bench/bench.mjs (`hostile:` rows): builds one hostile input of issue 16
// (fixtures/hostile.mjs, by id), then times verify() from the built package with default limits.
// Prints { ms, againMs, verified, codes, peakRssMb } as JSON: ms is the first verify() alone (the
// input is built before the clock starts; lazily loaded modules included), againMs a second
// verify() of a fresh copy; peakRssMb is this process's maxRSS, Node itself included.
// Usage: node bench/cold/hostile.mjs <row id>
import { verify } from '../../dist/index.js';
import { HOSTILE_ROWS } from '../fixtures/hostile.mjs';

const row = HOSTILE_ROWS.find((r) => r.id === process.argv[2]);
if (!row) {
  console.error(`unknown hostile row ${process.argv[2]}; rows: ${HOSTILE_ROWS.map((r) => r.id)}`);
  process.exit(2);
}
const { document, options } = row.build();
const started = performance.now();
const report = await verify(document, options);
const ms = performance.now() - started;
// Again on a fresh copy, now that the modules verify() loads lazily are loaded and warm.
const again = row.build();
const restarted = performance.now();
await verify(again.document, again.options);
const againMs = performance.now() - restarted;
process.stdout.write(
  JSON.stringify({
    ms,
    againMs,
    verified: report.verified,
    codes: [...new Set(report.findings.map((f) => f.code))],
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
