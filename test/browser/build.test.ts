// The browser build's guards (scripts/build-browser.mjs), without a browser: package `browser` maps
// win over `exports` (the P-256 "Buffer is not defined" bug), a Node builtin or global fails the
// check, and the gzipped verify-only bundle stays under 300 kB.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import {
  browserEntries,
  browserMapPlugin,
  bundleSizes,
  checkBrowserBuild,
} from '../../scripts/build-browser.mjs';
import { REPO_ROOT } from '../helpers/spec.js';

mkdirSync(join(REPO_ROOT, '.tmp'), { recursive: true });
const dir = mkdtempSync(join(REPO_ROOT, '.tmp', 'browser-check-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function entry(name: string, source: string): Record<string, string> {
  const file = join(dir, `${name}.js`);
  writeFileSync(file, source);
  return { [name]: file };
}

describe('the browser build', () => {
  it('has every entry but lerkit/node', () => {
    const names = Object.keys(browserEntries());
    expect(names).toContain('index');
    expect(names).toContain('verify/index');
    expect(names).not.toContain('node/index');
  });

  it("resolves a package's entry reached through `exports` to its browser build", async () => {
    // base64url-universal: `exports` is lib/index.js (Buffer-based), `browser` maps it to
    // lib/browser.js. Without the plugin esbuild picks the Node file.
    const input = entry('b64', "export { encode } from 'base64url-universal';");
    const files = async (plugins: ReturnType<typeof browserMapPlugin>[]) => {
      const result = await build({
        entryPoints: input,
        bundle: true,
        platform: 'browser',
        format: 'esm',
        write: false,
        metafile: true,
        logLevel: 'silent',
        plugins,
      });
      return Object.keys(result.metafile.inputs).filter((f) => f.includes('base64url'));
    };
    expect(await files([])).toContain('node_modules/base64url-universal/lib/index.js');
    const mapped = await files([browserMapPlugin()]);
    expect(mapped).toContain('node_modules/base64url-universal/lib/browser.js');
    expect(mapped).not.toContain('node_modules/base64url-universal/lib/index.js');
  });

  it('is clean: no Node builtin, no Node global', { timeout: 120_000 }, async () => {
    expect(await checkBrowserBuild()).toEqual([]);
  });

  it('fails on a Node builtin, a Node global or an unbundled require', async () => {
    expect(
      await checkBrowserBuild(
        entry('fs', "import { readFileSync } from 'node:fs'; export const r = readFileSync;"),
      ),
    ).toEqual([expect.stringContaining('Node builtin "node:fs"')]);
    expect(
      await checkBrowserBuild(
        entry('buffer', "export const b = (s) => Buffer.from(s).toString('base64');"),
      ),
    ).toEqual([expect.stringMatching(/Node global "Buffer" referenced in .*buffer\.js/)]);
    expect(
      await checkBrowserBuild(entry('proc', 'export const debug = () => process.env.DEBUG;')),
    ).toEqual([expect.stringMatching(/Node global "process"/)]);
    // A local or a property of the same name is not the global.
    expect(
      await checkBrowserBuild(
        entry(
          'local',
          'export const f = (Buffer) => Buffer.length; export const g = (o) => o.process;',
        ),
      ),
    ).toEqual([]);
  });

  it('keeps the gzipped verify-only bundle under 300 kB', { timeout: 180_000 }, async () => {
    const sizes = await bundleSizes();
    const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;
    for (const [name, { eager, total }] of Object.entries(sizes)) {
      console.log(
        `browser bundle ${name}: ${kB(eager.min)} min / ${kB(eager.gzip)} gzip up front; ${kB(total.min)} min / ${kB(total.gzip)} gzip with lazy chunks`,
      );
    }
    // Everything verify can load (schema validators included), minified and gzipped.
    expect(sizes.verify.total.gzip).toBeLessThan(300 * 1024);
    expect(sizes.verify.eager.gzip).toBeLessThan(sizes.verify.total.gzip);
    expect(sizes.lerkit.total.gzip).toBeGreaterThanOrEqual(sizes.verify.total.gzip);
  });
});
