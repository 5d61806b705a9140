// Child of bench/bench.mjs (`hostile:` rows): builds one hostile input of issue 16
// (fixtures/hostile.mjs, by id), then times verify() from the built package with default limits.
// Prints { ms, verified, codes, peakRssMb } as JSON: ms is verify() alone (the input is built
// before the clock starts); peakRssMb is this process's maxRSS, Node itself included.
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
process.stdout.write(
  JSON.stringify({
    ms,
    verified: report.verified,
    codes: [...new Set(report.findings.map((f) => f.code))],
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
