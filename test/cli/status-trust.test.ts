// `lerkit status` (an issuer's status lists as files) and `lerkit verify --trust`, run in-process
// as cli.test.ts runs the CLI: a full revoke/suspend cycle, and the same badge trusted, not found
// and unknown from local registry files.
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedBadge, unsignedBadge } from '../helpers/credentials.js';
import { REPO_ROOT } from '../helpers/spec.js';
import { lerkit } from './run-cli.js';

const NOW = ['--now', '2025-06-01T00:00:00Z'];
const CREATED = ['--now', '2025-01-01T00:00:00Z'];
const TRUST = join(REPO_ROOT, 'fixtures', 'trust');

interface Report {
  verified: boolean;
  status: string;
  findings: { code: string; severity: string }[];
  issuer?: { id?: string; trust: { status: string } };
}

async function verifyJson(...args: string[]): Promise<{ code: number | null; report: Report }> {
  const result = await lerkit('verify', '--format', 'json', ...args, ...NOW);
  if (!result.stdout) throw new Error(`no output (exit ${result.code}): ${result.stderr}`);
  return { code: result.code, report: JSON.parse(result.stdout).results[0].report };
}

const errors = (report: Report) =>
  report.findings.filter((f) => f.severity === 'error').map((f) => f.code);

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'lerkit-status-'));
});
afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('lerkit status: a full cycle on files', () => {
  // A key and a revocation list for the misuse cases.
  let misuse: string;
  beforeAll(async () => {
    misuse = mkdtempSync(join(tmp, 'misuse-'));
    await lerkit('keygen', '-o', join(misuse, 'key.json'));
    const list = ['status', 'create', join(misuse, 'list.json'), '--id', 'https://x.example/s'];
    expect((await lerkit(...list, '--key', join(misuse, 'key.json'))).code).toBe(0);
  });

  // keygen, a list, an entry, a badge signed with it, and a resources map serving the list.
  async function setup(dir: string, purpose: 'revocation' | 'suspension') {
    const at = (name: string) => join(dir, name);
    expect((await lerkit('keygen', '-o', at('key.json'))).code).toBe(0);
    const url = `https://example.edu/status/${purpose}`;
    const created = await lerkit(
      'status',
      'create',
      at('list.json'),
      '--id',
      url,
      '--purpose',
      purpose,
      '--key',
      at('key.json'),
      ...CREATED,
    );
    // Every write is confirmed on stderr.
    expect(created).toMatchObject({
      code: 0,
      stderr: `wrote ${at('list.allocation.json')}\nwrote ${at('list.json')}\n`,
    });
    expect(created.stdout).toContain(`host it at ${url}`);
    expect(existsSync(at('list.allocation.json'))).toBe(true);
    const allocated = await lerkit('status', 'allocate', at('list.json'));
    expect(allocated.code).toBe(0);
    const credentialStatus = JSON.parse(allocated.stdout);
    expect(credentialStatus).toMatchObject({
      type: 'BitstringStatusListEntry',
      statusPurpose: purpose,
      statusListCredential: url,
    });
    const key = JSON.parse(readFileSync(at('key.json'), 'utf8'));
    writeFileSync(
      at('unsigned.json'),
      JSON.stringify({ ...unsignedBadge(key.controller), credentialStatus }),
    );
    expect(
      (
        await lerkit(
          'sign',
          at('unsigned.json'),
          '--key',
          at('key.json'),
          '-o',
          at('badge.json'),
          '--now',
          '2025-01-01T00:00:00Z',
        )
      ).code,
    ).toBe(0);
    writeFileSync(at('map.json'), JSON.stringify({ [url]: 'list.json' }));
    const verifyBadge = () => verifyJson(at('badge.json'), '--resources', at('map.json'));
    return { at, url, credentialStatus, verifyBadge };
  }

  it('issue with an allocated entry → verifies → revoke → revoked → reinstate → verifies', async () => {
    const dir = mkdtempSync(join(tmp, 'revocation-'));
    const { at, url, credentialStatus, verifyBadge } = await setup(dir, 'revocation');
    expect(await verifyBadge()).toMatchObject({
      code: 0,
      report: { verified: true, status: 'valid' },
    });

    const revoked = await lerkit(
      'status',
      'revoke',
      at('list.json'),
      at('badge.json'),
      '--key',
      at('key.json'),
    );
    expect(revoked.code).toBe(0);
    expect(revoked.stdout).toContain(`publish it at ${url}`);
    const after = await verifyBadge();
    expect(after.code).toBe(1);
    expect(errors(after.report)).toEqual(['STATUS_REVOKED']);
    const shown = await lerkit('status', 'show', at('list.json'), credentialStatus.statusListIndex);
    expect(shown.stdout).toBe(
      `entry ${credentialStatus.statusListIndex} of ${url}: revoked, value 1\n`,
    );

    // Revocation is final unless you say you are correcting a mistake.
    const refused = await lerkit(
      'status',
      'reinstate',
      at('list.json'),
      at('badge.json'),
      '--key',
      at('key.json'),
    );
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(
      /^lerkit: cannot reinstate: Revocation is not reversible.*undoRevocation/,
    );
    const reinstated = await lerkit(
      'status',
      'reinstate',
      at('list.json'),
      at('badge.json'),
      '--key',
      at('key.json'),
      '--undo-revocation',
    );
    expect(reinstated.code).toBe(0);
    expect(await verifyBadge()).toMatchObject({
      code: 0,
      report: { verified: true, status: 'valid' },
    });
  });

  it('issue → verifies → suspend → suspended → reinstate → verifies', async () => {
    const dir = mkdtempSync(join(tmp, 'suspension-'));
    const { at, verifyBadge } = await setup(dir, 'suspension');
    expect((await verifyBadge()).report.verified).toBe(true);
    expect(
      (
        await lerkit(
          'status',
          'suspend',
          at('list.json'),
          at('badge.json'),
          '--key',
          at('key.json'),
        )
      ).code,
    ).toBe(0);
    const suspended = await verifyBadge();
    expect(suspended.code).toBe(1);
    expect(errors(suspended.report)).toEqual(['STATUS_SUSPENDED']);
    expect(
      (
        await lerkit(
          'status',
          'reinstate',
          at('list.json'),
          at('badge.json'),
          '--key',
          at('key.json'),
        )
      ).code,
    ).toBe(0);
    expect(await verifyBadge()).toMatchObject({ code: 0, report: { verified: true } });
    const summary = JSON.parse(
      (await lerkit('status', 'show', at('list.json'), '--format', 'json')).stdout,
    );
    expect(summary).toMatchObject({
      statusPurpose: 'suspension',
      entries: 131_072,
      set: [],
      signed: true,
      allocated: 1,
    });
  });

  it('allocates at random, never twice, and keeps the state beside the list', async () => {
    const dir = mkdtempSync(join(tmp, 'allocate-'));
    const at = (name: string) => join(dir, name);
    await lerkit('keygen', '-o', at('key.json'));
    await lerkit(
      'status',
      'create',
      at('list.json'),
      '--id',
      'https://example.edu/s/1',
      '--key',
      at('key.json'),
    );
    const batch = JSON.parse(
      (await lerkit('status', 'allocate', at('list.json'), '--count', '50')).stdout,
    );
    const single = JSON.parse((await lerkit('status', 'allocate', at('list.json'))).stdout);
    const indexes = [...batch, single].map((e: { statusListIndex: string }) => e.statusListIndex);
    expect(new Set(indexes).size).toBe(51);
    expect(JSON.parse(readFileSync(at('list.allocation.json'), 'utf8')).allocated).toBe(51);
    const text = (await lerkit('status', 'show', at('list.json'))).stdout;
    expect(text).toContain('entries: 131072, revoked: 0');
    expect(text).toContain('allocated: 51');
  });

  it('runs the same cycle on a 1EdTech revocation list', async () => {
    const dir = mkdtempSync(join(tmp, '1edtech-'));
    const at = (name: string) => join(dir, name);
    const url = 'https://example.edu/revocations';
    const { key, credential } = await signedBadge();
    const created = await lerkit(
      'status',
      'create',
      at('list.json'),
      '--list-type',
      '1edtech',
      '--id',
      url,
      '--issuer',
      key.controller,
    );
    expect(created.code).toBe(0);
    expect(JSON.parse((await lerkit('status', 'allocate', at('list.json'))).stdout)).toEqual({
      id: url,
      type: '1EdTechRevocationList',
    });
    const id = credential.id as string;
    const revoked = await lerkit(
      'status',
      'revoke',
      at('list.json'),
      id,
      '--reason',
      'Issued in error',
    );
    expect(revoked.code).toBe(0);
    expect((await lerkit('status', 'show', at('list.json'), id)).stdout).toBe(
      `${id}: revoked (Issued in error)\n`,
    );
    expect((await lerkit('status', 'reinstate', at('list.json'), id)).code).toBe(2);
    expect(
      (await lerkit('status', 'reinstate', at('list.json'), id, '--undo-revocation')).code,
    ).toBe(0);
    expect((await lerkit('status', 'show', at('list.json'), id)).stdout).toBe(
      `${id}: not revoked\n`,
    );
  });

  it.each<[string, (dir: string) => string[], RegExp]>([
    [
      'an unknown action',
      (d) => ['status', 'burn', join(d, 'l.json')],
      /unknown status action "burn"/,
    ],
    [
      'create without --id',
      (d) => ['status', 'create', join(d, 'l.json')],
      /status create needs --id/,
    ],
    [
      'create without --key',
      (d) => ['status', 'create', join(d, 'new.json'), '--id', 'https://x.example/s'],
      /needs --key/,
    ],
    [
      'create over an existing list',
      (d) => [
        'status',
        'create',
        join(d, 'list.json'),
        '--id',
        'https://x.example/s',
        '--key',
        join(d, 'key.json'),
      ],
      /exists: status create never overwrites/,
    ],
    [
      'an http list URL',
      (d) => [
        'status',
        'create',
        join(d, 'new.json'),
        '--id',
        'http://x.example/s',
        '--key',
        join(d, 'key.json'),
      ],
      /cannot create the list: id must be an https URL/,
    ],
    [
      'revoke without an entry',
      (d) => ['status', 'revoke', join(d, 'list.json')],
      /usage: lerkit status revoke <list> <entry>/,
    ],
    [
      'revoke an entry outside the list',
      (d) => ['status', 'revoke', join(d, 'list.json'), '131072', '--key', join(d, 'key.json')],
      /cannot revoke: index 131072 is not an entry/,
    ],
    [
      'suspend in a revocation list',
      (d) => ['status', 'suspend', join(d, 'list.json'), '7', '--key', join(d, 'key.json')],
      /Cannot suspend in a revocation list/,
    ],
    [
      'an entry that is neither',
      (d) => ['status', 'revoke', join(d, 'list.json'), 'nope', '--key', join(d, 'key.json')],
      /neither an index nor a credential file/,
    ],
    [
      'allocate without a state',
      (d) => ['status', 'allocate', join(d, 'list.json'), '--allocation', join(d, 'none.json')],
      /no allocation state/,
    ],
    [
      'a list that is not one',
      (d) => ['status', 'show', join(d, 'key.json')],
      /neither a BitstringStatusListCredential nor a 1EdTech revocation list/,
    ],
    [
      'a status option elsewhere',
      () => ['verify', '--purpose', 'revocation', 'x.json'],
      /--purpose is an option of status/,
    ],
    [
      '--trust with sign',
      () => ['sign', 'x.json', '--key', 'k.json', '--trust', 't.json'],
      /--trust and --require-trusted are options of verify/,
    ],
    [
      '--require-trusted without --trust',
      () => ['verify', '--require-trusted', 'x.json'],
      /--require-trusted needs --trust/,
    ],
  ])('exits 2 with one line for %s', async (_, args, message) => {
    const result = await lerkit(...args(misuse));
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^lerkit: [^\n]+\n$/);
    expect(result.stderr).toMatch(message);
  });
});

describe('lerkit verify --trust', () => {
  let badge: string;
  let map: string;
  beforeAll(async () => {
    const { credential } = await signedBadge();
    badge = join(tmp, 'trusted-badge.json');
    writeFileSync(badge, JSON.stringify(credential));
    map = join(tmp, 'registries-map.json');
    copyFileSync(join(TRUST, 'dcc-registry-broken.json'), join(tmp, 'dcc-registry-broken.json'));
    writeFileSync(
      map,
      JSON.stringify({
        // Relative: --resources confines entries to the map's folder.
        'https://registry.example/registry.json': 'dcc-registry-broken.json',
      }),
    );
  });

  it('shows the same badge trusted, not found and unknown, from local registry files', async () => {
    const trusted = await verifyJson(badge, '--trust', join(TRUST, 'dcc-registry.json'));
    expect(trusted).toMatchObject({
      code: 0,
      report: { status: 'valid', issuer: { trust: { status: 'trusted' } } },
    });
    const notFound = await verifyJson(badge, '--trust', join(TRUST, 'dcc-registry-without.json'));
    expect(notFound).toMatchObject({
      code: 0,
      report: { status: 'warning', issuer: { trust: { status: 'not-found' } } },
    });
    const unreadable = await verifyJson(
      badge,
      '--trust',
      join(TRUST, 'registries.json'),
      '--resources',
      map,
    );
    expect(unreadable).toMatchObject({
      code: 0,
      report: { status: 'warning', issuer: { trust: { status: 'unknown' } } },
    });
    const unreachable = await verifyJson(badge, '--trust', join(TRUST, 'registries.json'));
    expect(unreachable.report.issuer?.trust.status).toBe('unknown');
  });

  it('--require-trusted turns not found and unknown into failures', async () => {
    const require = (trust: string, ...rest: string[]) =>
      verifyJson(badge, '--trust', join(TRUST, trust), '--require-trusted', ...rest);
    expect(await require('dcc-registry.json')).toMatchObject({
      code: 0,
      report: { verified: true },
    });
    expect(await require('trust-list.json')).toMatchObject({ code: 0, report: { verified: true } });
    const notFound = await require('dcc-registry-without.json');
    expect(notFound).toMatchObject({ code: 1, report: { verified: false, status: 'invalid' } });
    expect(errors(notFound.report)).toEqual(['TRUST_NOT_FOUND']);
    for (const unknown of [
      await require('registries.json', '--resources', map),
      await require('registries.json'),
    ]) {
      expect(unknown).toMatchObject({ code: 1, report: { verified: false } });
      expect(errors(unknown.report)).toEqual(['TRUST_UNKNOWN']);
    }
  });

  it('prints a trust line under the verdict in text output', async () => {
    const trusted = await lerkit(
      'verify',
      badge,
      '--trust',
      join(TRUST, 'dcc-registry.json'),
      ...NOW,
    );
    const lines = trusted.stdout.split('\n');
    expect(lines[0]).toBe(`✓ ${badge}  AchievementCredential  valid`);
    expect(lines[1]).toBe(
      '    issuer: did:key:z6MkvDqGT54cXesYGvABpF1UapVNwjCqRcafi4Px6Thv5T3Z “Example University” (did:key, self-certifying: bound to no domain): trusted by Test Issuer Registry as “Example University (registered)”',
    );
    const unknown = await lerkit(
      'verify',
      badge,
      '--trust',
      join(TRUST, 'registries.json'),
      ...NOW,
    );
    expect(unknown.stdout.split('\n')[1]).toMatch(
      /^ {4}issuer: .*: trust unknown: Test Issuer Registry \(hosted\) could not be checked \(.*No document/,
    );
    // Without --trust, no trust line: the output is as before.
    const plain = await lerkit('verify', badge, ...NOW);
    expect(plain.stdout).toBe(
      `✓ ${badge}  AchievementCredential  valid\n1 passed, 0 failed, 0 warnings\n`,
    );
  });

  it('refuses a trust file it cannot read as one', async () => {
    const bad = join(tmp, 'bad-trust.json');
    writeFileSync(bad, JSON.stringify({ issuers: [] }));
    const result = await lerkit('verify', badge, '--trust', bad, ...NOW);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/is not a trust file/);
    writeFileSync(bad, JSON.stringify(['https://example.edu/a/path']));
    const entry = await lerkit('verify', badge, '--trust', bad, ...NOW);
    expect(entry.code).toBe(2);
    expect(entry.stderr).toMatch(
      /trust\[0\]: Trust list entry "https:\/\/example.edu\/a\/path" is not an https origin/,
    );
  });
});
