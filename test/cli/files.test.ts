// The CLI and the files it is given: --resources entries stay inside the map's folder (or
// --resources-root), symlinks resolved; errors about a file never print its contents; keygen never
// overwrites a key without --force, and with it writes a fresh 0600 file.
import {
  chmodSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCredential } from '../../src/cli/credential-file.js';
import { loadResources, readJson } from '../../src/cli/inputs.js';
import { REPO_ROOT } from '../helpers/spec.js';
import { type CliResult, runCli } from './run-cli.js';

const NOW = ['--now', '2025-06-01T00:00:00Z'];
const DID_WEB = 'fixtures/cli/resources/valid-did-web.json';
const DOCUMENTS = join(REPO_ROOT, 'fixtures', 'cli', 'documents');
const SECRET = 'SECRET-d-Zm9vYmFy';

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'lerkit-files-'));
});
afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** A folder `root` with `docs/` (the fixture documents) and `maps/`; returns their paths. */
function layout(name: string) {
  const root = join(tmp, name);
  const docs = join(root, 'docs');
  const maps = join(root, 'maps');
  cpSync(DOCUMENTS, docs, { recursive: true });
  mkdirSync(maps);
  return { root, docs, maps };
}

function writeMap(file: string, entries: Record<string, string>) {
  writeFileSync(file, JSON.stringify(entries));
  return file;
}

const DID_URL = 'https://example.edu/.well-known/did.json';

function expectUsageError(result: CliResult, message: RegExp) {
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(/^lerkit: [^\n]+\n$/);
  expect(result.stderr).toMatch(message);
}

/** The CliError message loadResources fails with. */
async function refusal(map: string, root?: string): Promise<string> {
  const error = await loadResources(map, root).then(
    () => undefined,
    (caught: Error) => caught,
  );
  expect(error?.name).toBe('CliError');
  return error?.message ?? '';
}

describe('--resources stays inside its folder', () => {
  it('an entry inside the map folder is read; a ../ that comes back inside too', async () => {
    const { docs } = layout('inside');
    const map = writeMap(join(docs, 'own-map.json'), {
      [DID_URL]: './well-known-did-json.json',
      'https://example.edu/status/1': '../docs/./status-1.json',
    });
    const resources = await loadResources(map);
    expect(Object.keys(resources)).toEqual([DID_URL, 'https://example.edu/status/1']);
    expect((resources[DID_URL] as { id: string }).id).toBe('did:web:example.edu');
  });

  it('a ../ entry escaping the folder is refused', async () => {
    const { maps } = layout('dotdot');
    const map = writeMap(join(maps, 'map.json'), { [DID_URL]: '../docs/well-known-did-json.json' });
    expect(await refusal(map)).toBe(
      `${map}: "${DID_URL}" maps to ../docs/well-known-did-json.json, which is outside the map's folder`,
    );
  });

  it('an absolute path is refused without --resources-root, even one inside the folder', async () => {
    const { docs } = layout('absolute');
    const map = writeMap(join(docs, 'map.json'), {
      [DID_URL]: join(docs, 'well-known-did-json.json'),
    });
    expect(await refusal(map)).toMatch(/maps to an absolute path; .*--resources-root/);
  });

  it('a symlink inside the folder that points outside it is refused', async () => {
    const { docs, maps } = layout('symlink');
    symlinkSync(join(docs, 'well-known-did-json.json'), join(maps, 'did.json'));
    const map = writeMap(join(maps, 'map.json'), { [DID_URL]: 'did.json' });
    expect(await refusal(map)).toMatch(/maps to did\.json, which is outside the map's folder/);
  });

  it('--resources-root widens the boundary: ../, absolute paths and symlinks inside the root', async () => {
    const { root, docs, maps } = layout('rooted');
    symlinkSync(join(docs, 'status-1.json'), join(maps, 'status.json'));
    const map = writeMap(join(maps, 'map.json'), {
      [DID_URL]: '../docs/well-known-did-json.json',
      'https://example.edu/status/1': 'status.json',
      'https://example.edu/status/2021': join(docs, 'status-2021.json'),
    });
    expect(Object.keys(await loadResources(map, root))).toHaveLength(3);
  });

  it('with --resources-root, entries outside the root are still refused (../, absolute, symlink)', async () => {
    const { root, maps } = layout('rooted-escape');
    const outside = join(tmp, 'outside.json');
    writeFileSync(outside, '{}');
    symlinkSync(outside, join(maps, 'link.json'));
    for (const entry of ['../../outside.json', outside, 'link.json']) {
      const map = writeMap(join(maps, 'map.json'), { [DID_URL]: entry });
      expect(await refusal(map, root)).toMatch(/which is outside --resources-root/);
    }
  });

  it('a missing file or root is an I/O error naming the path', async () => {
    const { maps } = layout('missing');
    const map = writeMap(join(maps, 'map.json'), { [DID_URL]: 'gone.json' });
    expect(await refusal(map)).toMatch(/cannot read .*gone\.json: ENOENT/);
    expect(await refusal(map, join(tmp, 'no-root'))).toMatch(
      /cannot read --resources-root: ENOENT/,
    );
  });

  it('end to end: the CLI exits 2 on an escaping entry and verifies with --resources-root', async () => {
    const { root, maps } = layout('cli');
    const map = writeMap(join(maps, 'map.json'), { [DID_URL]: '../docs/well-known-did-json.json' });
    expectUsageError(
      await runCli(['verify', DID_WEB, '--resources', map, ...NOW]),
      /which is outside the map's folder/,
    );
    const result = await runCli([
      'verify',
      DID_WEB,
      '--resources',
      map,
      '--resources-root',
      root,
      ...NOW,
    ]);
    expect(result.code).toBe(0);
    expectUsageError(
      await runCli(['verify', DID_WEB, '--resources-root', root]),
      /--resources-root needs --resources/,
    );
  });
});

describe('errors never print a file', () => {
  const secretFile = (name: string, text = `{"kty": "OKP", "d": ${SECRET}}`) => {
    const file = join(tmp, name);
    writeFileSync(file, text);
    return file;
  };
  const message = (pending: Promise<unknown>) =>
    pending.then(
      () => '',
      (error: Error) => error.message,
    );

  it('a JSON file (resources map, resource, key): line and column, no contents', async () => {
    const text = await message(readJson(secretFile('map-bad.json')));
    expect(text).toMatch(
      /map-bad\.json is not valid JSON at line 1 column 21 \(unexpected character\)$/,
    );
    expect(text).not.toContain(SECRET);
    const multiline = await message(
      readJson(secretFile('doc.json', `{\n  "a": 1,\n  ${SECRET}\n}`)),
    );
    expect(multiline).toMatch(/doc\.json is not valid JSON at line 3 column 3/);
    const resource = join(tmp, 'bad-resource');
    mkdirSync(resource);
    writeFileSync(join(resource, 'doc.json'), SECRET);
    const map = writeMap(join(resource, 'map.json'), { [DID_URL]: 'doc.json' });
    const loaded = await message(loadResources(map));
    expect(loaded).toMatch(/doc\.json is not valid JSON at line 1 column 1/);
    expect(loaded).not.toContain(SECRET);
  });

  it('a credential file (sign, bake, inspect, extract read it so)', async () => {
    const text = await message(readCredential(secretFile('cred.json')));
    expect(text).toMatch(/cred\.json is not valid JSON at line 1 column 21/);
    expect(text).not.toContain(SECRET);
  });

  it('end to end: inspect, sign --key and verify print no contents', async () => {
    const inspect = await runCli(['inspect', secretFile('inspect.json')]);
    expectUsageError(inspect, /inspect\.json is not valid JSON at line 1 column 21/);
    const sign = await runCli([
      'sign',
      'fixtures/cli/valid/valid-eddsa-rdfc-2022.json',
      '--key',
      secretFile('key-bad.json'),
    ]);
    expectUsageError(sign, /cannot use key .*neither JSON nor PEM/);
    const verify = await runCli(['verify', secretFile('verify-bad.json'), '--format', 'json']);
    expect(verify.code).toBe(1);
    expect(verify.stdout).toContain('not valid JSON at line 1 column 21');
    for (const result of [inspect, sign, verify]) {
      expect(result.stdout + result.stderr).not.toContain(SECRET);
      expect(result.stdout + result.stderr).not.toContain('"kty"');
    }
  });
});

describe('keygen and existing files', () => {
  it('refuses to overwrite a key file without --force, and leaves it as it was', async () => {
    const key = join(tmp, 'existing.key.json');
    writeFileSync(key, 'old key');
    const result = await runCli(['keygen', '--output', key]);
    expectUsageError(
      result,
      /existing\.key\.json exists; keygen does not overwrite a key without --force/,
    );
    expect(readFileSync(key, 'utf8')).toBe('old key');
  });

  it('--force replaces it with a new file of mode 0600, whatever the old mode was', async () => {
    const key = join(tmp, 'forced.key.json');
    writeFileSync(key, 'old key');
    chmodSync(key, 0o644);
    const result = await runCli(['keygen', '--output', key, '--force']);
    expect(result).toMatchObject({ code: 0, stdout: '' });
    expect(statSync(key).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(key, 'utf8')).controller).toMatch(/^did:key:z6Mk/);
  });

  it('a new key file is created with mode 0600', async () => {
    const key = join(tmp, 'new.key.json');
    expect((await runCli(['keygen', '--output', key])).code).toBe(0);
    expect(statSync(key).mode & 0o777).toBe(0o600);
  });

  it('did:web: an existing did.json is not overwritten either, and nothing is written', async () => {
    const dir = join(tmp, 'web-existing');
    mkdirSync(dir);
    writeFileSync(join(dir, 'did.json'), 'published');
    const key = join(dir, 'issuer.json');
    const result = await runCli(['keygen', '--did', 'web:issuer.example', '--output', key]);
    expectUsageError(result, /did\.json exists/);
    expect(() => statSync(key)).toThrow();
    expect(readFileSync(join(dir, 'did.json'), 'utf8')).toBe('published');
    expect(
      (await runCli(['keygen', '--did', 'web:issuer.example', '-o', key, '--force'])).code,
    ).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'did.json'), 'utf8')).id).toBe(
      'did:web:issuer.example',
    );
  });
});
