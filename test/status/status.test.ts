// Status methods beyond the fixtures: lists as VC-JWT, foreign issuers, outages, bit order, bombs.
import { describe, expect, it } from 'vitest';
import { createDocumentLoader } from '../../src/context/index.js';
import { generateKeyPair, sign, signJwt } from '../../src/proof/index.js';
import { decodeStatusList, readBits } from '../../src/status/bitstring.js';
import { encodeStatusList } from '../../src/status/index.js';
import { createVerifier, verify } from '../../src/verify/index.js';
import { unsignedBadge } from '../helpers/credentials.js';
import { checkOf } from '../helpers/report.js';

const NOW = new Date('2025-06-01T00:00:00Z');
const URL = 'https://example.edu/status/1';

async function setup(index = 5) {
  const key = await generateKeyPair({ seed: new Uint8Array(32).fill(21) });
  const credential = await sign(
    {
      ...unsignedBadge(key.controller),
      credentialStatus: {
        id: `${URL}#${index}`,
        type: 'BitstringStatusListEntry',
        statusPurpose: 'revocation',
        statusListIndex: String(index),
        statusListCredential: URL,
      },
    },
    { key },
  );
  const list = (issuer = key.controller, extra: object = {}) => ({
    '@context': ['https://www.w3.org/ns/credentials/v2'],
    id: URL,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer,
    validFrom: '2025-01-01T00:00:00Z',
    credentialSubject: {
      id: `${URL}#list`,
      type: 'BitstringStatusList',
      statusPurpose: 'revocation',
    },
    ...extra,
  });
  return { key, credential, list };
}

const statusOf = (report: Awaited<ReturnType<typeof verify>>) => checkOf(report, 'status');

describe('Bitstring Status List', () => {
  it('reads bit 0 as the left-most bit of the first byte', async () => {
    const bits = await decodeStatusList(await encodeStatusList({ set: [0, 9] }), {
      multibase: 'required',
    });
    expect(bits[0]).toBe(0x80);
    expect(bits[1]).toBe(0x40);
    expect([0, 1, 8, 9].map((i) => readBits(bits, i))).toEqual([1, 0, 0, 1]);
  });

  it('refuses a list from another issuer, whatever it says', async () => {
    const { credential, list } = await setup();
    const other = await generateKeyPair({ seed: new Uint8Array(32).fill(22) });
    const foreign = await sign(
      {
        ...list(other.controller),
        credentialSubject: { ...list().credentialSubject, encodedList: await encodeStatusList() },
      },
      { key: other },
    );
    expect(
      statusOf(await verify(credential, { now: NOW, resources: { [URL]: foreign } })),
    ).toMatchObject({
      outcome: 'error',
      code: 'STATUS_LIST_ISSUER_MISMATCH',
    });
  });

  it('honours the exp of a status list secured as a VC-JWT', async () => {
    const { key, credential, list } = await setup();
    const encodedList = await encodeStatusList();
    const jwt = async (validUntil?: string) =>
      signJwt(
        {
          ...list(key.controller, validUntil ? { validUntil } : {}),
          credentialSubject: { ...list().credentialSubject, encodedList },
        },
        { key },
      );
    const loaderFor = (document: string) => {
      const base = createDocumentLoader();
      return async (url: string) =>
        url === URL ? { contextUrl: null, documentUrl: url, document } : base(url);
    };
    const fresh = await verify(credential, { now: NOW, documentLoader: loaderFor(await jwt()) });
    expect(statusOf(fresh)).toMatchObject({ outcome: 'pass' });
    const stale = await verify(credential, {
      now: NOW,
      documentLoader: loaderFor(await jwt('2025-02-01T00:00:00Z')),
    });
    expect(statusOf(stale)).toMatchObject({
      outcome: 'error',
      code: 'STATUS_LIST_INVALID',
    });
    expect(statusOf(stale)?.message).toMatch(/expired/);
  });

  it('retries a list it could not obtain, and reuses one it could', async () => {
    const { key, credential, list } = await setup();
    const signed = await sign(
      {
        ...list(),
        credentialSubject: { ...list().credentialSubject, encodedList: await encodeStatusList() },
      },
      { key },
    );
    let calls = 0;
    let up = false;
    const base = createDocumentLoader();
    const verifier = createVerifier({
      now: NOW,
      documentLoader: async (url) => {
        if (url !== URL) return base(url);
        calls++;
        if (!up) throw new Error('503');
        return { contextUrl: null, documentUrl: url, document: signed };
      },
    });
    expect(statusOf(await verifier.verify(credential))).toMatchObject({
      code: 'STATUS_LIST_UNAVAILABLE',
    });
    up = true;
    expect(statusOf(await verifier.verify(credential))).toMatchObject({ outcome: 'pass' });
    expect(statusOf(await verifier.verify(credential))).toMatchObject({ outcome: 'pass' });
    expect(calls).toBe(2);
  });

  it('stops decompressing a list bomb', async () => {
    const { key, credential, list } = await setup();
    // 64 MiB of zeros gzip to ~64 KiB: well past the 16 MiB cap.
    const zeros = new Blob([new Uint8Array(64 * 1024 * 1024)])
      .stream()
      .pipeThrough(new CompressionStream('gzip'));
    const bomb = `u${Buffer.from(await new Response(zeros).arrayBuffer()).toString('base64url')}`;
    const signed = await sign(
      { ...list(), credentialSubject: { ...list().credentialSubject, encodedList: bomb } },
      { key },
    );
    const report = await verify(credential, { now: NOW, resources: { [URL]: signed } });
    expect(report.verified).toBe(false);
    expect(report.findings).toContainEqual(
      expect.objectContaining({ code: 'LIMITS_STATUS_LIST_SIZE', path: '/credentialStatus' }),
    );
    expect(report.findings.find((f) => f.code === 'LIMITS_STATUS_LIST_SIZE')?.message).toMatch(
      /limits\.statusListDecompressedBytes \(16,777,216\) bytes decompressed/,
    );
  });

  it('refuses lists shorter than 131,072 entries, and unknown status types warn', async () => {
    const { key, credential, list } = await setup();
    const short = await sign(
      {
        ...list(),
        credentialSubject: {
          ...list().credentialSubject,
          encodedList: await encodeStatusList({ length: 1024 }),
        },
      },
      { key },
    );
    expect(
      statusOf(await verify(credential, { now: NOW, resources: { [URL]: short } })),
    ).toMatchObject({
      code: 'STATUS_LIST_INVALID',
    });
    const custom = await sign(
      {
        ...unsignedBadge(key.controller),
        credentialStatus: { id: 'https://example.edu/s', type: 'https://example.edu/ns#Custom' },
      },
      { key },
    );
    expect(statusOf(await verify(custom, { now: NOW }))).toMatchObject({
      outcome: 'warning',
      code: 'STATUS_TYPE_UNKNOWN',
    });
  });
});
