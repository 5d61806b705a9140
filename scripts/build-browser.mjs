// The browser build: every package entry but `lerkit/node` (and the CLI, which is not an entry),
// bundled by esbuild for the browser, as a page or a user's bundler would. Tests
// (test/browser/) load it in real headless Chromium; the verifier page (docs/verifier/) loads
// the copy `npm run build:browser` writes into docs/verifier/lerkit/ (gitignored build output).
//
// Two things make it a real browser build, not a Node build that happens to load:
// - Package `browser` maps are honoured for every file a package resolves to, including a
//   package's own entry reached through its `exports` (esbuild applies `browser` maps to relative
//   paths, not to the target of `exports`). That is the P-256 "Buffer is not defined" bug:
//   base64url-universal's entry resolved to its Node build (Buffer-based) instead of
//   lib/browser.js.
// - The build fails when a `node:` import or a Node builtin is reached, or when a Node global
//   (Buffer, process, global, __dirname, __filename) is referenced anywhere but in the few modules
//   that only touch it behind a feature test (NODE_GLOBALS_ALLOWED below), or when a `require()`
//   is left that esbuild could not bundle (its `__require` shim throws in a browser).
//
// Usage: node scripts/build-browser.mjs [--outdir DIR] [--from src|dist] [--sizes] [--check]
//   --outdir  where to write (default docs/verifier/lerkit)
//   --from    bundle the TypeScript sources (default; needs `node scripts/generate.mjs`) or the
//             published build in dist/ (needs `npm run build`)
//   --check   only check (no output written): node imports and Node globals
//   --sizes   print the minified and gzipped size of the verify-only, validate, proof and whole
//             bundles
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { readEntryPoints } from './entry-points.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Entry subpaths that are Node only: not part of the browser build. */
export const NODE_ONLY_ENTRIES = ['./node'];

/**
 * Node globals a browser does not have. A reference to one in the bundle is an error, except in
 * these modules, which only use it after checking that it exists (module path -> globals, why).
 */
export const NODE_GLOBALS = ['Buffer', 'process', 'global', '__dirname', '__filename'];
const NODE_GLOBALS_ALLOWED = {
  // setImmediate polyfill (via rdf-canonize): picks process.nextTick only when
  // `{}.toString.call(global.process) === '[object process]'`, and reads `global` after
  // `typeof global === 'undefined'`.
  'node_modules/setimmediate/setImmediate.js': ['process', 'global'],
  // serialize-error (via jsonld-signatures): `typeof Buffer === 'function' && Buffer.isBuffer(x)`.
  'node_modules/serialize-error/index.js': ['Buffer'],
};

/**
 * The browser entries: `{ name: sourcePath }` for every package entry but the Node-only ones.
 *
 * @param {'src' | 'dist'} from bundle the sources or the published build
 * @returns {Record<string, string>}
 */
export function browserEntries(from = 'src') {
  return Object.fromEntries(
    readEntryPoints(join(ROOT, 'package.json'))
      .filter((entry) => !NODE_ONLY_ENTRIES.includes(entry.subpath))
      .map((entry) => [
        entry.name,
        join(ROOT, from === 'dist' ? `dist/${entry.name}.js` : entry.source),
      ]),
  );
}

const packageJsonCache = new Map();

/** The nearest package.json with a `name` above `file`, and its folder. */
function packageOf(file) {
  let dir = dirname(file);
  for (;;) {
    if (!packageJsonCache.has(dir)) {
      let json;
      try {
        json = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      } catch {
        json = undefined;
      }
      packageJsonCache.set(dir, json?.name ? json : undefined);
    }
    const json = packageJsonCache.get(dir);
    if (json) return { dir, json };
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * esbuild plugin: applies each package's `browser` map to the file an import resolved to (so a
 * package entry reached through `exports` gets its browser build too), and fails on Node
 * builtins.
 *
 * @returns {import('esbuild').Plugin}
 */
export function browserMapPlugin() {
  const builtins = new Set(builtinModules);
  return {
    name: 'lerkit-browser-map',
    setup(pluginBuild) {
      pluginBuild.onResolve({ filter: /.*/ }, async (args) => {
        if (args.pluginData?.lerkitBrowserMap) return undefined;
        const result = await pluginBuild.resolve(args.path, {
          importer: args.importer,
          namespace: args.namespace,
          resolveDir: args.resolveDir,
          kind: args.kind,
          pluginData: { lerkitBrowserMap: true },
        });
        if (result.errors.length > 0 || result.external || result.namespace !== 'file') {
          // A builtin the importer's `browser` map turns off (`"crypto": false`) is an empty
          // module; any other Node builtin is an error: it would not exist in a page.
          const importerMap = args.importer ? packageOf(args.importer)?.json.browser : undefined;
          if (typeof importerMap === 'object' && importerMap?.[args.path] === false) {
            return { path: args.path, namespace: 'lerkit-empty' };
          }
          if (args.path.startsWith('node:') || builtins.has(args.path)) {
            return {
              errors: [
                {
                  text: `Node builtin "${args.path}" imported from ${relative(ROOT, args.importer)}: not available in a browser`,
                },
              ],
            };
          }
          return result.errors.length > 0 ? { errors: result.errors } : result;
        }
        const pkg = packageOf(result.path);
        const map = pkg?.json.browser;
        if (pkg && map && typeof map === 'object') {
          const rel = `./${relative(pkg.dir, result.path).split(sep).join('/')}`;
          const target = map[rel] ?? map[rel.replace(/\.js$/, '')];
          if (target === false) return { path: result.path, namespace: 'lerkit-empty' };
          if (typeof target === 'string') return { path: join(pkg.dir, target) };
        }
        return result;
      });
      pluginBuild.onLoad({ filter: /.*/, namespace: 'lerkit-empty' }, () => ({
        contents: 'module.exports = {};',
        loader: 'js',
      }));
    },
  };
}

/** The esbuild options shared by every browser build. */
function baseOptions() {
  return {
    absWorkingDir: ROOT,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    // Node conditions must not win: `browser` first, then `import`/`default`.
    conditions: ['browser', 'import', 'default'],
    mainFields: ['browser', 'module', 'main'],
    legalComments: 'none',
    logLevel: 'silent',
    plugins: [browserMapPlugin()],
  };
}

/**
 * Checks a browser build: no Node builtin (the plugin fails the build on one) and no Node global
 * outside NODE_GLOBALS_ALLOWED. Builds unminified in memory with each Node global renamed to a
 * marker (esbuild's `define` only renames free references, not properties, strings or locals), then
 * finds the markers per module.
 *
 * @param {Record<string, string>} entryPoints
 * @returns {Promise<string[]>} the problems, empty when none
 */
export async function checkBrowserBuild(entryPoints = browserEntries()) {
  const marker = (name) => `__LERKIT_NODE_GLOBAL_${name}__`;
  let result;
  try {
    result = await build({
      ...baseOptions(),
      entryPoints,
      outdir: join(ROOT, '.tmp', 'browser-check'),
      splitting: true,
      write: false,
      define: Object.fromEntries(NODE_GLOBALS.map((name) => [name, marker(name)])),
    });
  } catch (error) {
    return (error.errors ?? [{ text: String(error) }]).map(
      (e) => `${e.text}${e.location ? ` (${e.location.file}:${e.location.line})` : ''}`,
    );
  }
  const problems = new Set();
  for (const file of result.outputFiles) {
    // Unminified esbuild output starts each module with a `// path/of/module.js` comment line.
    let module = '(unknown module)';
    for (const line of file.text.split('\n')) {
      const header = /^\/\/ (\S+\.(?:[cm]?[jt]sx?|json))$/.exec(line);
      if (header) {
        module = header[1].replace(/^.*node_modules\//, 'node_modules/');
        continue;
      }
      if (/\b__require\("/.test(line) || /\bvar __require = /.test(line))
        problems.add(`require() left unbundled in ${module}`);
      for (const name of NODE_GLOBALS) {
        if (line.includes(marker(name)) && !NODE_GLOBALS_ALLOWED[module]?.includes(name)) {
          problems.add(`Node global "${name}" referenced in ${module}`);
        }
      }
    }
  }
  return [...problems];
}

/**
 * Builds the browser bundle: one minified ES module per entry (`index.js`, `verify/index.js`, …)
 * and shared chunks, for `<script type="module">` or an import map.
 *
 * @param {{ outdir?: string, entryPoints?: Record<string, string>, minify?: boolean }} options
 * @returns {Promise<import('esbuild').BuildResult>}
 */
export async function buildBrowser(options = {}) {
  const problems = await checkBrowserBuild(options.entryPoints ?? browserEntries());
  if (problems.length > 0) {
    throw new Error(`the browser build is not browser-clean:\n- ${problems.join('\n- ')}`);
  }
  return build({
    ...baseOptions(),
    entryPoints: options.entryPoints ?? browserEntries(),
    outdir: resolve(ROOT, options.outdir ?? 'docs/verifier/lerkit'),
    splitting: true,
    minify: options.minify ?? true,
    chunkNames: 'chunks/[name]-[hash]',
    metafile: true,
  });
}

/**
 * The size of single-entry bundles, minified and gzipped, as a page would load them: `eager` is
 * what the entry loads up front (entry + static chunks), `total` adds the lazily loaded chunks
 * (the schema validators, loaded on first use).
 *
 * @param {'src' | 'dist'} from
 * @returns {Promise<Record<string, { eager: {min: number, gzip: number}, total: {min: number, gzip: number} }>>}
 */
export async function bundleSizes(from = 'src') {
  const all = browserEntries(from);
  const sizes = {};
  for (const [label, name] of [
    ['verify', 'verify/index'],
    ['validate', 'validate/index'],
    ['proof', 'proof/index'],
    ['lerkit', 'index'],
  ]) {
    const result = await build({
      ...baseOptions(),
      entryPoints: { [name]: all[name] },
      outdir: join(ROOT, '.tmp', 'browser-sizes'),
      splitting: true,
      minify: true,
      write: false,
      metafile: true,
    });
    const byPath = new Map(result.outputFiles.map((f) => [relative(ROOT, f.path), f.contents]));
    const outputs = result.metafile.outputs;
    const entry = Object.keys(outputs).find((o) => outputs[o].entryPoint);
    const eager = new Set();
    const visit = (o) => {
      if (eager.has(o)) return;
      eager.add(o);
      for (const imp of outputs[o].imports) if (imp.kind === 'import-statement') visit(imp.path);
    };
    visit(entry);
    const measure = (files) => {
      let min = 0;
      let gzip = 0;
      for (const o of files) {
        const bytes = byPath.get(o);
        if (!bytes) continue;
        min += bytes.length;
        gzip += gzipSync(bytes, { level: 9 }).length;
      }
      return { min, gzip };
    };
    sizes[label] = {
      eager: measure([...eager].filter((o) => o.endsWith('.js'))),
      total: measure(Object.keys(outputs).filter((o) => o.endsWith('.js'))),
    };
  }
  return sizes;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name) => {
    const i = args.indexOf(name);
    return i === -1 ? undefined : args[i + 1];
  };
  const from = option('--from') ?? 'src';
  if (from !== 'src' && from !== 'dist') throw new Error('--from is src or dist');
  const entryPoints = browserEntries(from);
  if (args.includes('--check')) {
    const problems = await checkBrowserBuild(entryPoints);
    if (problems.length > 0) {
      console.error(`the browser build is not browser-clean:\n- ${problems.join('\n- ')}`);
      process.exit(1);
    }
    console.log(`browser build clean: ${Object.keys(entryPoints).length} entries`);
  } else {
    const outdir = option('--outdir') ?? 'docs/verifier/lerkit';
    await buildBrowser({ outdir, entryPoints });
    console.log(
      `wrote the browser build (${Object.keys(entryPoints).length} entries) to ${outdir}`,
    );
  }
  if (args.includes('--sizes')) {
    const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
    for (const [label, { eager, total }] of Object.entries(await bundleSizes(from))) {
      console.log(
        `${label.padEnd(9)} eager ${kb(eager.min)} min, ${kb(eager.gzip)} gzip; with lazy chunks ${kb(total.min)} min, ${kb(total.gzip)} gzip`,
      );
    }
  }
}
