// The package's public entry points, read from package.json `exports`, for the build
// (tsup.config.ts) and the API reference (typedoc.config.mjs): adding, removing or renaming a
// subpath is one edit, in package.json (`exports` and `typesVersions`;
// test/package/entry-points.test.ts checks they agree).
import { readFileSync } from 'node:fs';

/**
 * @typedef {object} EntryPoint
 * @property {string} subpath the `exports` key: `.` or `./area`
 * @property {string} name the output name without extension: `index` or `area/index`
 * @property {string} source the source file: `src/index.ts` or `src/area/index.ts`
 */

/**
 * Every code entry point of package.json `exports` (not `./package.json` or the data files such as
 * `./schemas/*.json`), in its order.
 *
 * @param {URL | string} packageJson path of the package.json to read
 * @returns {EntryPoint[]}
 */
export function readEntryPoints(packageJson = new URL('../package.json', import.meta.url)) {
  const { exports } = JSON.parse(readFileSync(packageJson, 'utf8'));
  return Object.keys(exports)
    .filter((subpath) => subpath !== './package.json' && !subpath.endsWith('.json'))
    .map((subpath) => {
      const name = subpath === '.' ? 'index' : `${subpath.slice('./'.length)}/index`;
      return { subpath, name, source: `src/${name}.ts` };
    });
}
