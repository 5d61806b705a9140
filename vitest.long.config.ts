// Long-running suites, excluded from `npm test` and run by their own scripts (and by .ci/run):
// `npm run test:differential` (test/jsonld/*.long.ts: the JSON-LD fast path against jsonld.js, in
// shards) and `npm run test:mutation` (test/mutation/*.long.test.ts: issue 15's mutation suite).
// Same aliases and per-test timeout as vitest.config.ts: long suites are many short tests.
import { configDefaults, defineConfig } from 'vitest/config';
import base from './vitest.config.js';

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ['test/**/*.long.ts', 'test/**/*.long.test.ts'],
    exclude: [...configDefaults.exclude],
    typecheck: { enabled: false },
    // Both cores: vitest's default (cores - 1) is one worker on a 2-core machine, and the main
    // process idles while long suites run.
    maxWorkers: 2,
  },
});
