// The mutation suite of issue 15, a seeded slice for `npm test` (the long run, 10,000+ cases, is
// `npm run test:mutation`): JSON-LD-equivalent rewrites of credentials signed with every suite
// lerkit signs with must be refused by the jsonld check or change nothing. See suite.ts.
import type { Suite } from './documents.js';
import { defineMutationRun } from './suite.js';

// Per document kind. The RDFC suites behave alike towards rewrites: the slice leans on one.
const CASES: Record<Suite, number> = {
  'eddsa-rdfc-2022': 10,
  'ecdsa-rdfc-2019': 4,
  Ed25519Signature2020: 4,
  'eddsa-jcs-2022': 7,
  'vc-jwt': 8,
};

// Variants whose verdict a forgery would flip (the long run has them all).
const SLICE: Record<string, readonly string[]> = {
  badge: ['expired', 'revoked'],
  endorsement: ['expired'],
  clr: ['nested-expired'],
};

defineMutationRun({
  name: 'slice',
  suites: Object.keys(CASES) as Suite[],
  cases: (suite) => CASES[suite],
  batch: 10,
  // A third of the slice must keep the proof valid (the long run requires 1,000 per cell).
  minProofValid: (suite) => (suite === 'vc-jwt' ? 0 : Math.ceil(CASES[suite] / 3)),
  variants: (_suite, kind, name) => SLICE[kind]?.includes(name) ?? false,
  seed: 15_000,
});
