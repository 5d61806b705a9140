// The contexts real OB issuers use beyond the spec's (issue 18 item 12) in credentials: the
// RevocationList2020 context combines with the OB 3.0 context (test/status/revocation-list-2020.test.ts
// verifies such credentials); the DCC v1 context redefines terms the VC 2.0 context protects, so a
// credential listing both is reported as invalid JSON-LD with the term named — never a crash.
import { describe, expect, it } from 'vitest';
import { sign } from '../../src/proof/index.js';
import { verify } from '../../src/verify/index.js';
import { testKey, unsignedBadge } from '../helpers/credentials.js';
import { checkOf } from '../helpers/report.js';

const NOW = new Date('2025-06-01T00:00:00Z');
const CREATED = '2024-01-01T00:00:00Z';
const DCC = 'https://w3id.org/dcc/v1';

describe('https://w3id.org/dcc/v1 with the OB 3.0 context', () => {
  it('is a clear JSON-LD finding naming the redefined term, not a throw', async () => {
    const key = await testKey();
    const badge = unsignedBadge(key.controller) as unknown as Record<string, unknown>;
    const signed = await sign(badge as Parameters<typeof sign>[0], { key, created: CREATED });
    const withDcc = { ...signed, '@context': [...(badge['@context'] as string[]), DCC] };
    const report = await verify(withDcc, { now: NOW });
    expect(report.verified).toBe(false);
    const jsonld = checkOf(report, 'jsonld');
    expect(jsonld).toMatchObject({ outcome: 'error', code: 'JSONLD_INVALID', path: '' });
    expect(jsonld?.message).toMatch(/redefine a protected term/);
    expect(jsonld?.findings[0]?.message).toMatch(/the term "name": a later @context redefines/);
    expect(checkOf(report, 'proof')).toMatchObject({ outcome: 'error' });
  });

  it('cannot be signed together with the OB 3.0 context (SigningError, API side)', async () => {
    const key = await testKey();
    const badge = unsignedBadge(key.controller) as unknown as Record<string, unknown>;
    await expect(
      sign(
        { ...badge, '@context': [...(badge['@context'] as string[]), DCC] } as Parameters<
          typeof sign
        >[0],
        { key, created: CREATED },
      ),
    ).rejects.toThrow(/protected term/);
  });

  it('the same credential without it verifies (the finding is the context, not the data)', async () => {
    const key = await testKey();
    const badge = unsignedBadge(key.controller) as unknown as Record<string, unknown>;
    const signed = await sign(badge as Parameters<typeof sign>[0], { key, created: CREATED });
    expect((await verify(signed, { now: NOW })).verified).toBe(true);
  });
});
