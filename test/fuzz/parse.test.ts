// Fuzz: credential input — JSON text, bytes, VC-JWTs — through parseInput (never throws on strings
// or bytes), and VC-JWTs through verifyJwtProof (never throws: problems are results).
import fc from 'fast-check';
import { expect } from 'vitest';
import { createDocumentLoader } from '../../src/context/index.js';
import { parseInput } from '../../src/parse/index.js';
import { verifyJwtProof } from '../../src/proof/index.js';
import { fuzz } from './harness.js';
import { mutatedBytes, mutatedText } from './mutate.js';
import { JSON_TEXTS, JWTS } from './seeds.js';

const SECRET = 'SECRET-MARKER';

const checkParsed = (result: unknown) => {
  const parsed = result as { ok: boolean; code?: string; message?: string };
  if (!parsed.ok) {
    // A reading failure (PARSE_*) or a limit reached while reading (LIMITS_JSON_DEPTH, sizes).
    expect(parsed.code).toMatch(/^(PARSE|LIMITS)_/);
    // Messages never quote the input.
    expect(parsed.message).not.toContain(SECRET);
  }
};

fuzz({
  name: 'parseInput (JSON text)',
  arbitrary: mutatedText(JSON_TEXTS, [`"${SECRET}"`, SECRET]),
  run: (text) => parseInput(text),
  check: checkParsed,
  batch: { full: 4000, slice: 150 },
  batches: 3,
});

fuzz({
  name: 'parseInput (bytes)',
  arbitrary: mutatedBytes(JSON_TEXTS.map((t) => new TextEncoder().encode(t))),
  run: (bytes) => parseInput(bytes),
  check: checkParsed,
  batch: { full: 4000, slice: 80 },
  batches: 1,
});

const loader = createDocumentLoader();
const jwtText = fc.oneof(
  mutatedText(JWTS, ['.', '..', '=', '+', '/']),
  // Structure-aware: a valid header or payload part replaced by mutated JSON, re-encoded.
  fc
    .tuple(fc.constantFrom(...JWTS), fc.nat(1), mutatedText(JWTS.map(headerJson)))
    .map(([jwt, part, json]) => {
      const parts = jwt.split('.');
      parts[part] = Buffer.from(json).toString('base64url');
      return parts.join('.');
    }),
);

function headerJson(jwt: string): string {
  return Buffer.from(jwt.split('.')[0] as string, 'base64url').toString('utf8');
}

fuzz({
  name: 'VC-JWT (parseInput + verifyJwtProof)',
  arbitrary: jwtText,
  warmUp: () => Promise.all(JWTS.map((jwt) => verifyJwtProof(jwt, { documentLoader: loader }))),
  run: async (jwt) => ({
    parsed: parseInput(jwt),
    proof: await verifyJwtProof(jwt, { documentLoader: loader }),
  }),
  check: (result) => {
    const { parsed, proof } = result as {
      parsed: unknown;
      proof: { verified: boolean; code?: string };
    };
    checkParsed(parsed);
    if (!proof.verified) expect(proof.code).toMatch(/^PROOF_/);
  },
  batch: { full: 1000, slice: 30 },
  batches: 4,
});
