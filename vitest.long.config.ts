// Long-running suites (`*.long.test.ts`: the mutation suite, and fuzz or differential suites):
// excluded from `npm test`, run by their own scripts, e.g. `npm run test:mutation`. Same aliases
// and per-test timeout as vitest.config.ts: long suites are many short tests, not long ones.
import { configDefaults, defineConfig } from 'vitest/config';
import base from './vitest.config.js';

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ['test/**/*.long.test.ts'],
    exclude: [...configDefaults.exclude],
    typecheck: { enabled: false },
    // Both cores: vitest's default (cores - 1) is one worker on a 2-core machine, and the main
    // process idles while long suites run.
    maxWorkers: 2,
  },
});
