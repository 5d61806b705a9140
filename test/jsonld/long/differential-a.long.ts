// Full differential run, shard a (see vitest.long.config.ts): half of LERKIT_DIFF_RUNS
// (default 10 000) generated credentials.
import { defineDifferentialSuite } from '../differential-suite.js';

const RUNS = Number(process.env.LERKIT_DIFF_RUNS ?? 10_000);
defineDifferentialSuite('shard a', Math.ceil(RUNS / 2), 1000000);
