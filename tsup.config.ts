import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { defineConfig, type Options } from 'tsup';
import { readEntryPoints } from './scripts/entry-points.mjs';

// One entry per subpath of package.json `exports` (src/<area>/index.ts -> dist/<area>/index.*).
const ENTRIES = Object.fromEntries(readEntryPoints().map((entry) => [entry.name, entry.source]));
// The worker thread of lerkit/node's verifyFiles (dist/node/worker.js, next to dist/node/index.js,
// which starts it): an entry of the same build, so it shares the library's chunks.
const WORKER = { 'node/worker': 'src/node/worker.ts' };

// The schema validators (src/schema/generated/*.js, written by scripts/generate.mjs) are most of
// the package's weight. They are plain, minified ES modules with no imports, so both builds load
// the same copy, dist/schema/generated/*.js, by dynamic import: ESM natively, CJS through Node's
// import() of an ES module. esbuild keeps them external under a placeholder specifier, which
// renderChunk turns into the path relative to each output file (chunks live in dist/, entries in
// dist/<area>/).
const VALIDATORS_SRC = 'src/schema/generated';
const VALIDATORS_OUT = 'dist/schema/generated';
const PLACEHOLDER = 'lerkit-generated-validators:';

const validatorFiles = () =>
  existsSync(VALIDATORS_SRC) ? readdirSync(VALIDATORS_SRC).filter((f) => f.endsWith('.js')) : [];

const sharedValidators = {
  esbuildPlugins: [
    {
      name: 'lerkit-external-validators',
      setup(build) {
        build.onResolve({ filter: /^\.\/generated\/[a-z-]+\.js$/ }, (args) =>
          args.importer.endsWith(join('src', 'schema', 'registry.ts'))
            ? { path: `${PLACEHOLDER}${args.path.slice('./generated/'.length)}`, external: true }
            : undefined,
        );
      },
    },
  ],
  plugins: [
    {
      name: 'lerkit-link-validators',
      renderChunk(code, chunk) {
        if (!code.includes(PLACEHOLDER)) return;
        const from = dirname(chunk.path);
        return {
          code: code.replaceAll(
            new RegExp(`${PLACEHOLDER}([a-z-]+\\.js)`, 'g'),
            (_, file: string) => {
              const path = relative(from, join(VALIDATORS_OUT, file)).replaceAll('\\', '/');
              return path.startsWith('.') ? path : `./${path}`;
            },
          ),
        };
      },
      buildStart() {
        if (validatorFiles().length === 0) {
          throw new Error(
            `no validators in ${VALIDATORS_SRC}: run \`npm run build\`, not tsup alone`,
          );
        }
      },
      buildEnd() {
        mkdirSync(VALIDATORS_OUT, { recursive: true });
        for (const file of validatorFiles()) {
          copyFileSync(join(VALIDATORS_SRC, file), join(VALIDATORS_OUT, file));
        }
      },
    },
  ],
} satisfies Options;

export default defineConfig([
  {
    entry: { ...ENTRIES, ...WORKER },
    format: ['esm', 'cjs'],
    dts: { entry: ENTRIES },
    // import.meta.url in the CJS build (lerkit/node finds its worker with it).
    shims: true,
    // Shared code (and each lazily loaded schema validator) becomes its own chunk instead of being
    // copied into every entry.
    splitting: true,
    clean: true,
    target: 'node20',
    platform: 'node',
    outDir: 'dist',
    // Minified. Error classes set their own names (error.name survives), and no class that calls
    // super() may have field initializers: tsup's CJS conversion of split chunks then emits
    // broken code (test/package/packed.test.ts loads every CJS entry).
    minify: true,
    ...sharedValidators,
  },
  {
    entry: { 'cli/main': 'src/cli/main.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    outDir: 'dist',
    // The CLI imports the library through the package's own name, so it shares the main build.
    external: [/^lerkit(\/.*)?$/],
    minifyWhitespace: true,
    minifySyntax: true,
  },
]);
