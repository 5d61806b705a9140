// `npm run test:fuzz`: the full fuzz run (100,000+ inputs) of test/fuzz, with per-target counts
// printed at the end. `npm test` runs the same files as a short seeded slice.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = fileURLToPath(new URL('./src/', import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^lerkit$/, replacement: `${src}index.ts` },
      { find: /^lerkit\/(.*)$/, replacement: `${src}$1/index.ts` },
    ],
  },
  test: {
    include: ['test/fuzz/**/*.test.ts'],
    env: { LERKIT_FUZZ: 'full' },
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // gc() before each heap measurement, so growth means retained memory, not garbage.
    execArgv: ['--expose-gc'],
    globalSetup: ['test/fuzz/global-setup.ts'],
  },
});
