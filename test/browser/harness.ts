// Shared by the browser tests: find a Chromium, serve folders over local HTTP, build the browser
// bundle once per test file. No network: the server listens on 127.0.0.1, the bundle is built
// from the sources (scripts/build-browser.mjs), the browser is the system's.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { buildBrowser } from '../../scripts/build-browser.mjs';
import { REPO_ROOT } from '../helpers/spec.js';

/** True in CI (`.ci/run` sets LERKIT_CI_CLEAN_FOLDER; most CI services set CI). */
export const IN_CI = Boolean(process.env.CI || process.env.LERKIT_CI_CLEAN_FOLDER);

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/**
 * The Chromium to drive: `LERKIT_CHROMIUM` when set (a path that does not exist means none: no
 * silent fallback to another browser), else a system Chromium or Chrome; undefined if none.
 */
export function findChromium(): string | undefined {
  const chosen = process.env.LERKIT_CHROMIUM;
  if (chosen) return existsSync(chosen) ? chosen : undefined;
  return CANDIDATES.find((path) => existsSync(path));
}

/** The message when no browser is found. */
export const NO_BROWSER =
  'No Chromium found (tried $LERKIT_CHROMIUM, /usr/bin/chromium, google-chrome…): install one ' +
  '(Debian: apt-get install -y chromium; .ci/run does it in CI) or set LERKIT_CHROMIUM';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.css': 'text/css',
};

/** A static HTTP server on 127.0.0.1: URL prefix -> folder (longest prefix wins). */
export async function serve(
  mounts: Record<string, string>,
): Promise<{ url: string; close: () => Promise<void> }> {
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const prefix = prefixes.find((p) => path.startsWith(p));
    if (prefix === undefined) {
      response.writeHead(404).end();
      return;
    }
    const root = resolve(mounts[prefix] as string);
    let file = normalize(join(root, path.slice(prefix.length)));
    if (!file.startsWith(root + sep) && file !== root) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response
      .writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
      .end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/** Builds the browser bundle into a new temporary folder under .tmp/; returns it and a cleanup. */
export async function buildBundle(): Promise<{ dir: string; remove: () => void }> {
  const base = join(REPO_ROOT, '.tmp');
  mkdirSync(base, { recursive: true });
  const dir = mkdtempSync(join(base, 'browser-'));
  await buildBrowser({ outdir: dir });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
