import { defineConfig } from 'tsup';

// One entry per public area; each becomes an `exports` subpath (see package.json).
export const AREAS = [
  'bake',
  'build',
  'context',
  'errors',
  'model',
  'ob2',
  'parse',
  'proof',
  'schema',
  'status',
  'validate',
  'verify',
] as const;

export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      ...Object.fromEntries(AREAS.map((area) => [`${area}/index`, `src/${area}/index.ts`])),
    },
    format: ['esm', 'cjs'],
    dts: true,
    // Shared code (and each lazily loaded schema validator) becomes its own chunk instead of being
    // copied into every entry.
    splitting: true,
    clean: true,
    target: 'node20',
    platform: 'node',
    outDir: 'dist',
  },
  {
    entry: { 'cli/main': 'src/cli/main.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    outDir: 'dist',
    // The CLI imports the library through the package's own name, so it shares the main build.
    external: [/^lerkit(\/.*)?$/],
  },
]);
