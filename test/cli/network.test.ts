// --allow-network fetches through the safe fetcher: nothing without the flag; with it, loopback
// (like every private address) and plain http are refused; and a real fetch happens when a test
// opens the documented-unsafe LERKIT_UNSAFE_ALLOW_LOOPBACK hatch and trusts the test server's
// self-signed certificate (NODE_EXTRA_CA_CERTS).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/spec.js';
import { type LocalServer, startServer, testCertificate } from '../node/servers.js';
import { runCli } from './run-cli.js';

const NOW = ['--now', '2025-06-01T00:00:00Z'];
const SCHEMA = { $schema: 'https://json-schema.org/draft/2019-09/schema', type: 'object' };

let dir: string;
let https: LocalServer;
let http: LocalServer;
let caFile: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lerkit-net-'));
  caFile = join(dir, 'ca.pem');
  writeFileSync(caFile, (await testCertificate()).cert);
  const serve: Parameters<typeof startServer>[0] = (_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify(SCHEMA));
  };
  https = await startServer(serve, true);
  http = await startServer(serve);
});
afterAll(async () => {
  await https?.close();
  await http?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A signed badge whose credentialSchema points at `url` (not covered by the proof check here). */
function badgeWithSchema(name: string, url: string): string {
  const fixture = JSON.parse(
    readFileSync(join(REPO_ROOT, 'fixtures', 'verify', 'valid-eddsa-rdfc-2022.json'), 'utf8'),
  );
  const file = join(dir, name);
  writeFileSync(
    file,
    JSON.stringify({
      ...fixture.input,
      credentialSchema: [{ id: url, type: '1EdTechJsonSchemaValidator2019' }],
    }),
  );
  return file;
}

type Found = { check: string; code: string; message: string };

/** The findings of `lerkit verify --format json` on one file. */
async function checks(file: string, flags: string[], env: NodeJS.ProcessEnv = {}) {
  const result = await runCli(['verify', file, ...NOW, '--format', 'json', ...flags], env);
  const output = JSON.parse(result.stdout) as { results: { report: { findings: Found[] } }[] };
  return output.results[0]?.report.findings ?? [];
}

const unreadable = (list: Found[]) => list.find((f) => f.code === 'CREDENTIAL_SCHEMA_UNREADABLE');
const TEST_ENV = () => ({ LERKIT_UNSAFE_ALLOW_LOOPBACK: '1', NODE_EXTRA_CA_CERTS: caFile });

describe('--allow-network', () => {
  it('fetches nothing without the flag', async () => {
    const file = badgeWithSchema('offline.json', `${https.origin}/schema.json`);
    expect(unreadable(await checks(file, [], TEST_ENV()))).toBeDefined();
    expect(https.requests).toEqual([]);
  });

  it('refuses loopback (as any private address) with the flag alone', async () => {
    const file = badgeWithSchema('loopback.json', `${https.origin}/schema.json`);
    const check = unreadable(
      await checks(file, ['--allow-network'], { NODE_EXTRA_CA_CERTS: caFile }),
    );
    expect(check?.message).toMatch(/127\.0\.0\.1 is a loopback address/);
    expect(https.requests).toEqual([]);
  });

  it('refuses plain http, even with the loopback hatch open', async () => {
    const file = badgeWithSchema('http.json', `${http.origin}/schema.json`);
    const check = unreadable(await checks(file, ['--allow-network'], TEST_ENV()));
    expect(check?.message).toMatch(/the scheme http: is not allowed/);
    expect(http.requests).toEqual([]);
  });

  it('fetches the schema over https when the test hatch is open', async () => {
    const file = badgeWithSchema('fetched.json', `${https.origin}/schema.json`);
    const list = await checks(file, ['--allow-network'], TEST_ENV());
    expect(unreadable(list)).toBeUndefined();
    expect(https.requests).toEqual(['/schema.json']);
  });
});
