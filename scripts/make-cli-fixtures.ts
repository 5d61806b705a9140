// Regenerates the CLI fixtures from fixtures/verify/*.json (their `input`, verified at
// 2025-06-01): `npx tsx scripts/make-cli-fixtures.ts`. The output is committed; the CLI tests and CI
// recipes use it as it is.
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bake } from 'lerkit';

const here = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'cli');
const verifyFixtures = join(here, '..', 'verify');

interface Fixture {
  input: object | string;
  options: { resources?: Record<string, unknown> };
}

const load = (name: string): Fixture =>
  JSON.parse(readFileSync(join(verifyFixtures, `${name}.json`), 'utf8')) as Fixture;

const write = (file: string, data: string | Uint8Array) => {
  mkdirSync(dirname(join(here, file)), { recursive: true });
  writeFileSync(join(here, file), data);
};

// Writes a fixture's input as a .json credential or a .jwt file.
const credential = (dir: string, name: string) => {
  const { input } = load(name);
  if (typeof input === 'string') write(`${dir}/${name}.jwt`, `${input}\n`);
  else write(`${dir}/${name}.json`, `${JSON.stringify(input, null, 2)}\n`);
};

for (const dir of [
  'valid',
  'invalid',
  'warning',
  'resources',
  'documents',
  'recipient',
  'images',
]) {
  rmSync(join(here, dir), { recursive: true, force: true });
}

for (const name of [
  'valid-eddsa-rdfc-2022',
  'valid-eddsa-jcs-2022',
  'valid-ecdsa-rdfc-2019',
  'valid-Ed25519Signature2020',
  'valid-vc-jwt-EdDSA',
  'valid-vc-jwt-ES256',
  'clr-valid',
]) {
  credential('valid', name);
}
for (const name of ['tampered', 'expired', 'wrong-issuer-key', 'clr-tampered-nested']) {
  credential('invalid', name);
}
for (const name of ['vc-1.1-legacy', 'status-list-unreachable']) credential('warning', name);
credential('recipient', 'recipient-matches');

// Plain images, and the same images with a valid credential baked in.
const svg =
  '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><circle cx="32" cy="32" r="30" fill="#2a6"/></svg>\n';
write('images/badge.svg', svg);
copyFileSync(join(here, '..', 'demo', 'badge.png'), join(here, 'images', 'badge.png'));
const png = new Uint8Array(readFileSync(join(here, 'images', 'badge.png')));
write('valid/baked-eddsa-rdfc-2022.png', bake(png, load('valid-eddsa-rdfc-2022').input));
write('valid/baked-vc-jwt-EdDSA.svg', bake(svg, load('valid-vc-jwt-EdDSA').input));

// Credentials that need documents (DID document, status lists) from a resources map, kept apart
// (documents/) so that the credential directories hold credentials only.
const map: Record<string, string> = {};
for (const name of ['valid-did-web', 'status-bitstring-valid', 'revoked-status-list-2021']) {
  credential('resources', name);
  for (const [url, document] of Object.entries(load(name).options.resources ?? {})) {
    const file = `${new URL(url).pathname.replace(/^\//, '').replace(/[/.]+/g, '-').replace(/^-+/, '')}.json`;
    if (map[url] !== undefined && map[url] !== file) throw new Error(`two documents for ${url}`);
    map[url] = file;
    write(`documents/${file}`, `${JSON.stringify(document, null, 2)}\n`);
  }
}
write('documents/map.json', `${JSON.stringify(map, null, 2)}\n`);
