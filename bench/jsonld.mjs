// `npm run bench:jsonld`: the JSON-LD fast path (src/jsonld: compiled contexts -> quads ->
// RDFC-1.0) vs jsonld.canonize, on the bench credential and on a CLR with 10 nested credentials;
// the proof configuration vs the eddsa-rdfc-2022 suite's own canonizeProof; the split of the fast
// path between quads and rdf-canonize; and the cold cost of compiling contexts (fresh processes).
// Runs the TypeScript sources through tsx (src/jsonld is internal, not in dist). Measures, never
// asserts; prints Markdown and writes .tmp/bench-jsonld-latest.json. About 40 s on 2 cores.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, platform, release } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import jsonld from 'jsonld';
import rdfCanonize from 'rdf-canonize';
import { createDocumentLoader } from '../src/context/index.ts';
import { canonize, canonizeProofConfiguration, documentToQuads } from '../src/jsonld/index.ts';
import { measureRound, median, ops, prepare, ratio, table } from './lib.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const WARMUP_MS = 500;
const ROUNDS = 5;
const ROUND_MS = 400;
const BATCH_TARGET_MS = 10;
const COLD_RUNS = 7;

if (process.argv[2] === '--cold') {
  // One fresh process: compile contexts once, then canonize once, timed from here.
  const { compileContext } = await import('../src/jsonld/index.ts');
  const documentLoader = createDocumentLoader();
  const refs = JSON.parse(process.argv[3]);
  const t0 = performance.now();
  await compileContext(refs, { documentLoader });
  const t1 = performance.now();
  await compileContext(refs, { documentLoader });
  const t2 = performance.now();
  console.log(JSON.stringify({ compileMs: t1 - t0, cachedMs: t2 - t1 }));
  process.exit(0);
}

const documentLoader = createDocumentLoader();
const credential = JSON.parse(
  readFileSync(join(root, 'bench', 'fixtures', 'credential.json'), 'utf8'),
);
const clr = buildClr(10);
const signedProof = {
  type: 'DataIntegrityProof',
  cryptosuite: 'eddsa-rdfc-2022',
  created: '2024-01-01T00:00:00Z',
  verificationMethod: 'https://example.edu/issuers/565049#key-1',
  proofPurpose: 'assertionMethod',
  proofValue: 'z5x9aCBYovW3CQCbKdNyhEm7ffYSw1YpEdPywQJoNbzDD2gkzQDKJ1sYKJaWvqZtkMtSbz35HcbgXVE',
};
const JSONLD = { algorithm: 'RDFC-1.0', format: 'application/n-quads', safe: true, documentLoader };

// A CLR 2.0 whose subject holds `n` OB 3.0 credentials (the bench credential with other ids).
function buildClr(n) {
  const nested = Array.from({ length: n }, (_, i) => ({
    ...structuredClone(credential),
    id: `urn:uuid:00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  }));
  return {
    '@context': [
      'https://www.w3.org/ns/credentials/v2',
      'https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
    ],
    id: 'urn:uuid:11111111-0000-4000-8000-000000000000',
    type: ['VerifiableCredential', 'ClrCredential'],
    issuer: {
      id: 'https://example.edu/issuers/565049',
      type: ['Profile'],
      name: 'Example University',
    },
    validFrom: '2024-01-01T00:00:00Z',
    name: 'Transcript',
    credentialSubject: {
      id: 'did:example:learner',
      type: ['ClrSubject'],
      verifiableCredential: nested,
    },
  };
}

async function throughput(fn) {
  const size = await prepare(fn, { warmupMs: WARMUP_MS, batchTargetMs: BATCH_TARGET_MS });
  const rounds = [];
  for (let i = 0; i < ROUNDS; i++) rounds.push((await measureRound(fn, size, ROUND_MS)).opsPerSec);
  return median(rounds);
}

async function check(document) {
  const fast = await canonize(document, { documentLoader, fallback: false });
  const reference = await jsonld.canonize(structuredClone(document), JSONLD);
  if (!fast.ok || fast.path !== 'fast' || fast.nquads !== reference) {
    throw new Error('fast path and jsonld.js disagree on a bench document');
  }
}

async function compare(label, fast, reference) {
  const fastOps = await throughput(fast);
  const referenceOps = await throughput(reference);
  return { label, fastOps, referenceOps, speedup: fastOps / referenceOps };
}

function cold(refs) {
  const samples = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', fileURLToPath(import.meta.url), '--cold', JSON.stringify(refs)],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    if (child.status !== 0) throw new Error(child.stderr);
    samples.push(JSON.parse(child.stdout.trim().split('\n').pop()));
  }
  return {
    refs,
    compileMs: median(samples.map((s) => s.compileMs)),
    cachedMs: median(samples.map((s) => s.cachedMs)),
  };
}

await check(credential);
await check(clr);
const suite = new DataIntegrityProof({ cryptosuite });
const quadsOf = async (document) => (await documentToQuads(document, documentLoader)).quads;
const credentialQuads = await quadsOf(credential);
const results = [
  await compare(
    'bench credential',
    () => canonize(credential, { documentLoader }),
    () => jsonld.canonize(credential, JSONLD),
  ),
  await compare(
    'CLR with 10 nested credentials',
    () => canonize(clr, { documentLoader }),
    () => jsonld.canonize(clr, JSONLD),
  ),
  await compare(
    'proof configuration (vs the suite)',
    () =>
      canonizeProofConfiguration(credential, signedProof, {
        documentLoader,
        family: 'data-integrity',
      }),
    () => suite.canonizeProof(signedProof, { document: credential, documentLoader }),
  ),
];
const split = {
  quadsOps: await throughput(() => quadsOf(credential)),
  rdfcOps: await throughput(() => rdfCanonize.canonize(credentialQuads, { algorithm: 'RDFC-1.0' })),
};
const colds = [
  cold([
    'https://www.w3.org/ns/credentials/v2',
    'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
  ]),
  cold([
    'https://www.w3.org/2018/credentials/v1',
    'https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json',
    'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
    'https://w3id.org/security/data-integrity/v2',
  ]),
];

const ms = (value) => `${value.toFixed(3)} ms`;
const short = (url) => url.replace(/^https:\/\/(www\.)?/, '');
console.log(
  `# JSON-LD fast path\n\n${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, ${platform()} ${release()}, node ${process.version}\n`,
);
console.log(
  table(
    ['Case', 'fast path', 'reference', 'speed-up'],
    results.map((r) => [r.label, ops(r.fastOps), ops(r.referenceOps), ratio(r.speedup)]),
  ),
);
console.log(
  `\nFast path on the bench credential: quads ${ops(split.quadsOps)} (${ms(1000 / split.quadsOps)}), ` +
    `rdf-canonize ${ops(split.rdfcOps)} (${ms(1000 / split.rdfcOps)}).\n`,
);
console.log(
  table(
    ['Cold compile (fresh process, median of 7)', 'first', 'cached'],
    colds.map((c) => [
      c.refs.map(short).join(' + '),
      ms(c.compileMs),
      `${(c.cachedMs * 1000).toFixed(0)} µs`,
    ]),
  ),
);
mkdirSync(join(root, '.tmp'), { recursive: true });
writeFileSync(
  join(root, '.tmp', 'bench-jsonld-latest.json'),
  JSON.stringify({ results, split, colds }, null, 2),
);
