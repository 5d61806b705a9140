// RevocationList2020Status (W3C CCG Revocation List 2020, the predecessor of StatusList2021, still
// used by real Open Badges issuers): verified through the same bitstring path as StatusList2021.
// Entries name revocationListIndex / revocationListCredential; the list is a signed
// RevocationList2020Credential whose RevocationList2020 subject carries the encodedList.
import { describe, expect, it } from 'vitest';
import { createDocumentLoader } from '../../src/context/index.js';
import { generateKeyPair, type KeyPair, sign } from '../../src/proof/index.js';
import { encodeStatusList } from '../../src/status/index.js';
import { verify } from '../../src/verify/index.js';
import { unsignedBadge } from '../helpers/credentials.js';
import { checkOf } from '../helpers/report.js';

const NOW = new Date('2025-06-01T00:00:00Z');
const LIST_URL = 'https://example.edu/revocation-lists/2020/1';
const RL2020_CONTEXT = 'https://w3id.org/vc-revocation-list-2020/v1';
const CREATED = '2025-01-01T00:00:00Z';

async function credentialWith(key: KeyPair, index: number | string = 94) {
  const badge = unsignedBadge(key.controller) as unknown as Record<string, unknown>;
  return sign(
    {
      ...badge,
      '@context': [...(badge['@context'] as string[]), RL2020_CONTEXT],
      credentialStatus: {
        id: `${LIST_URL}#${index}`,
        type: 'RevocationList2020Status',
        revocationListIndex: String(index),
        revocationListCredential: LIST_URL,
      },
    } as Parameters<typeof sign>[0],
    { key, created: CREATED },
  );
}

// An unsigned RevocationList2020Credential (VC 1.1, as the vc-revocation-list library issues them).
async function listOf(
  issuer: string,
  revoked: number[] = [],
  type = 'RevocationList2020Credential',
) {
  return {
    '@context': ['https://www.w3.org/2018/credentials/v1', RL2020_CONTEXT],
    id: LIST_URL,
    type: ['VerifiableCredential', type],
    issuer,
    issuanceDate: '2025-01-01T00:00:00Z',
    credentialSubject: {
      id: `${LIST_URL}#list`,
      type: 'RevocationList2020',
      // RevocationList2020: GZIP, base64url, no multibase prefix (16 KiB, the spec's minimum).
      encodedList: await encodeStatusList({ set: revoked, multibase: false }),
    },
  };
}

async function setup(revoked: number[] = []) {
  const key = await generateKeyPair({ seed: new Uint8Array(32).fill(31) });
  const credential = await credentialWith(key);
  const list = await sign(await listOf(key.controller, revoked), { key, created: CREATED });
  return { key, credential, list };
}

const statusOf = (report: Awaited<ReturnType<typeof verify>>) => checkOf(report, 'status');

describe('RevocationList2020Status', () => {
  it('verifies a credential whose bit is clear (the revocation-list context loads offline)', async () => {
    const { credential, list } = await setup([3, 95]);
    const report = await verify(credential, { now: NOW, resources: { [LIST_URL]: list } });
    expect(report.verified).toBe(true);
    expect(report.status).toBe('valid');
    expect(statusOf(report)).toMatchObject({ outcome: 'pass' });
    expect(statusOf(report)?.message).toMatch(/Not revoked/);
  });

  it('fails a revoked credential with the code StatusList2021 revocation uses', async () => {
    const { credential, list } = await setup([94]);
    const report = await verify(credential, { now: NOW, resources: { [LIST_URL]: list } });
    expect(report.verified).toBe(false);
    expect(statusOf(report)).toMatchObject({
      outcome: 'error',
      code: 'STATUS_REVOKED',
      path: '/credentialStatus',
    });
    expect(statusOf(report)?.message).toContain(`${LIST_URL}, index 94`);
  });

  it('fails a list altered after signing, never "not revoked"', async () => {
    const { credential, list } = await setup([94]);
    const tampered = structuredClone(list) as typeof list;
    tampered.credentialSubject.encodedList = await encodeStatusList({ multibase: false });
    const report = await verify(credential, { now: NOW, resources: { [LIST_URL]: tampered } });
    expect(report.verified).toBe(false);
    expect(statusOf(report)).toMatchObject({ outcome: 'error', code: 'STATUS_LIST_PROOF_INVALID' });
  });

  it('fails an unsigned list', async () => {
    const { key, credential } = await setup();
    const unsigned = await listOf(key.controller, []);
    const report = await verify(credential, { now: NOW, resources: { [LIST_URL]: unsigned } });
    expect(report.verified).toBe(false);
    expect(statusOf(report)).toMatchObject({ outcome: 'error', code: 'STATUS_LIST_UNSIGNED' });
  });

  it('fails a list that is not a RevocationList2020Credential', async () => {
    const { key, credential } = await setup();
    const base = await listOf(key.controller, [], 'StatusList2021Credential');
    const wrong = await sign(
      { ...base, '@context': [...base['@context'], 'https://w3id.org/vc/status-list/2021/v1'] },
      { key, created: CREATED },
    );
    const report = await verify(credential, { now: NOW, resources: { [LIST_URL]: wrong } });
    expect(report.verified).toBe(false);
    expect(statusOf(report)).toMatchObject({ outcome: 'error', code: 'STATUS_LIST_INVALID' });
    expect(statusOf(report)?.message).toMatch(/not a RevocationList2020Credential/);
  });

  it('fails a list whose subject is not a RevocationList2020', async () => {
    const { key, credential } = await setup();
    const base = await listOf(key.controller);
    const wrong = await sign(
      {
        ...base,
        '@context': [...base['@context'], 'https://w3id.org/vc/status-list/2021/v1'],
        credentialSubject: { ...base.credentialSubject, type: 'StatusList2021' },
      },
      { key, created: CREATED },
    );
    const report = await verify(credential, { now: NOW, resources: { [LIST_URL]: wrong } });
    expect(statusOf(report)).toMatchObject({ outcome: 'error', code: 'STATUS_LIST_INVALID' });
    expect(statusOf(report)?.message).toMatch(/not a RevocationList2020/);
  });

  it('fails an index beyond the list', async () => {
    const { key, list } = await setup();
    const credential = await credentialWith(key, 131072);
    const report = await verify(credential, { now: NOW, resources: { [LIST_URL]: list } });
    expect(report.verified).toBe(false);
    expect(statusOf(report)).toMatchObject({ outcome: 'error', code: 'STATUS_ENTRY_INVALID' });
    expect(statusOf(report)?.message).toMatch(/revocationListIndex 131072 is beyond the 131072/);
  });

  it('fails an entry without a usable revocationListIndex', async () => {
    const { key, list } = await setup();
    const credential = await credentialWith(key, 'abc');
    const report = await verify(credential, { now: NOW, resources: { [LIST_URL]: list } });
    expect(statusOf(report)).toMatchObject({ outcome: 'error', code: 'STATUS_ENTRY_INVALID' });
    expect(statusOf(report)?.message).toMatch(/revocationListIndex must be a non-negative integer/);
  });

  it('is indeterminate when the list cannot be obtained', async () => {
    const { credential } = await setup();
    const base = createDocumentLoader();
    const report = await verify(credential, {
      now: NOW,
      documentLoader: async (url) => {
        if (url === LIST_URL) throw new Error('connect ECONNREFUSED');
        return base(url);
      },
    });
    expect(report.status).toBe('warning');
    expect(statusOf(report)).toMatchObject({
      outcome: 'indeterminate',
      code: 'STATUS_LIST_UNAVAILABLE',
    });
  });
});
