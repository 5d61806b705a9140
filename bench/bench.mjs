// `npm run bench`: every row of issue 20's table (and issue 16's hostile inputs) in one harness.
// lerkit and the stack a user would otherwise assemble (the "peer": @digitalbazaar/vc with the
// matching cryptosuite and an offline document loader, ajv for the official schema, jose for
// VC-JWT) run in the same process on the same inputs: warm-up, then interleaved rounds (lerkit,
// peer, lerkit, peer, ...), medians. Cold rows and hostile rows run in child processes. Prints the
// tables and writes bench/results.md (machine, versions, commit, date). Measures, never asserts.
//
//   npm run bench                          # everything, bench/results.md (< 10 min on 2 cores)
//   npm run bench -- --quick               # short rounds, .tmp/bench-results.md
//   npm run bench -- --only <pattern>      # rows whose id matches (regex, e.g. 'verify|clr'),
//                                          # .tmp/bench-results.md
//
// Uses the built package (dist/), running `npm run build` when it is missing (not when stale).
// See bench/README.md.
import { execFileSync, spawnSync } from 'node:child_process';
import { createPrivateKey } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, platform, release, totalmem } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HOSTILE_ROWS } from './fixtures/hostile.mjs';
import {
  coldStart,
  ensureBuilt,
  measureRound,
  median,
  num,
  prepare,
  renderSpeedTable,
  table,
  targetCell,
  times,
} from './lib.mjs';

const require = createRequire(import.meta.url);
const benchDir = dirname(fileURLToPath(import.meta.url));
const root = resolve(benchDir, '..');

// ---------------------------------------------------------------------------------------------
// Options.

const argv = process.argv.slice(2);
const QUICK = argv.includes('--quick');
const onlyAt = argv.indexOf('--only');
const ONLY = onlyAt >= 0 ? new RegExp(argv[onlyAt + 1] ?? '', 'i') : null;
const selected = (id) => ONLY === null || ONLY.test(id);
const S = QUICK
  ? { warmupMs: 150, rounds: 3, roundMs: 150, coldWarmup: 1, coldRuns: 3, hostileRuns: 1 }
  : { warmupMs: 500, rounds: 5, roundMs: 400, coldWarmup: 2, coldRuns: 10, hostileRuns: 3 };
S.batchFiles = QUICK ? 1_000 : 10_000;
const BATCH_TARGET_MS = 10;
const OUT = QUICK || ONLY ? join(root, '.tmp', 'bench-results.md') : join(benchDir, 'results.md');

// Fixed clock and proof dates: reproducible runs. The fixtures' validFrom are 2010 and 2025.
const NOW = new Date('2025-06-01T00:00:00Z');
const CREATED = '2025-01-01T00:00:00Z';
const SEED = new Uint8Array(32).fill(7);
const PROOF_ONLY = ['limits', 'proof']; // lerkit's proof-only verify (`only`; parse always runs)

// ---------------------------------------------------------------------------------------------
// The built package.

const distEntry = join(root, 'dist', 'index.js');
const distContext = join(root, 'dist', 'context', 'index.js');
ensureBuilt(root, [distEntry, distContext]);

const lerkit = await import(distEntry);
const { createDocumentLoader } = await import(distContext);
const { DataIntegrityProof } = await import('@digitalbazaar/data-integrity');
const { cryptosuite: eddsaRdfc2022 } = await import('@digitalbazaar/eddsa-rdfc-2022-cryptosuite');
const { cryptosuite: ecdsaRdfc2019 } = await import('@digitalbazaar/ecdsa-rdfc-2019-cryptosuite');
const jcs = await import('@digitalbazaar/eddsa-jcs-2022-cryptosuite');
const { Ed25519Signature2020 } = await import('@digitalbazaar/ed25519-signature-2020');
const Ed25519Multikey = await import('@digitalbazaar/ed25519-multikey');
const vc = await import('@digitalbazaar/vc');
const jose = await import('jose');
const Ajv2019 = require('ajv/dist/2019').default;
const addFormats = require('ajv-formats');

// ---------------------------------------------------------------------------------------------
// Inputs: the bench credential issued by a did:key, signed once per suite with lerkit.

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
const ed = await lerkit.generateKeyPair({ seed: SEED });
const p256 = await lerkit.generateKeyPair({ type: 'P-256' });
const baseCredential = readJson(join(benchDir, 'fixtures', 'credential.json'));
const credentialFor = (key) => {
  const c = structuredClone(baseCredential);
  c.issuer.id = key.controller;
  return c;
};
const unsigned = credentialFor(ed);
const signOpts = (suite, key = ed) => ({ key, suite, created: CREATED });
const signed = {
  'eddsa-rdfc-2022': await lerkit.sign(unsigned, signOpts('eddsa-rdfc-2022')),
  'eddsa-jcs-2022': await lerkit.sign(unsigned, signOpts('eddsa-jcs-2022')),
  'ecdsa-rdfc-2019': await lerkit.sign(credentialFor(p256), signOpts('ecdsa-rdfc-2019', p256)),
  Ed25519Signature2020: await lerkit.sign(unsigned, signOpts('Ed25519Signature2020')),
};
const jwt = await lerkit.signJwt(unsigned, { key: ed });

// The peer's pieces, as a user would assemble them: one offline document loader (hand-written
// DID documents + the same bundled contexts lerkit uses), a suite per call, ajv compiled once,
// keys imported once.
const contexts = createDocumentLoader();
function loaderFor(documents) {
  return async (url) => {
    const document = documents[url];
    if (document)
      return { contextUrl: null, documentUrl: url, document: structuredClone(document) };
    return contexts(url);
  };
}
function didKeyDocuments(key, type, context) {
  const did = key.controller;
  const method = { id: key.id, type, controller: did, publicKeyMultibase: key.publicKeyMultibase };
  return {
    [did]: {
      '@context': ['https://www.w3.org/ns/did/v1', context],
      id: did,
      verificationMethod: [method],
      assertionMethod: [key.id],
    },
    [key.id]: { '@context': context, ...method },
  };
}
const MULTIKEY = 'https://w3id.org/security/multikey/v1';
const ED2020 = 'https://w3id.org/security/suites/ed25519-2020/v1';
const peerLoader = loaderFor({
  ...didKeyDocuments(ed, 'Multikey', MULTIKEY),
  ...didKeyDocuments(p256, 'Multikey', MULTIKEY),
});
const peerLoader2020 = loaderFor(didKeyDocuments(ed, 'Ed25519VerificationKey2020', ED2020));
const peerSuites = {
  'eddsa-rdfc-2022': () => new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 }),
  'eddsa-jcs-2022': () => new DataIntegrityProof({ cryptosuite: jcs.createVerifyCryptosuite() }),
  'ecdsa-rdfc-2019': () => new DataIntegrityProof({ cryptosuite: ecdsaRdfc2019 }),
  Ed25519Signature2020: () => new Ed25519Signature2020(),
};
const peerVerify = (credential, suite = 'eddsa-rdfc-2022') =>
  vc.verifyCredential({
    credential,
    suite: peerSuites[suite](),
    documentLoader: suite === 'Ed25519Signature2020' ? peerLoader2020 : peerLoader,
    now: NOW,
  });
const ajv = new Ajv2019({ allErrors: true, strict: false });
addFormats(ajv);
const schemaFile = join(
  root,
  'schemas',
  'json-ld-compaction',
  'ob_v3p0_achievementcredential_schema.json',
);
const ajvValidate = ajv.compile(readJson(schemaFile));
const edSigner = (
  await Ed25519Multikey.from({
    '@context': MULTIKEY,
    type: 'Multikey',
    id: ed.id,
    controller: ed.controller,
    publicKeyMultibase: ed.publicKeyMultibase,
    secretKeyMultibase: ed.secretKeyMultibase,
  })
).signer();
// vc.issue() adds the proof to the object it is given: a shallow copy keeps `unsigned` unsigned.
const peerSign = (cryptosuite) =>
  vc.issue({
    credential: { ...unsigned },
    suite: new DataIntegrityProof({ signer: edSigner, cryptosuite, date: CREATED }),
    documentLoader: peerLoader,
  });
const edPrivate = createPrivateKey(await lerkit.exportKey(ed, 'pem', { secret: true }));
const edPublic = await jose.importJWK(await lerkit.exportKey(ed, 'jwk'), 'EdDSA');
const jwtClaims = {
  ...unsigned,
  iss: ed.controller,
  jti: unsigned.id,
  nbf: Math.floor(Date.parse(unsigned.validFrom) / 1000),
  sub: unsigned.credentialSubject.id,
};
const peerSignJwt = () =>
  new jose.SignJWT(jwtClaims)
    .setProtectedHeader({ alg: 'EdDSA', typ: 'JWT', kid: ed.id })
    .sign(edPrivate);
const peerVerifyJwt = async (token, withSchema) => {
  const { payload } = await jose.jwtVerify(token, edPublic, { currentDate: NOW });
  return withSchema ? ajvValidate(payload) : true;
};

// CLRs with n nested credentials, each signed, the CLR signed too (clr-valid.json's shape).
const CLR_TEMPLATE = readJson(join(root, 'fixtures', 'verify', 'clr-valid.json')).input;
async function buildClr(n) {
  const clr = structuredClone(CLR_TEMPLATE);
  const { proof: _p, ...nestedTemplate } = clr.credentialSubject.verifiableCredential[0];
  const nested = [];
  for (let i = 1; i <= n; i++) {
    const c = structuredClone(nestedTemplate);
    c.id = `urn:uuid:6c0f5b42-1f44-4f4a-9d36-${String(i).padStart(12, '0')}`;
    c.issuer.id = ed.controller;
    c.credentialSubject.achievement.id = `https://example.edu/achievements/course-${i}`;
    c.credentialSubject.achievement.name = `Course ${i}`;
    nested.push(await lerkit.sign(c, signOpts('eddsa-rdfc-2022')));
  }
  clr.credentialSubject.verifiableCredential = nested;
  clr.issuer.id = ed.controller;
  delete clr.proof;
  return lerkit.sign(clr, signOpts('eddsa-rdfc-2022'));
}
const peerVerifyClr = async (clr) => {
  let ok = (await peerVerify(clr)).verified;
  for (const nested of clr.credentialSubject.verifiableCredential) {
    ok = (await peerVerify(nested)).verified && ok;
  }
  return ok;
};

// ---------------------------------------------------------------------------------------------
// The steady-state rows. Each side returns something truthy when it did its job; before timing,
// every side must succeed once (a benchmark of a failing verification is meaningless).

let sink = 0;
const ok = (value) => {
  sink += value ? 1 : 0;
  return value;
};
const lerkitVerified = async (input, options = {}) =>
  ok((await lerkit.verify(input, { now: NOW, ...options })).verified);
const clr10 = selected('clr:10') ? await buildClr(10) : null;
const clr100 = selected('clr:100') ? await buildClr(100) : null;

const STEADY = [
  {
    id: 'sign:eddsa-rdfc-2022',
    label: 'eddsa-rdfc-2022 sign',
    target: { min: 20 },
    lerkit: async () => ok((await lerkit.sign(unsigned, signOpts('eddsa-rdfc-2022'))).proof),
    peer: async () => ok((await peerSign(eddsaRdfc2022)).proof),
  },
  {
    id: 'sign:eddsa-jcs-2022',
    label: 'eddsa-jcs-2022 sign',
    lerkit: async () => ok((await lerkit.sign(unsigned, signOpts('eddsa-jcs-2022'))).proof),
    peer: async () => ok((await peerSign(jcs.createSignCryptosuite())).proof),
  },
  {
    id: 'sign:vc-jwt',
    label: 'VC-JWT sign (peer: jose `SignJWT`)',
    lerkit: async () => ok(await lerkit.signJwt(unsigned, { key: ed })),
    peer: async () => ok(await peerSignJwt()),
  },
  {
    id: 'verify-full:eddsa-rdfc-2022',
    note: (r) =>
      cryptoFloor
        ? `lerkit's time = ${num(cryptoFloor / r.lerkit)}× the crypto floor (${num(cryptoFloor)} Ed25519 verifies/s)`
        : undefined,
    label: 'eddsa-rdfc-2022 full verify (peer: `verifyCredential` + ajv)',
    target: { min: 20 },
    lerkit: () => lerkitVerified(signed['eddsa-rdfc-2022']),
    peer: async () =>
      ok(
        ajvValidate(signed['eddsa-rdfc-2022']) &&
          (await peerVerify(signed['eddsa-rdfc-2022'])).verified,
      ),
  },
  {
    id: 'verify-full:eddsa-jcs-2022',
    label: 'eddsa-jcs-2022 full verify (peer: `verifyCredential` + ajv)',
    lerkit: () => lerkitVerified(signed['eddsa-jcs-2022']),
    peer: async () =>
      ok(
        ajvValidate(signed['eddsa-jcs-2022']) &&
          (await peerVerify(signed['eddsa-jcs-2022'], 'eddsa-jcs-2022')).verified,
      ),
  },
  {
    id: 'verify-full:eddsa-jcs-2022:vs-peer-proof-only',
    label: 'eddsa-jcs-2022 full verify vs peer proof-only',
    target: { min: 1 },
    lerkit: () => lerkitVerified(signed['eddsa-jcs-2022']),
    peer: async () => ok((await peerVerify(signed['eddsa-jcs-2022'], 'eddsa-jcs-2022')).verified),
  },
  {
    id: 'verify-full:vc-jwt',
    label: 'VC-JWT full verify (peer: jose `jwtVerify` + ajv)',
    lerkit: () => lerkitVerified(jwt),
    peer: async () => ok(await peerVerifyJwt(jwt, true)),
  },
  {
    id: 'verify-full:vc-jwt:vs-peer-proof-only',
    label: 'VC-JWT full verify vs peer proof-only (jose)',
    target: { min: 1 },
    lerkit: () => lerkitVerified(jwt),
    peer: async () => ok(await peerVerifyJwt(jwt, false)),
  },
  ...['eddsa-rdfc-2022', 'eddsa-jcs-2022', 'ecdsa-rdfc-2019', 'Ed25519Signature2020'].map(
    (suite) => ({
      id: `verify-proof:${suite}`,
      label: `${suite} proof-only verify (lerkit \`only: ['limits', 'proof']\`)`,
      lerkit: () => lerkitVerified(signed[suite], { only: PROOF_ONLY }),
      peer: async () => ok((await peerVerify(signed[suite], suite)).verified),
    }),
  ),
  {
    id: 'verify-proof:vc-jwt',
    label: 'VC-JWT proof-only verify (peer: jose)',
    lerkit: () => lerkitVerified(jwt, { only: PROOF_ONLY }),
    peer: async () => ok(await peerVerifyJwt(jwt, false)),
  },
  {
    id: 'clr:10',
    note: (r) => perNested(r, 10),
    label: 'CLR with 10 nested credentials, verify (peer: outer + every nested)',
    target: { min: 30 },
    lerkit: () => lerkitVerified(clr10),
    peer: async () => ok(await peerVerifyClr(clr10)),
  },
  {
    id: 'clr:100',
    note: (r) => perNested(r, 100),
    label: 'CLR with 100 nested credentials, verify (peer: outer + every nested)',
    lerkit: () => lerkitVerified(clr100),
    peer: async () => ok(await peerVerifyClr(clr100)),
  },
  {
    id: 'validate:steady',
    label: 'validate steady: `validate()` (all conformance checks) vs ajv schema',
    lerkit: async () => ok((await lerkit.validate(unsigned)).valid),
    peer: async () => ok(ajvValidate(unsigned)),
  },
  {
    id: 'validate:schema-steady',
    label: 'validate steady: `validateSchema()` vs ajv schema',
    lerkit: async () =>
      ok((await lerkit.validateSchema(unsigned, { target: 'AchievementCredential' })).length === 0),
    peer: async () => ok(ajvValidate(unsigned)),
  },
];

// What a CLR costs per nested credential, and the crypto floor of a verify: one Ed25519
// signature check of 64 bytes with node:crypto and the key already imported (issue 20's "53× the
// crypto floor").
const perNested = (r, n) => `lerkit ${num(1000 / r.lerkit / n)} ms per nested credential`;
let cryptoFloor = null;
if (selected('verify-full:eddsa-rdfc-2022')) {
  const { sign: edSign, verify: edVerify, createPublicKey } = await import('node:crypto');
  const data = Buffer.alloc(64, 1);
  const signature = edSign(null, data, edPrivate);
  const publicKey = createPublicKey(edPrivate);
  const floor = () => ok(edVerify(null, data, publicKey, signature));
  const size = await prepare(floor, { warmupMs: S.warmupMs, batchTargetMs: BATCH_TARGET_MS });
  const rounds = [];
  for (let r = 0; r < S.rounds; r++)
    rounds.push((await measureRound(floor, size, S.roundMs)).opsPerSec);
  cryptoFloor = median(rounds);
}

async function runSteady(row) {
  for (const side of ['lerkit', 'peer']) {
    if (!(await row[side]())) throw new Error(`${row.id}: the ${side} side failed its sanity run`);
  }
  const sizes = {};
  for (const side of ['lerkit', 'peer']) {
    sizes[side] = await prepare(row[side], {
      warmupMs: S.warmupMs,
      batchTargetMs: BATCH_TARGET_MS,
    });
  }
  const rounds = { lerkit: [], peer: [] };
  for (let r = 0; r < S.rounds; r++) {
    for (const side of ['lerkit', 'peer']) {
      rounds[side].push((await measureRound(row[side], sizes[side], S.roundMs)).opsPerSec);
    }
  }
  return { lerkit: median(rounds.lerkit), peer: median(rounds.peer), rounds };
}

// ---------------------------------------------------------------------------------------------
// Cold rows: fresh processes (spawn, import, first result), medians of S.coldRuns.

const signedFile = join(root, '.tmp', 'bench-credential.json');
mkdirSync(dirname(signedFile), { recursive: true });
writeFileSync(signedFile, `${JSON.stringify(signed['eddsa-rdfc-2022'], null, 2)}\n`);
const cold = (script, ...flags) => [join(benchDir, 'cold', script), ...flags];
const verifyArgs = [signedFile, NOW.toISOString()];
const COLD = [
  {
    id: 'cold:verify-full',
    label: 'cold: new process, import, first full verify (peer: vc + ajv compile)',
    target: { max: 0.25 },
    lerkit: cold('lerkit-verify.mjs', ...verifyArgs),
    peer: cold('digitalbazaar-verify.mjs', ...verifyArgs, '--with-ajv'),
  },
  {
    id: 'cold:verify-proof',
    label: 'cold: new process, import, first proof-only verify',
    lerkit: cold('lerkit-verify.mjs', ...verifyArgs, '--proof-only'),
    peer: cold('digitalbazaar-verify.mjs', ...verifyArgs),
  },
  {
    id: 'cold:validate',
    label: 'cold: new process, import `lerkit/validate`, first `validate()` (peer: ajv compile)',
    lerkit: cold('validate.mjs', 'esm', 'lerkit/validate'),
    peer: cold('ajv.mjs'),
  },
];

function runCold(rows) {
  const entries = [{ key: 'floor', label: 'process floor', args: ['-e', ''] }];
  for (const row of rows) {
    entries.push({ key: `${row.id}/lerkit`, label: row.label, args: row.lerkit });
    entries.push({ key: `${row.id}/peer`, label: row.label, args: row.peer });
  }
  return coldStart(entries, {
    root,
    warmup: S.coldWarmup,
    runs: S.coldRuns,
    expected: 'verify or validate the credential',
  });
}

// ---------------------------------------------------------------------------------------------
// Hostile rows (issue 16): each input through verify() with default limits, in its own child.

function runHostile(row) {
  const samples = [];
  for (let i = 0; i < S.hostileRuns; i++) {
    const child = spawnSync(process.execPath, [join(benchDir, 'cold', 'hostile.mjs'), row.id], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 16 * 2 ** 20,
    });
    if (child.status !== 0) throw new Error(`hostile child ${row.id} failed:\n${child.stderr}`);
    samples.push(JSON.parse(child.stdout));
  }
  const last = samples.at(-1);
  return {
    ms: median(samples.map((s) => s.ms)),
    againMs: median(samples.map((s) => s.againMs)),
    peakRssMb: median(samples.map((s) => s.peakRssMb)),
    verified: last.verified,
    codes: last.codes,
    hasCode: last.codes.includes(row.code),
  };
}

// ---------------------------------------------------------------------------------------------
// CLI batch rows: bench/batch.mjs (written separately) runs the CLI over generated files.

async function runBatch() {
  const file = join(benchDir, 'batch.mjs');
  if (!existsSync(file)) return { missing: 'not available (bench/batch.mjs missing)' };
  const { runBatchBench } = await import(file);
  if (typeof runBatchBench !== 'function') {
    return { missing: 'not available (bench/batch.mjs exports no runBatchBench)' };
  }
  const all = cpus().length;
  const one = await runBatchBench({ files: S.batchFiles, workers: 1 });
  const many = await runBatchBench({ files: S.batchFiles, workers: all });
  return { one, many, workers: all };
}

// ---------------------------------------------------------------------------------------------
// Run.

const started = performance.now();
const progress = (text) => process.stderr.write(`${text}\n`);
const steady = {};
const failed = {};
for (const row of STEADY.filter((r) => selected(r.id))) {
  progress(`bench: ${row.id}`);
  try {
    steady[row.id] = await runSteady(row);
  } catch (error) {
    failed[row.id] = String(error?.message ?? error).split('\n')[0];
    progress(`bench: ${row.id} failed: ${failed[row.id]}`);
  }
}
const coldRows = COLD.filter((r) => selected(r.id));
let coldResults = null;
if (coldRows.length > 0) {
  progress(`bench: ${coldRows.map((r) => r.id).join(', ')}`);
  try {
    coldResults = runCold(coldRows);
  } catch (error) {
    coldResults = { error: String(error?.message ?? error).split('\n')[0] };
  }
}
const hostileRows = HOSTILE_ROWS.filter((r) => selected(`hostile:${r.id}`));
const hostile = {};
for (const row of hostileRows) {
  progress(`bench: hostile:${row.id}`);
  try {
    hostile[row.id] = runHostile(row);
  } catch (error) {
    hostile[row.id] = { error: String(error?.message ?? error).split('\n')[0] };
  }
}
let batch = null;
if (selected('batch:1') || selected('batch:all')) {
  progress('bench: batch');
  batch = await runBatch();
}
const totalSeconds = (performance.now() - started) / 1000;

// ---------------------------------------------------------------------------------------------
// Report.

const versionOf = (name) => {
  try {
    return readJson(join(root, 'node_modules', name, 'package.json')).version;
  } catch {
    return 'n/a';
  }
};
const git = (...args) => {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
};
const cpuList = cpus();
const commit = git('rev-parse', '--short', 'HEAD') || 'unknown';
const dirty = git('status', '--porcelain', '--untracked-files=no') !== '';
const PEERS = [
  '@digitalbazaar/vc',
  '@digitalbazaar/data-integrity',
  '@digitalbazaar/eddsa-rdfc-2022-cryptosuite',
  '@digitalbazaar/eddsa-jcs-2022-cryptosuite',
  '@digitalbazaar/ecdsa-rdfc-2019-cryptosuite',
  '@digitalbazaar/ed25519-signature-2020',
  '@digitalbazaar/ed25519-multikey',
  'jsonld',
  'rdf-canonize',
  'jose',
  'ajv',
  'ajv-formats',
];
const machine = {
  cpu: `${cpuList.length} × ${cpuList[0]?.model?.trim() ?? 'unknown'}`,
  ram: `${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
  platform: `${platform()} ${release()} (${process.arch})`,
  node: `${process.version} (V8 ${process.versions.v8})`,
  lerkit: `${readJson(join(root, 'package.json')).version}, commit ${commit}${dirty ? ' (+ uncommitted changes)' : ''}`,
  dist: `built ${statSync(distEntry).mtime.toISOString()}`,
  peers: PEERS.map((name) => `${name} ${versionOf(name)}`).join(', '),
  date: new Date().toISOString(),
  mode: `${QUICK ? 'quick' : 'full'}${ONLY ? `, only /${ONLY.source}/` : ''}`,
};

const sections = [
  `# lerkit benchmark (${machine.mode})`,
  '',
  table(
    ['machine', ''],
    Object.entries(machine).map(([key, value]) => [key, value]),
  ),
  '',
];

if (Object.keys(steady).length + Object.keys(failed).length > 0) {
  sections.push(
    '## In process, warmed up',
    '',
    `Ops/s: median of ${S.rounds} interleaved rounds of ≥ ${S.roundMs} ms per side, after ${S.warmupMs} ms of warm-up. ` +
      'Ratio lerkit ÷ peer: above 1× lerkit is faster.',
    '',
    renderSpeedTable(
      STEADY.filter((row) => steady[row.id] || failed[row.id]).map((row) => ({
        label: `\`${row.id}\` ${row.label}`,
        lerkit: steady[row.id]?.lerkit ?? null,
        peer: steady[row.id]?.peer ?? null,
        target: row.target,
        note: failed[row.id] ? `failed: ${failed[row.id]}` : row.note?.(steady[row.id]),
      })),
    ),
    '',
  );
}

if (coldResults?.error) {
  sections.push('## Cold process', '', `failed: ${coldResults.error}`, '');
} else if (coldResults) {
  const floor = coldResults.floor.wallMedianMs;
  sections.push(
    '## Cold process',
    '',
    `Median wall time, spawn to exit, of ${S.coldRuns} runs per side (after ${S.coldWarmup} warm-up), interleaved. ` +
      `Process floor (\`node -e ''\`): ${num(floor)} ms. Ratio lerkit ÷ peer of the time: below 1× lerkit is faster.`,
    '',
    table(
      ['row', 'lerkit', 'peer', 'lerkit ÷ peer (time)', 'target'],
      coldRows.map((row) => {
        const l = coldResults[`${row.id}/lerkit`].wallMedianMs;
        const p = coldResults[`${row.id}/peer`].wallMedianMs;
        return [
          `\`${row.id}\` ${row.label}`,
          `${num(l)} ms`,
          `${num(p)} ms`,
          times(l / p),
          targetCell(row.target, l / p),
        ];
      }),
    ),
    '',
  );
}

if (batch) {
  sections.push('## CLI batch', '');
  if (batch.missing) {
    sections.push(
      `${S.batchFiles.toLocaleString('en-US')}-file CLI batch, 1 and all workers: ${batch.missing}.`,
      '',
    );
  } else {
    const speedup = batch.many.filesPerSecond / batch.one.filesPerSecond;
    sections.push(
      table(
        ['row', 'files/s', 'peak RSS', 'vs 1 worker', 'target'],
        [
          [
            `\`batch:1\` ${S.batchFiles.toLocaleString('en-US')} files, 1 worker`,
            num(batch.one.filesPerSecond),
            `${num(batch.one.peakRssMb)} MB`,
            '1×',
            targetCell({ max: 300 }, batch.one.peakRssMb, 'MB'),
          ],
          [
            `\`batch:all\` ${S.batchFiles.toLocaleString('en-US')} files, ${batch.workers} workers`,
            num(batch.many.filesPerSecond),
            `${num(batch.many.peakRssMb)} MB`,
            times(speedup),
            `${targetCell({ min: 1.8 }, speedup)}; RSS ${targetCell({ max: 300 }, batch.many.peakRssMb, 'MB')}`,
          ],
        ],
      ),
      '',
    );
  }
}

if (hostileRows.length > 0) {
  sections.push(
    '## Hostile inputs (issue 16), default limits',
    '',
    `verify() of each input in its own child process (input built before the clock starts), median of ${S.hostileRuns}: ` +
      'the first call (which loads what verify() loads lazily) and a second call on a fresh copy. ' +
      "Peak RSS: the child's `maxRSS` (Node itself included).",
    '',
    table(
      ['input', 'time (first call)', 'time (again)', 'verified', 'code', 'peak RSS', 'target'],
      hostileRows.map((row) => {
        const h = hostile[row.id];
        if (h.error)
          return [`\`hostile:${row.id}\` ${row.label}`, `failed: ${h.error}`, '', '', '', '', ''];
        return [
          `\`hostile:${row.id}\` ${row.label}`,
          `${num(h.ms)} ms`,
          `${num(h.againMs)} ms`,
          String(h.verified),
          h.hasCode ? row.code : `**${row.code} missing** (${h.codes.join(', ')})`,
          `${num(h.peakRssMb)} MB`,
          `${targetCell({ max: 1000 }, h.ms, 'ms')}; ${targetCell({ max: 256 }, h.peakRssMb, 'MB')}`,
        ];
      }),
    ),
    '',
  );
}

sections.push(`Finished in ${totalSeconds.toFixed(1)} s (checksum ${sink}).`);
const report = sections.join('\n');
console.log(report);
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, `${report}\n`);
writeFileSync(
  join(root, '.tmp', 'bench-results.json'),
  `${JSON.stringify({ machine, settings: S, steady, cold: coldResults, hostile, batch, totalSeconds }, null, 2)}\n`,
);
console.log(`\nWritten: ${relative(process.cwd(), OUT)} (raw: .tmp/bench-results.json)`);
