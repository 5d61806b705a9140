// The mutation suite of issue 15, a seeded slice for `npm test` (the long run, 10,000+ cases, is
// `npm run test:mutation`): JSON-LD-equivalent rewrites of credentials signed with every suite
// lerkit signs with must be refused by the jsonld check or change nothing. See suite.ts.
import type { Suite } from './documents.js';
import { defineMutationRun } from './suite.js';

// Per document kind. The RDFC suites behave alike towards rewrites: the slice leans on one.
const CASES: Record<Suite, number> = {
  'eddsa-rdfc-2022': 14,
  'ecdsa-rdfc-2019': 6,
  Ed25519Signature2020: 6,
  'eddsa-jcs-2022': 10,
  'vc-jwt': 16,
};

// The variants whose verdict a forgery would flip, and a valid one of each kind.
const SLICE: Record<string, readonly string[]> = {
  badge: ['valid', 'expired', 'revoked'],
  endorsement: ['expired'],
  clr: ['valid', 'nested-expired'],
};

defineMutationRun({
  name: 'slice',
  suites: Object.keys(CASES) as Suite[],
  cases: (suite) => CASES[suite],
  batch: 16,
  // A third of the slice must keep the proof valid (the long run requires 1,000 per cell).
  minProofValid: (suite) => (suite === 'vc-jwt' ? 0 : Math.ceil(CASES[suite] / 3)),
  variants: (_suite, kind, name) => SLICE[kind]?.includes(name) ?? false,
  seed: 15_000,
});
