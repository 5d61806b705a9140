// Long-running suites (`npm run test:differential`): the full differential run of the JSON-LD
// fast path against jsonld.js, split in shards that run in parallel workers. Same resolution
// settings as vitest.config.ts; only the file pattern differs (these files are not `*.test.ts`,
// so the default `npm test` never picks them up).
import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ['test/**/*.long.ts'],
    typecheck: { enabled: false },
  },
});
