// The differential suite, parameterised so the default `npm test` runs a seeded slice and
// `npm run test:differential` runs the full count in shards (one per worker).
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  anyCredential,
  clrCredential,
  endorsementCredential,
  openBadgeCredential,
} from './generators.js';
import { compareDocument, type DiffStats, newStats } from './oracle.js';

// Chunks keep every test well under the 30 s per-test limit.
const CHUNK = 25;

/** Registers `runs` generated credentials (seeded from `seed`) compared against the oracle. */
export function defineDifferentialSuite(name: string, runs: number, seed: number): void {
  const stats: DiffStats = newStats();
  describe(`jsonld fast path: differential against jsonld.js (${name})`, () => {
    const chunks = Math.max(1, Math.ceil(runs / CHUNK));
    for (let i = 0; i < chunks; i++) {
      const numRuns = Math.min(CHUNK, runs - i * CHUNK);
      it(`chunk ${i + 1}/${chunks}: ${numRuns} credentials (seed ${seed + i})`, async () => {
        await fc.assert(
          fc.asyncProperty(anyCredential, (document) => compareDocument(document, stats)),
          { numRuns, seed: seed + i, endOnFailure: true },
        );
      });
    }

    it('CLRs with ten nested credentials', async () => {
      await fc.assert(
        fc.asyncProperty(clrCredential({ min: 10, max: 10 }), (document) =>
          compareDocument(document, stats),
        ),
        { numRuns: 3, seed },
      );
    });

    it('endorsements and badges with endorsements inside', async () => {
      await fc.assert(
        fc.asyncProperty(fc.oneof(endorsementCredential(2), openBadgeCredential(2)), (document) =>
          compareDocument(document, stats),
        ),
        { numRuns: 10, seed },
      );
    });

    afterAll(() => {
      // The generator produces supported documents: the fast path must take nearly all of them.
      expect(stats.declined).toBeLessThanOrEqual(Math.ceil(stats.documents * 0.02));
      if (process.env.LERKIT_DIFF_REPORT) console.log(name, JSON.stringify(stats, null, 2));
    });
  });
}
