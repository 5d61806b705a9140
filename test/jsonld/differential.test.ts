// Differential correctness gate of the JSON-LD fast path, seeded slice for `npm test`: canonical
// N-Quads byte-identical to jsonld.js (proof configurations: to the suites) on generated
// credentials. The full run (>= 10 000 credentials) is `npm run test:differential`.
import { defineDifferentialSuite } from './differential-suite.js';

defineDifferentialSuite('slice', Number(process.env.LERKIT_DIFF_RUNS ?? 200), 20261206);
