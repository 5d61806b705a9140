import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';

const src = fileURLToPath(new URL('./src/', import.meta.url));

export default defineConfig({
  resolve: {
    // Docs examples import 'lerkit' as users do; in tests that is the source tree.
    alias: [
      { find: /^lerkit$/, replacement: `${src}index.ts` },
      { find: /^lerkit\/(.*)$/, replacement: `${src}$1/index.ts` },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    // Long suites (mutation, fuzz, differential) run with vitest.long.config.ts.
    exclude: [...configDefaults.exclude, 'test/**/*.long.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 300_000,
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'] },
  },
});
