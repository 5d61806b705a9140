// Every JSON-LD fixture and spec example: the fast path's canonical N-Quads (document, document
// without proof, each proof configuration) equal jsonld.js's and the suites', or both fail with
// the same condition; documents the fast path declines are listed and equal jsonld.js through
// the fallback.
import { describe, expect, it } from 'vitest';
import { canonize } from '../../src/jsonld/canonize.js';
import { jsonLdFixtures } from './json-files.js';
import { compareDocument, documentLoader, newStats, oracleCanonize } from './oracle.js';

const fixtures = jsonLdFixtures();

describe('jsonld fast path: fixtures and spec examples', () => {
  it('finds the fixtures', () => {
    expect(fixtures.length).toBeGreaterThan(80);
  });

  const stats = newStats();
  it.each(fixtures)('%s', async (_name, document) => {
    await compareDocument(document, stats);
    const viaFallback = await canonize(document, { documentLoader });
    const expected = await oracleCanonize(document);
    if (expected.ok) expect(viaFallback.ok && viaFallback.nquads).toBe(expected.nquads);
    else expect(viaFallback.ok ? 'succeeded' : viaFallback.code).toBe(expected.code);
  });

  it('takes the fast path for (nearly) all of them', () => {
    // Declined: the OB 3.0 JSON-LD context example of the implementation guide (an inline context).
    expect(stats.declined).toBeLessThanOrEqual(2);
    expect(stats.identical).toBeGreaterThan(100);
  });
});
