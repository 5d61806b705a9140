// The package's entry points are listed once, in package.json `exports`: the build (tsup), the API
// reference (typedoc) and `typesVersions` must all cover exactly those subpaths.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import tsupConfig from '../../tsup.config.js';
// @ts-expect-error -- a plain .mjs config without type declarations
import typedocConfig from '../../typedoc.config.mjs';
import { REPO_ROOT } from '../helpers/spec.js';

interface Conditions {
  types: string;
  default: string;
}
const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
  exports: Record<string, { import: Conditions; require: Conditions } | string>;
  typesVersions: Record<string, Record<string, string[]>>;
};
// Code entry points: not ./package.json nor data files (the report schemas, ./schemas/*.json).
const code = Object.entries(pkg.exports).filter(
  ([subpath]) => subpath !== './package.json' && !subpath.endsWith('.json'),
) as [string, { import: Conditions; require: Conditions }][];
// `./dist/bake/index.js` -> `bake/index`: what each subpath ships, read from the map itself.
const shipped = code.map(([, conditions]) =>
  conditions.import.default.replace(/^\.\/dist\/|\.js$/g, ''),
);

describe('entry points', () => {
  it('every subpath ships ESM, CJS and both type files from one name', () => {
    for (const [subpath, conditions] of code) {
      const name = conditions.import.default.replace(/^\.\/dist\/|\.js$/g, '');
      expect(name, subpath).toBe(subpath === '.' ? 'index' : `${subpath.slice(2)}/index`);
      expect(conditions, subpath).toEqual({
        import: { types: `./dist/${name}.d.ts`, default: `./dist/${name}.js` },
        require: { types: `./dist/${name}.d.cts`, default: `./dist/${name}.cjs` },
      });
      expect(existsSync(join(REPO_ROOT, 'src', `${name}.ts`)), `src/${name}.ts`).toBe(true);
    }
    expect(shipped).toContain('bake/index');
    expect(shipped).toContain('status/index');
  });

  it('typedoc documents exactly the exports map', () => {
    expect(typedocConfig.entryPoints).toEqual(shipped.map((name) => `src/${name}.ts`));
  });

  it('tsup builds exactly the exports map (plus the worker thread of lerkit/node, without types)', () => {
    const [library] = tsupConfig as unknown as {
      entry: Record<string, string>;
      dts: { entry: Record<string, string> };
    }[];
    const exported = Object.fromEntries(shipped.map((name) => [name, `src/${name}.ts`]));
    expect(library?.entry).toEqual({ ...exported, 'node/worker': 'src/node/worker.ts' });
    expect(library?.dts.entry).toEqual(exported);
  });

  it('typesVersions (for node10 resolution) lists every subpath but the root', () => {
    expect(pkg.typesVersions).toEqual({
      '*': Object.fromEntries(
        shipped
          .filter((name) => name !== 'index')
          .map((name) => [name.replace(/\/index$/, ''), [`./dist/${name}.d.ts`]]),
      ),
    });
  });
});
