// The issuer side of status lists: create a list, allocate entries at random (never twice), revoke,
// suspend, reinstate, re-sign — and verify() agrees at every step.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isLerkitError } from '../../src/errors/index.js';
import * as root from '../../src/index.js';
import { generateKeyPair, type KeyPair, sign } from '../../src/proof/index.js';
import {
  allocateStatusEntries,
  allocateStatusEntry,
  type BitstringStatusListCredential,
  createRevocationList,
  createStatusList,
  decodeStatusList,
  encodeStatusList,
  readRevocationListEntry,
  readStatusEntry,
  readStatusList,
  reinstateInRevocationList,
  reinstateStatusEntry,
  revocationListEntry,
  revokeInRevocationList,
  revokeStatusEntry,
  type StatusListAllocation,
  setStatusEntries,
  signStatusList,
  suspendStatusEntry,
} from '../../src/status/index.js';
import { verify } from '../../src/verify/index.js';
import { testKey, unsignedBadge } from '../helpers/credentials.js';
import { checkOf } from '../helpers/report.js';

const NOW = new Date('2025-06-01T00:00:00Z');
const REVOCATIONS = 'https://example.edu/status/revocation/1';
const SUSPENSIONS = 'https://example.edu/status/suspension/1';
const clock = () => new Date('2025-01-01T00:00:00Z');

async function lists(key: KeyPair) {
  const revocation = await createStatusList({
    id: REVOCATIONS,
    issuer: key.controller,
    now: clock,
  });
  const suspension = await createStatusList({
    id: SUSPENSIONS,
    issuer: key.controller,
    statusPurpose: 'suspension',
    now: clock,
  });
  return { revocation, suspension };
}

async function issue(key: KeyPair, credentialStatus: unknown) {
  return sign({ ...unsignedBadge(key.controller), credentialStatus }, { key, created: clock() });
}

const signed = (list: BitstringStatusListCredential, key: KeyPair) =>
  signStatusList(list, { key, created: clock() });

async function statusAfter(
  badge: object,
  published: Record<string, BitstringStatusListCredential>,
): Promise<{ verified: boolean; outcome?: string; codes: string[] }> {
  const report = await verify(badge, { now: NOW, resources: published });
  const status = checkOf(report, 'status');
  return {
    verified: report.verified,
    ...(status ? { outcome: status.outcome } : {}),
    codes: status?.codes ?? [],
  };
}

describe('a full cycle through the API', () => {
  // OB 3.0's schema allows one credentialStatus per credential: one badge on a revocation list,
  // another on a suspension list.
  it('issues with an allocated entry, revokes, and reinstates; verify agrees each time', async () => {
    const key = await testKey();
    const { revocation } = await lists(key);
    const r = allocateStatusEntry(revocation.allocation);
    expect(r.credentialStatus).toEqual({
      id: `${REVOCATIONS}#${r.index}`,
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: String(r.index),
      statusListCredential: REVOCATIONS,
    });
    const badge = await issue(key, r.credentialStatus);
    let list = await signed(revocation.credential, key);
    const now = async () => statusAfter(badge, { [REVOCATIONS]: list });
    expect(await now()).toEqual({ verified: true, outcome: 'pass', codes: [] });

    list = await signed(await revokeStatusEntry(list, badge), key);
    expect(await now()).toEqual({ verified: false, outcome: 'error', codes: ['STATUS_REVOKED'] });
    expect(await readStatusEntry(list, badge)).toEqual({
      index: r.index,
      statusPurpose: 'revocation',
      value: 1,
      set: true,
    });
    // Reinstating a revocation needs undoRevocation: the spec calls revocation final.
    await expect(reinstateStatusEntry(list, badge)).rejects.toMatchObject({
      code: 'ERR_LERKIT_INVALID_ARGUMENT',
      field: 'undoRevocation',
    });
    list = await signed(await reinstateStatusEntry(list, badge, { undoRevocation: true }), key);
    expect(await now()).toEqual({ verified: true, outcome: 'pass', codes: [] });
    expect((await readStatusList(list)).set).toEqual([]);
  });

  it('issues with an allocated entry, suspends, and reinstates; verify agrees each time', async () => {
    const key = await testKey();
    const { suspension } = await lists(key);
    const s = allocateStatusEntry(suspension.allocation);
    const badge = await issue(key, s.credentialStatus);
    let list = await signed(suspension.credential, key);
    const now = async () => statusAfter(badge, { [SUSPENSIONS]: list });
    expect(await now()).toEqual({ verified: true, outcome: 'pass', codes: [] });
    list = await signed(await suspendStatusEntry(list, badge), key);
    expect(await now()).toEqual({ verified: false, outcome: 'error', codes: ['STATUS_SUSPENDED'] });
    expect(await readStatusEntry(list, s.index)).toMatchObject({ set: true });
    list = await signed(await reinstateStatusEntry(list, badge), key);
    expect(await now()).toEqual({ verified: true, outcome: 'pass', codes: [] });
  });

  it('changes only the credential’s own entry, and leaves the input list alone', async () => {
    const key = await testKey();
    const { revocation } = await lists(key);
    const { allocation, entries } = allocateStatusEntries(revocation.allocation, 3);
    expect(allocation.allocated).toBe(3);
    const [a, b, c] = await Promise.all(entries.map((e) => issue(key, e.credentialStatus)));
    const before = structuredClone(revocation.credential);
    const updated = await revokeStatusEntry(revocation.credential, b as object);
    expect(revocation.credential).toEqual(before);
    expect(updated.proof).toBeUndefined();
    const published = { [REVOCATIONS]: await signed(updated, key) };
    expect((await statusAfter(a as object, published)).verified).toBe(true);
    expect((await statusAfter(b as object, published)).codes).toEqual(['STATUS_REVOKED']);
    expect((await statusAfter(c as object, published)).verified).toBe(true);
    expect((await readStatusList(updated)).set).toEqual([{ index: entries[1]?.index, value: 1 }]);
  });

  it('signs only with the list issuer’s key, and can move the validity dates', async () => {
    const key = await testKey();
    const other = await testKey(8);
    const { revocation } = await lists(key);
    await expect(signStatusList(revocation.credential, { key: other })).rejects.toMatchObject({
      code: 'ERR_LERKIT_ISSUER_KEY_MISMATCH',
    });
    const list = await signStatusList(revocation.credential, {
      key,
      validFrom: '2025-05-01T00:00:00Z',
      validUntil: '2025-05-31T00:00:00Z',
    });
    expect(list).toMatchObject({
      validFrom: '2025-05-01T00:00:00Z',
      validUntil: '2025-05-31T00:00:00Z',
    });
    const badge = await issue(key, allocateStatusEntry(revocation.allocation).credentialStatus);
    // Expired on NOW: verifiers refuse it, so an issuer must re-sign before validUntil.
    expect((await statusAfter(badge, { [REVOCATIONS]: list })).codes).toEqual([
      'STATUS_LIST_INVALID',
    ]);
    const renewed = await signStatusList(list, { key, validFrom: NOW, validUntil: null });
    expect(renewed.validUntil).toBeUndefined();
    expect((await statusAfter(badge, { [REVOCATIONS]: renewed })).verified).toBe(true);
  });
});

describe('allocation', () => {
  it('never reuses an index across 10,000 allocations, each stored and read back as JSON', async () => {
    const key = await testKey();
    let { allocation } = (await lists(key)).revocation;
    const indexes: number[] = [];
    for (let i = 0; i < 10_000; i++) {
      const next = allocateStatusEntry(
        JSON.parse(JSON.stringify(allocation)) as StatusListAllocation,
      );
      indexes.push(next.index);
      allocation = next.allocation;
    }
    const seen = new Set(indexes);
    expect(seen.size).toBe(10_000);
    expect(indexes.every((index) => Number.isInteger(index) && index >= 0 && index < 131_072)).toBe(
      true,
    );
    expect(allocation.allocated).toBe(10_000);
    expect(seen.size).toBe(10_000);
    // Random, not sequential: the indexes spread over the whole list.
    const quarters = [0, 0, 0, 0];
    for (const index of seen) (quarters[Math.floor(index / 32_768)] as number)++;
    for (const count of quarters) expect(count).toBeGreaterThan(2000);
  });

  it('hands out every entry of a list exactly once, then says the list is full', async () => {
    const { allocation } = await createStatusList({
      id: REVOCATIONS,
      issuer: 'did:example:issuer',
      statusPurpose: 'message',
      statusSize: 4,
      length: 32_768,
      statusMessages: Array.from({ length: 16 }, (_, i) => `value ${i}`),
    });
    const { allocation: full, entries } = allocateStatusEntries(allocation, 32_768);
    expect(new Set(entries.map((e) => e.index)).size).toBe(32_768);
    expect(Math.max(...entries.map((e) => e.index))).toBe(32_767);
    let thrown: unknown;
    try {
      allocateStatusEntry(full);
    } catch (error) {
      thrown = error;
    }
    expect(isLerkitError(thrown, 'ERR_LERKIT_STATUS_LIST_FULL')).toBe(true);
    expect((thrown as { statusListCredential: string }).statusListCredential).toBe(REVOCATIONS);
  });

  it('gives distinct in-range indexes whatever the random source says (property)', async () => {
    const { allocation } = await createStatusList({
      id: REVOCATIONS,
      issuer: 'did:example:issuer',
    });
    await fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), { minLength: 1 }),
        fc.integer({ min: 1, max: 300 }),
        (draws, count) => {
          let i = 0;
          const random = (bound: number) =>
            Math.floor((draws[i++ % draws.length] as number) * bound);
          const { entries } = allocateStatusEntries(allocation, count, { random });
          const indexes = entries.map((e) => e.index);
          expect(new Set(indexes).size).toBe(count);
          for (const index of indexes) expect(index >= 0 && index < 131_072).toBe(true);
        },
      ),
      { seed: 17, numRuns: 100 },
    );
  });

  it('refuses a state that was corrupted, rather than hand an entry out twice', async () => {
    const { allocation } = await createStatusList({
      id: REVOCATIONS,
      issuer: 'did:example:issuer',
    });
    const { allocation: one } = allocateStatusEntry(allocation);
    for (const broken of [
      { ...one, allocated: 0 },
      { ...one, used: allocation.used.slice(4) },
      { ...one, used: '!!' },
      { ...one, version: 2 },
      { ...one, statusSize: 9 },
      null,
    ]) {
      expect(() => allocateStatusEntry(broken as StatusListAllocation)).toThrow(
        expect.objectContaining({ code: 'ERR_LERKIT_INVALID_ARGUMENT', field: 'allocation' }),
      );
    }
    expect(() => allocateStatusEntries(allocation, 0)).toThrow(/count must be a positive integer/);
    expect(() => allocateStatusEntry(allocation, { random: () => 131_072 })).toThrow(/random\(/);
  });
});

describe('message lists', () => {
  const messages = ['pending review', 'accepted', 'rejected', 'withdrawn'];

  it('carry statusSize and statusMessage in every entry, and read back the message', async () => {
    const key = await testKey();
    const url = 'https://example.edu/status/messages';
    const { credential, allocation } = await createStatusList({
      id: url,
      issuer: key.controller,
      statusPurpose: 'message',
      statusSize: 2,
      statusMessages: messages,
      statusReference: 'https://example.edu/status/meanings',
      now: clock,
    });
    const { credentialStatus } = allocateStatusEntry(allocation);
    expect(credentialStatus).toMatchObject({
      statusPurpose: 'message',
      statusSize: 2,
      statusMessage: [
        { status: '0x0', message: 'pending review' },
        { status: '0x1', message: 'accepted' },
        { status: '0x2', message: 'rejected' },
        { status: '0x3', message: 'withdrawn' },
      ],
      statusReference: 'https://example.edu/status/meanings',
    });
    const badge = await issue(key, credentialStatus);
    const updated = await setStatusEntries(credential, [{ target: badge, value: 2 }]);
    expect(await readStatusEntry(updated, badge)).toMatchObject({ value: 2, message: 'rejected' });
    const report = await verify(badge, {
      now: NOW,
      resources: { [url]: await signed(updated, key) },
    });
    expect(checkOf(report, 'status')).toMatchObject({ code: 'STATUS_PURPOSE_UNKNOWN' });
    expect(checkOf(report, 'status')?.message).toContain('value 2');
  });

  it('round-trip any value at any index (property)', async () => {
    const { credential } = await createStatusList({
      id: REVOCATIONS,
      issuer: 'did:example:issuer',
      statusPurpose: 'message',
      statusSize: 3,
      statusMessages: Array.from({ length: 8 }, (_, i) => `m${i}`),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.integer({ min: 0, max: 131_071 }), { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 0, max: 7 }),
        async (indexes, value) => {
          const changes = indexes.map((target) => ({ target, value }));
          const updated = await setStatusEntries(credential, changes, { statusSize: 3 });
          for (const index of indexes) {
            expect((await readStatusEntry(updated, index, { statusSize: 3 })).value).toBe(value);
          }
          const { set } = await readStatusList(updated, { statusSize: 3 });
          expect(set.map((s) => s.index)).toEqual(
            value === 0 ? [] : [...indexes].sort((a, b) => a - b),
          );
        },
      ),
      { seed: 17, numRuns: 30 },
    );
  });
});

describe('misuse is a typed error naming what is wrong', () => {
  it.each<[string, Parameters<typeof createStatusList>[0], string]>([
    ['an http list URL', { id: 'http://example.edu/s', issuer: 'did:example:1' }, 'id'],
    ['no issuer', { id: REVOCATIONS, issuer: '' }, 'issuer'],
    ['a short list', { id: REVOCATIONS, issuer: 'did:example:1', length: 1000 }, 'length'],
    [
      'a wide revocation entry',
      { id: REVOCATIONS, issuer: 'did:example:1', statusSize: 2 },
      'statusSize',
    ],
    [
      'too few messages',
      {
        id: REVOCATIONS,
        issuer: 'did:example:1',
        statusPurpose: 'message',
        statusSize: 2,
        statusMessages: ['a'],
      },
      'statusMessages',
    ],
    [
      'messages out of order',
      {
        id: REVOCATIONS,
        issuer: 'did:example:1',
        statusPurpose: 'message',
        statusMessages: [
          { status: '0x1', message: 'b' },
          { status: '0x0', message: 'a' },
        ],
      },
      'statusMessages[0]',
    ],
    [
      'an end before the start',
      {
        id: REVOCATIONS,
        issuer: 'did:example:1',
        validFrom: '2025-01-02T00:00:00Z',
        validUntil: '2025-01-01T00:00:00Z',
      },
      'validUntil',
    ],
  ])('createStatusList refuses %s', async (_, options, field) => {
    await expect(createStatusList(options)).rejects.toMatchObject({
      code: 'ERR_LERKIT_INVALID_ARGUMENT',
      field,
    });
  });

  it('refuses entries of another list, of another purpose, or outside the list', async () => {
    const key = await testKey();
    const { revocation, suspension } = await lists(key);
    const suspended = allocateStatusEntry(suspension.allocation).credentialStatus;
    const foreign = {
      ...allocateStatusEntry(revocation.allocation).credentialStatus,
      statusListCredential: SUSPENSIONS,
    };
    await expect(revokeStatusEntry(revocation.credential, suspended)).rejects.toThrow(
      /belongs to the list/,
    );
    await expect(revokeStatusEntry(suspension.credential, suspended)).rejects.toThrow(
      /Cannot revoke in a suspension list/,
    );
    await expect(suspendStatusEntry(revocation.credential, 5)).rejects.toThrow(
      /Cannot suspend in a revocation list/,
    );
    await expect(revokeStatusEntry(revocation.credential, foreign)).rejects.toThrow(
      /belongs to the list/,
    );
    await expect(revokeStatusEntry(revocation.credential, 131_072)).rejects.toMatchObject({
      field: 'index',
    });
    await expect(
      revokeStatusEntry(revocation.credential, { credentialStatus: [] }),
    ).rejects.toThrow(/no credentialStatus entry/);
    await expect(
      revokeStatusEntry(
        { ...revocation.credential, credentialSubject: { encodedList: 'x' } } as never,
        1,
      ),
    ).rejects.toMatchObject({ field: 'list' });
  });
});

describe('decodeStatusList', () => {
  it('is exported beside encodeStatusList, from lerkit and lerkit/status', async () => {
    expect(root.decodeStatusList).toBe(decodeStatusList);
    expect(root.encodeStatusList).toBe(encodeStatusList);
    const bits = await decodeStatusList(await encodeStatusList({ set: [0, 131_071] }));
    expect(bits.length).toBe(16_384);
    expect([bits[0], bits[16_383]]).toEqual([0x80, 0x01]);
  });

  it('refuses what is not a list with a typed error', async () => {
    for (const bad of ['not base64!', 'uAAAA', 'AAAA']) {
      await expect(decodeStatusList(bad)).rejects.toMatchObject({
        code: 'ERR_LERKIT_INVALID_ARGUMENT',
        field: 'encodedList',
      });
    }
    const plain = (await encodeStatusList({ multibase: false })) as string;
    await expect(decodeStatusList(plain, { multibase: 'required' })).rejects.toThrow(/multibase/);
    expect((await decodeStatusList(plain)).length).toBe(16_384);
  });
});

describe('1EdTech revocation lists', () => {
  const URL = 'https://example.edu/revocations';
  const EXTENSIONS = 'https://purl.imsglobal.org/spec/ob/v3p0/extensions.json';

  it('go through the same cycle: issue, verify, revoke with a reason, reinstate', async () => {
    const key = await testKey();
    let list = createRevocationList({ id: URL, issuer: key.controller });
    const unsigned = unsignedBadge(key.controller);
    const badge = await sign(
      {
        ...unsigned,
        '@context': [...(unsigned['@context'] as string[]), EXTENSIONS],
        credentialStatus: revocationListEntry(list),
      },
      { key, created: clock() },
    );
    const check = async () => {
      const report = await verify(badge, { now: NOW, resources: { [URL]: list } });
      return { verified: report.verified, status: checkOf(report, 'status') };
    };
    expect((await check()).verified).toBe(true);
    list = revokeInRevocationList(list, badge, { reason: 'Issued in error' });
    expect(readRevocationListEntry(list, badge)).toEqual({
      revoked: true,
      reason: 'Issued in error',
    });
    const revoked = await check();
    expect(revoked).toMatchObject({ verified: false, status: { code: 'STATUS_REVOKED' } });
    expect(revoked.status?.message).toContain('Issued in error');
    expect(() => reinstateInRevocationList(list, badge)).toThrow(/undoRevocation/);
    list = reinstateInRevocationList(list, badge, { undoRevocation: true });
    expect(readRevocationListEntry(list, badge.id as string)).toEqual({ revoked: false });
    expect((await check()).verified).toBe(true);
  });

  it('refuse a credential that points at another list', async () => {
    const list = createRevocationList({ id: URL, issuer: 'did:example:1' });
    const elsewhere = {
      id: 'urn:uuid:1',
      credentialStatus: { id: 'https://other.example/r', type: '1EdTechRevocationList' },
    };
    expect(() => revokeInRevocationList(list, elsewhere)).toThrow(/does not point at/);
    expect(() => createRevocationList({ id: 'ftp://x', issuer: 'did:example:1' })).toThrow(
      /https URL/,
    );
  });
});

it('keeps working with keys from generateKeyPair (P-256 lists sign with ecdsa-rdfc-2019)', async () => {
  const key = await generateKeyPair({ type: 'P-256' });
  const { credential, allocation } = await createStatusList({
    id: REVOCATIONS,
    issuer: key.controller,
    now: clock,
  });
  const list = await signStatusList(credential, { key });
  expect((list.proof as { cryptosuite: string }).cryptosuite).toBe('ecdsa-rdfc-2019');
  const badge = await issue(key, allocateStatusEntry(allocation).credentialStatus);
  expect(await statusAfter(badge, { [REVOCATIONS]: list })).toEqual({
    verified: true,
    outcome: 'pass',
    codes: [],
  });
});
