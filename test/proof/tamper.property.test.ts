// Tamper evidence: every single change to a signed credential — a value changed, a property added
// or removed, a proof field changed, one character of a VC-JWT — fails verification at the proof
// check. Property tests (fast-check) over the JSON tree of credentials signed with every embedded
// suite, and over the compact form and decoded parts of VC-JWTs; plus explicit examples, including
// that the untouched credentials verify (so the property cannot hold because everything fails).
// Three tampers this test found (a "__proto__" member, a relative IRI reference such as
// `"image": ""`, whitespace in proofValue) have explicit cases below.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateKeyPair, type ProofSuite, sign, signJwt } from '../../src/proof/index.js';
import { type VerificationReport, verify } from '../../src/verify/index.js';
import { unsignedBadge } from '../helpers/credentials.js';
import { checkOf } from '../helpers/report.js';

const NOW = new Date('2024-06-01T00:00:00Z');
const CREATED = '2024-01-01T00:00:00Z';

type Json = null | boolean | number | string | Json[] | JsonObject;
interface JsonObject {
  [key: string]: Json;
}
type Path = readonly (string | number)[];

/** One tamper, as data so that fast-check prints it as the counterexample. */
type Mutation =
  | { op: 'set'; path: Path; value: Json; what: string }
  | { op: 'delete'; path: Path; what: string };

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every node of a JSON tree with its path, the root first. */
function nodes(value: Json, path: Path = []): { path: Path; value: Json }[] {
  const children = Array.isArray(value)
    ? value.flatMap((v, i) => nodes(v, [...path, i]))
    : isObject(value)
      ? Object.entries(value).flatMap(([k, v]) => nodes(v, [...path, k]))
      : [];
  return [{ path, value }, ...children];
}

function at(value: Json, path: Path): Json | undefined {
  let current: Json | undefined = value;
  for (const step of path) {
    if (Array.isArray(current) && typeof step === 'number') current = current[step];
    else if (isObject(current) && typeof step === 'string' && Object.hasOwn(current, step))
      current = current[step];
    else return undefined;
  }
  return current;
}

/** A changed deep copy. Properties are defined, not assigned, so that `__proto__` is a key too. */
function applyMutation<T extends Json>(document: T, mutation: Mutation): T {
  const copy = structuredClone(document);
  const parent = at(copy, mutation.path.slice(0, -1));
  const key = mutation.path.at(-1);
  if (Array.isArray(parent) && typeof key === 'number' && mutation.op === 'set') {
    parent[key] = mutation.value;
  } else if (isObject(parent) && typeof key === 'string') {
    if (mutation.op === 'delete') delete parent[key];
    else {
      Object.defineProperty(parent, key, {
        value: mutation.value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  } else {
    throw new Error(`No ${mutation.op} at ${JSON.stringify(mutation.path)}`);
  }
  return copy;
}

// ---------------------------------------------------------------------------------------------
// Arbitraries. Every mutation differs from the original by construction: a replaced character
// differs from the one it replaces, an added key is absent from its object, a new value differs.

const char = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom('a', 'Z', '0', '9', '-', '_', ':', '/', '.', ' ', '#', '"', 'é'),
  },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
);

type Changed<T> = { value: T; what: string };

function changedString(s: string): fc.Arbitrary<Changed<string>> {
  const changes: fc.Arbitrary<Changed<string>>[] = [
    char.map((c) => ({ value: s + c, what: `append ${JSON.stringify(c)}` })),
    fc
      .string({ unit: 'grapheme', maxLength: 12 })
      .filter((t) => t !== s)
      .map((t) => ({ value: t, what: 'replace the string' })),
  ];
  if (s.length > 0) {
    changes.push(
      fc
        .tuple(fc.nat(s.length - 1), char)
        .filter(([i, c]) => s[i] !== c)
        .map(([i, c]) => ({
          value: s.slice(0, i) + c + s.slice(i + 1),
          what: `character ${i} becomes ${JSON.stringify(c)}`,
        })),
      fc
        .nat(s.length - 1)
        .map((i) => ({ value: s.slice(0, i) + s.slice(i + 1), what: `drop character ${i}` })),
    );
  }
  return fc.oneof(...changes);
}

function changedLeaf(value: Json): fc.Arbitrary<Changed<Json>> {
  if (typeof value === 'string') return changedString(value);
  if (typeof value === 'number') return fc.constant({ value: value + 1, what: '+1' });
  if (typeof value === 'boolean') return fc.constant({ value: !value, what: 'flip' });
  return fc.constant({ value: 'x', what: 'null becomes "x"' });
}

// Defined terms (OB 3.0 / VC 2.0 contexts), undefined ones, keywords and prototype names.
const KEYS = [
  'name',
  'description',
  'id',
  'type',
  'url',
  'image',
  'narrative',
  'tag',
  'creditsAvailable',
  'hashed',
  'proof',
  'validUntil',
  'foo',
  '@type',
  '@id',
  '@foo',
  '',
  '@index',
  '__proto__',
  'constructor',
  'toString',
];

// Values of added properties. Never null, [] or {}: JSON-LD gives those no triples, so adding
// them is no change of meaning to an RDF-canonicalised proof.
const addedValue: fc.Arbitrary<Json> = fc.oneof(
  fc.string({ maxLength: 10 }),
  fc.constantFrom('x', 'https://example.org/x', 'did:example:x', '2024-01-01T00:00:00Z'),
  fc.integer(),
  fc.boolean(),
  fc.constantFrom<Json>(['x'], { id: 'https://example.org/x' }, { name: 'x' }),
);

interface MutationOptions {
  /** Keys never added (see the exclusions below). */
  excludeKeys?: ReadonlySet<string>;
  /** Also change proof fields to plausible other values. */
  proofFields?: boolean;
}

/** Mutations anywhere in a JSON document: a leaf changed, a property added or removed. */
function mutations(document: JsonObject, options: MutationOptions = {}): fc.Arbitrary<Mutation> {
  const all = nodes(document);
  const leaves = all.filter((n) => n.value === null || typeof n.value !== 'object');
  const objects = all.filter((n) => isObject(n.value));
  const properties = all.filter((n) => typeof n.path.at(-1) === 'string');
  const excluded = options.excludeKeys ?? new Set<string>();

  const change = fc
    .constantFrom(...leaves)
    .chain((n) =>
      changedLeaf(n.value).map(
        ({ value, what }): Mutation => ({ op: 'set', path: n.path, value, what }),
      ),
    );
  const add = fc.constantFrom(...objects).chain((n) =>
    fc
      .tuple(
        fc
          .oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 8 }))
          .filter((k) => !excluded.has(k) && !Object.hasOwn(n.value as JsonObject, k)),
        addedValue,
      )
      .map(([key, value]): Mutation => ({ op: 'set', path: [...n.path, key], value, what: 'add' })),
  );
  const remove = fc
    .constantFrom(...properties)
    .map((n): Mutation => ({ op: 'delete', path: n.path, what: 'remove' }));

  const arbitraries = [change, add, remove];
  if (options.proofFields && isObject(document.proof)) {
    arbitraries.push(proofFieldChange(document.proof));
  }
  return fc.oneof(...arbitraries);
}

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

/** One proof field set to another plausible value. */
function proofFieldChange(proof: JsonObject): fc.Arbitrary<Mutation> {
  const field = (name: string, values: fc.Arbitrary<Json>) =>
    values
      .filter((value) => value !== proof[name])
      .map(
        (value): Mutation => ({ op: 'set', path: ['proof', name], value, what: `proof.${name}` }),
      );
  const proofValue = String(proof.proofValue);
  return fc.oneof(
    field(
      'created',
      fc.constantFrom(
        '2024-01-01T00:00:01Z',
        '2023-12-31T23:59:59Z',
        '2024-01-01T00:00:00.000Z',
        '2024-01-01T00:00:00+00:00',
      ),
    ),
    field(
      'verificationMethod',
      changedString(String(proof.verificationMethod)).map((c) => c.value),
    ),
    field(
      'proofPurpose',
      fc.constantFrom('authentication', 'capabilityInvocation', 'keyAgreement', 'assertionMethods'),
    ),
    field(
      'cryptosuite',
      fc.constantFrom(
        'eddsa-rdfc-2022',
        'eddsa-jcs-2022',
        'ecdsa-rdfc-2019',
        'ecdsa-jcs-2019',
        'eddsa-2022',
        'ecdsa-sd-2023',
      ),
    ),
    field(
      'type',
      fc.constantFrom('DataIntegrityProof', 'Ed25519Signature2020', 'Ed25519Signature2018'),
    ),
    field(
      'proofValue',
      fc
        .tuple(fc.nat(proofValue.length - 1), fc.constantFrom(...BASE58))
        .map(([i, c]) => proofValue.slice(0, i) + c + proofValue.slice(i + 1)),
    ),
  );
}

// Exclusions for RDF-canonicalised proofs (eddsa-rdfc-2022, ecdsa-rdfc-2019, Ed25519Signature2020),
// which sign the RDF dataset, not the JSON text; JCS proofs and VC-JWTs get every key.
// - `@index` on a node object has no RDF representation (JSON-LD 1.1 Processing Algorithms §7, it
//   is dropped by Deserialize JSON-LD to RDF), so adding it does not change what was signed.
const RDFC_EXCLUDED_KEYS: ReadonlySet<string> = new Set(['@index']);

/**
 * The report rejects the input, and — if it could be read — at the proof check: every proof
 * finding is an error (a tampered context URL nothing can load is an indeterminate error,
 * PROOF_CONTEXT_UNAVAILABLE, which leaves the credential unverified too).
 */
function expectRejectedByProof(report: VerificationReport): void {
  expect(report.verified).toBe(false);
  const parse = checkOf(report, 'parse');
  if (parse?.outcome !== 'pass') return;
  const proofs = report.findings.filter((f) => f.check === 'proof');
  expect(proofs.length).toBeGreaterThan(0);
  expect(proofs.map((f) => `${f.severity} ${f.code}`)).toEqual(
    proofs.map((f) => `error ${f.code}`),
  );
}

function proofOutcome(report: VerificationReport) {
  return report.checks.filter((c) => c.check === 'proof').map((c) => c.outcome);
}

/** The test credential: an OB 3.0 badge with a number, a boolean and arrays of objects. */
function testCredential(issuerId: string): JsonObject {
  const credential = JSON.parse(JSON.stringify(unsignedBadge(issuerId))) as JsonObject;
  const subject = credential.credentialSubject as JsonObject;
  const achievement = subject.achievement as JsonObject;
  subject.identifier = [
    {
      type: 'IdentityObject',
      identityHash: 'student@example.edu',
      identityType: 'emailAddress',
      hashed: false,
    },
  ];
  achievement.creditsAvailable = 3;
  achievement.tag = ['teamwork', 'collaboration'];
  achievement.alignment = [
    {
      type: ['Alignment'],
      targetName: 'Collaboration',
      targetUrl: 'https://example.org/frameworks/collaboration',
    },
  ];
  return credential;
}

// ---------------------------------------------------------------------------------------------

interface SuiteCase {
  suite: ProofSuite;
  rdfc: boolean;
  seed: number;
}

const SUITES: readonly SuiteCase[] = [
  { suite: 'eddsa-rdfc-2022', rdfc: true, seed: 20_220_001 },
  { suite: 'eddsa-jcs-2022', rdfc: false, seed: 20_220_002 },
  { suite: 'Ed25519Signature2020', rdfc: true, seed: 20_200_001 },
  { suite: 'ecdsa-rdfc-2019', rdfc: true, seed: 20_190_001 },
];
const RUNS_PER_SUITE = 200;
const JWT_CHARACTER_RUNS = 200;
const JWT_PART_RUNS = 150;

const signed = new Map<ProofSuite, JsonObject>();
const jwts = new Map<'EdDSA' | 'RS256', string>();

beforeAll(async () => {
  const ed25519 = await generateKeyPair({ type: 'Ed25519', seed: new Uint8Array(32).fill(11) });
  // P-256 keys cannot be seeded (and ECDSA signatures are randomised): the mutation shapes are
  // still fixed by the fast-check seed.
  const p256 = await generateKeyPair({ type: 'P-256' });
  const rsa = await generateKeyPair({ type: 'RSA' });
  for (const { suite } of SUITES) {
    const key = suite === 'ecdsa-rdfc-2019' ? p256 : ed25519;
    const credential = await sign(testCredential(key.controller), { key, suite, created: CREATED });
    signed.set(suite, credential as JsonObject);
  }
  jwts.set('EdDSA', await signJwt(testCredential(ed25519.controller), { key: ed25519 }));
  jwts.set('RS256', await signJwt(testCredential(rsa.controller), { key: rsa }));
});

const signedWith = (suite: ProofSuite) => signed.get(suite) as JsonObject;

describe.each(SUITES)('$suite: tampering', ({ suite, rdfc, seed }) => {
  it('verifies untouched, as an object and as JSON text', async () => {
    const credential = signedWith(suite);
    for (const input of [credential, JSON.stringify(credential)]) {
      const report = await verify(input, { now: NOW });
      expect(report.verified).toBe(true);
      expect(proofOutcome(report)).toEqual(['pass']);
    }
  });

  it('fails when a value changes', async () => {
    const tampered = applyMutation(signedWith(suite), {
      op: 'set',
      path: ['credentialSubject', 'achievement', 'name'],
      value: 'Teamwork!',
      what: 'append',
    });
    expectRejectedByProof(await verify(tampered, { now: NOW }));
    const credits = applyMutation(signedWith(suite), {
      op: 'set',
      path: ['credentialSubject', 'achievement', 'creditsAvailable'],
      value: 4,
      what: '+1',
    });
    expectRejectedByProof(await verify(credits, { now: NOW }));
  });

  it('fails when a property is removed', async () => {
    const tampered = applyMutation(signedWith(suite), {
      op: 'delete',
      path: ['credentialSubject', 'achievement', 'description'],
      what: 'remove',
    });
    expectRejectedByProof(await verify(tampered, { now: NOW }));
  });

  it('fails when a property is added, defined in the context or not', async () => {
    for (const key of ['name', 'foo']) {
      const tampered = applyMutation(signedWith(suite), {
        op: 'set',
        path: ['credentialSubject', 'achievement', 'criteria', key],
        value: 'Extra',
        what: 'add',
      });
      expectRejectedByProof(await verify(tampered, { now: NOW }));
    }
  });

  it('fails when one character of proofValue changes', async () => {
    const proofValue = String((signedWith(suite).proof as JsonObject).proofValue);
    const i = proofValue.length - 2;
    const tampered = applyMutation(signedWith(suite), {
      op: 'set',
      path: ['proof', 'proofValue'],
      value: proofValue.slice(0, i) + (proofValue[i] === 'A' ? 'B' : 'A') + proofValue.slice(i + 1),
      what: 'proofValue',
    });
    expectRejectedByProof(await verify(tampered, { now: NOW }));
  });

  it('fails when the proof claims another suite', async () => {
    const proof = signedWith(suite).proof as JsonObject;
    const others: JsonObject[] = [
      { type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022' },
      { type: 'DataIntegrityProof', cryptosuite: 'eddsa-jcs-2022' },
      { type: 'DataIntegrityProof', cryptosuite: 'ecdsa-rdfc-2019' },
      { type: 'DataIntegrityProof', cryptosuite: 'eddsa-2022' },
      { type: 'Ed25519Signature2020' },
    ].filter((o) => o.type !== proof.type || o.cryptosuite !== proof.cryptosuite);
    for (const other of others) {
      const { cryptosuite: _, ...rest } = proof;
      const tampered = { ...signedWith(suite), proof: { ...rest, ...other } };
      expectRejectedByProof(await verify(tampered, { now: NOW }));
    }
  });

  // jsonld.js copies input with `rval[key] = …` (jsonld/lib/util.js `clone`), which drops an own
  // `__proto__` member before safe mode can see it; lerkit refuses such credentials.
  it('fails when a "__proto__" member is added', async () => {
    const text = JSON.stringify(signedWith(suite)).replace(
      '"criteria":{',
      '"criteria":{"__proto__":{"id":"https://evil.example/criteria"},',
    );
    expectRejectedByProof(await verify(text, { now: NOW }));
  });

  // jsonld.js drops a node reference whose @id is "" (or relative) when building the RDF graph,
  // with no safe-mode event; lerkit refuses relative references before verifying.
  it('fails when "image": "" is added', async () => {
    const tampered = applyMutation(signedWith(suite), {
      op: 'set',
      path: ['issuer', 'image'],
      value: '',
      what: 'add',
    });
    expectRejectedByProof(await verify(tampered, { now: NOW }));
  });

  // base58-universal strips whitespace before decoding; lerkit requires a strict z-base58btc value.
  it('fails when whitespace is inserted into proofValue', async () => {
    const proofValue = String((signedWith(suite).proof as JsonObject).proofValue);
    const tampered = applyMutation(signedWith(suite), {
      op: 'set',
      path: ['proof', 'proofValue'],
      value: `${proofValue.slice(0, 9)} ${proofValue.slice(9)}`,
      what: 'insert a space',
    });
    expectRejectedByProof(await verify(tampered, { now: NOW }));
  });

  it(`fails for every random single tamper (${RUNS_PER_SUITE} runs)`, async () => {
    const credential = signedWith(suite);
    const original = JSON.stringify(credential);
    const arbitrary = mutations(credential, {
      proofFields: true,
      ...(rdfc ? { excludeKeys: RDFC_EXCLUDED_KEYS } : {}),
    });
    await fc.assert(
      fc.asyncProperty(arbitrary, fc.boolean(), async (mutation, asText) => {
        const tampered = applyMutation(credential, mutation);
        const text = JSON.stringify(tampered);
        expect(text).not.toBe(original);
        expectRejectedByProof(await verify(asText ? text : tampered, { now: NOW }));
      }),
      { numRuns: RUNS_PER_SUITE, seed },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// VC-JWT: the signature covers the ASCII of `header.payload`, so any change there must fail. A
// changed character of the signature must fail too, unless it only changes the base64url padding
// bits of the last character: then the signature bytes are the same and it is no tamper.

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

const b64url = (value: Json) => Buffer.from(JSON.stringify(value)).toString('base64url');
const unb64url = (part: string) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));

/** `b` is the same JWS as `a`: same header and payload text and the same signature bytes. */
function sameJws(a: string, b: string): boolean {
  if (!COMPACT_JWS.test(a) || !COMPACT_JWS.test(b)) return false;
  const [ha, pa, sa] = a.split('.') as [string, string, string];
  const [hb, pb, sb] = b.split('.') as [string, string, string];
  return (
    ha === hb && pa === pb && Buffer.from(sa, 'base64url').equals(Buffer.from(sb, 'base64url'))
  );
}

const replaceAt = (s: string, i: number, c: string) => s.slice(0, i) + c + s.slice(i + 1);

/** One character of the compact JWS replaced; biased to segment edges (padding bits, dots). */
function characterChange(jwt: string): fc.Arbitrary<{ index: number; char: string }> {
  const edges = [...jwt.matchAll(/\./g)].flatMap((m) => [m.index - 1, m.index, m.index + 1]);
  edges.push(0, jwt.length - 2, jwt.length - 1);
  return fc
    .record({
      index: fc.oneof(fc.nat(jwt.length - 1), fc.constantFrom(...edges)),
      char: fc.oneof(
        { weight: 9, arbitrary: fc.constantFrom(...BASE64URL) },
        { weight: 1, arbitrary: fc.constantFrom('.', '=', '+', '/', ' ', '~') },
      ),
    })
    .filter(({ index, char }) => jwt[index] !== char)
    .filter(({ index, char }) => !sameJws(jwt, replaceAt(jwt, index, char)));
}

/** The header or payload decoded, changed, re-encoded; the original signature kept. */
function partChange(jwt: string): fc.Arbitrary<{ part: 0 | 1; mutation: Mutation }> {
  const [header, payload] = jwt.split('.').map((p, i) => (i < 2 ? unb64url(p) : p)) as [
    JsonObject,
    JsonObject,
  ];
  return fc.oneof(
    { weight: 1, arbitrary: mutations(header).map((mutation) => ({ part: 0 as const, mutation })) },
    {
      weight: 3,
      arbitrary: mutations(payload).map((mutation) => ({ part: 1 as const, mutation })),
    },
  );
}

describe.each([
  { alg: 'EdDSA' as const, seed: 8_037_001 },
  { alg: 'RS256' as const, seed: 7_515_256 },
])('VC-JWT $alg: tampering', ({ alg, seed }) => {
  const jwt = () => jwts.get(alg) as string;

  it('verifies untouched', async () => {
    const report = await verify(jwt(), { now: NOW });
    expect(report.verified).toBe(true);
    expect(proofOutcome(report)).toEqual(['pass']);
  });

  it('fails when one payload value changes, the signature kept', async () => {
    const [header, payload, signature] = jwt().split('.') as [string, string, string];
    const claims = unb64url(payload);
    for (const tampered of [
      { ...claims, nbf: claims.nbf + 1 },
      { ...claims, name: 'Teamwork!' },
      { ...claims, sub: 'did:example:someone-else' },
    ]) {
      expectRejectedByProof(
        await verify(`${header}.${b64url(tampered)}.${signature}`, { now: NOW }),
      );
    }
  });

  it('tells a padding-bit change of the signature from a real one', () => {
    const last = jwt().length - 1;
    const variants = [...BASE64URL].map((c) => replaceAt(jwt(), last, c));
    const same = variants.filter((v) => sameJws(jwt(), v));
    // 64 (Ed25519) and 256 (RSA-2048) byte signatures leave 4 padding bits in the last character.
    expect(same).toHaveLength(16);
    expect(same).toContain(jwt());
  });

  it(`fails for every random character change (${JWT_CHARACTER_RUNS} runs)`, async () => {
    const original = jwt();
    await fc.assert(
      fc.asyncProperty(characterChange(original), async ({ index, char }) => {
        expectRejectedByProof(await verify(replaceAt(original, index, char), { now: NOW }));
      }),
      { numRuns: JWT_CHARACTER_RUNS, seed },
    );
  });

  it(`fails for every random re-encoded header or payload (${JWT_PART_RUNS} runs)`, async () => {
    const original = jwt();
    const parts = original.split('.');
    await fc.assert(
      fc.asyncProperty(partChange(original), async ({ part, mutation }) => {
        const changed = applyMutation(unb64url(parts[part] as string) as JsonObject, mutation);
        const tampered = parts.map((p, i) => (i === part ? b64url(changed) : p)).join('.');
        expect(tampered).not.toBe(original);
        expectRejectedByProof(await verify(tampered, { now: NOW }));
      }),
      { numRuns: JWT_PART_RUNS, seed: seed + 1 },
    );
  });
});
