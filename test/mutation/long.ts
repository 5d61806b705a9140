// The long run of the mutation suite (`npm run test:mutation`), one file per suite so that
// vitest runs them in parallel. LERKIT_MUTATION_RUNS sets the cases per suite × document kind
// (the required proof-valid count scales with it).
import type { Suite } from './documents.js';
import { defineMutationRun } from './suite.js';

/** Cases per document kind: enough for 1,000 proof-valid rewrites each (JCS: most are key order). */
const CASES: Record<Suite, number> = {
  'eddsa-rdfc-2022': 1650,
  'ecdsa-rdfc-2019': 1650,
  Ed25519Signature2020: 1650,
  'eddsa-jcs-2022': 1300,
  'vc-jwt': 200,
};
const MIN_PROOF_VALID = 1000;

/** Registers the long run of one suite. */
export function defineLongRun(suite: Suite, seed: number): void {
  const override = Number(process.env.LERKIT_MUTATION_RUNS);
  const cases = Number.isInteger(override) && override > 0 ? override : CASES[suite];
  defineMutationRun({
    name: 'long',
    suites: [suite],
    cases: () => cases,
    batch: 25,
    minProofValid: () =>
      suite === 'vc-jwt' ? 0 : Math.ceil((MIN_PROOF_VALID * cases) / CASES[suite]),
    seed,
  });
}
