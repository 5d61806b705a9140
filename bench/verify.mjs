// `npm run bench:verify`: verifying an Open Badges 3.0 credential signed with eddsa-rdfc-2022,
// lerkit vs what a user would otherwise write with the reference stack (@digitalbazaar/vc
// verifyCredential + DataIntegrityProof + the eddsa-rdfc-2022 cryptosuite, plus ajv for the
// official schema). Prints a Markdown report and writes the raw numbers to
// .tmp/bench-verify-latest.json. Measures, never asserts. Offline; about 50 s on a 2-core machine.
// See bench/README.md.
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, platform, release, totalmem } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  coldStart,
  ensureBuilt,
  measureRound,
  median,
  ms,
  ops,
  prepare,
  ratio,
  table,
} from './lib.mjs';

const require = createRequire(import.meta.url);
const benchDir = dirname(fileURLToPath(import.meta.url));
const root = resolve(benchDir, '..');

const COLD_WARMUP = 2;
const COLD_RUNS = 10;
const STEADY_WARMUP_MS = 500;
const STEADY_ROUNDS = 5;
const STEADY_ROUND_MS = 400; // 5 rounds x 400 ms = 2 s of measurement per case and side
const BATCH_TARGET_MS = 10;

// The time every verification runs at, on both sides, and the proof's `created`: fixed, so the
// run is reproducible. The fixture's validFrom is 2010-01-01.
const NOW = new Date('2024-06-01T00:00:00Z');
const CREATED = '2024-01-01T00:00:00Z';
const SEED = new Uint8Array(32).fill(7);
// lerkit's "proof only": only the limits and proof checks (parse always runs). The skip list this
// replaces named checks that no longer exist ('expiration', 'issuance'), and verify() refused it.
const PROOF_ONLY = ['limits', 'proof'];

// ---------------------------------------------------------------------------------------------
// Build the package when dist is missing.

const distEntry = join(root, 'dist', 'index.js');
const distContext = join(root, 'dist', 'context', 'index.js');
ensureBuilt(root, [distEntry, distContext]);

// ---------------------------------------------------------------------------------------------
// Inputs: the bench fixture, issued by a did:key and signed once with lerkit.

const lerkit = await import(distEntry);
const { createDocumentLoader } = await import(distContext);
const { DataIntegrityProof } = await import('@digitalbazaar/data-integrity');
const { cryptosuite } = await import('@digitalbazaar/eddsa-rdfc-2022-cryptosuite');
const vc = await import('@digitalbazaar/vc');
const { didKeyLoader } = await import('./cold/did-key-loader.mjs');

const key = await lerkit.generateKeyPair({ seed: SEED });
const unsigned = JSON.parse(readFileSync(join(benchDir, 'fixtures', 'credential.json'), 'utf8'));
unsigned.issuer.id = key.controller; // the key must be the issuer's
const signed = await lerkit.sign(unsigned, { key, suite: 'eddsa-rdfc-2022', created: CREATED });
const tampered = { ...signed, name: 'Tampered Badge' };

// The children of the cold-start runs read the signed credential from here.
const signedFile = join(root, '.tmp', 'bench-verify-credential.json');
mkdirSync(dirname(signedFile), { recursive: true });
writeFileSync(signedFile, `${JSON.stringify(signed, null, 2)}\n`);

const schemaFile = join(
  root,
  'schemas',
  'json-ld-compaction',
  'ob_v3p0_achievementcredential_schema.json',
);

// The baseline, as a user assembling it would write it: one document loader (hand-written
// did:key document + the same bundled contexts lerkit uses), a suite per call, ajv compiled once.
const baselineLoader = didKeyLoader(key.publicKeyMultibase, createDocumentLoader());
const baselineVerify = (credential) =>
  vc.verifyCredential({
    credential,
    suite: new DataIntegrityProof({ cryptosuite }),
    documentLoader: baselineLoader,
    now: NOW,
  });
const Ajv2019 = require('ajv/dist/2019').default;
const addFormats = require('ajv-formats');
const ajv = new Ajv2019({ allErrors: true, strict: false });
addFormats(ajv);
const ajvValidate = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')));

// ---------------------------------------------------------------------------------------------
// Sanity: a benchmark of a failing verification is meaningless. Both sides must accept the signed
// credential (every lerkit check passing) and reject a tampered copy.

function abort(message, detail) {
  console.error(`bench/verify.mjs: ${message}; not benchmarking.`);
  if (detail !== undefined) console.error(JSON.stringify(detail, null, 2));
  process.exit(1);
}

{
  const full = await lerkit.verify(signed, { now: NOW });
  if (!full.verified || full.status !== 'valid') {
    abort('lerkit verify() did not return verified/valid for the signed credential', full.checks);
  }
  const proofOnly = await lerkit.verify(signed, { now: NOW, only: PROOF_ONLY });
  if (
    !proofOnly.verified ||
    !proofOnly.checks.some((c) => c.check === 'proof' && c.outcome === 'pass')
  ) {
    abort('lerkit verify() (proof only) did not pass the proof check', proofOnly.checks);
  }
  const reused = await lerkit.createVerifier({ now: NOW }).verify(signed);
  if (!reused.verified) abort('lerkit createVerifier().verify() did not verify', reused.checks);
  const baseline = await baselineVerify(signed);
  if (!baseline.verified) {
    abort('@digitalbazaar/vc verifyCredential did not verify the signed credential', {
      error: String(baseline.error?.errors?.[0] ?? baseline.error),
    });
  }
  if (!ajvValidate(signed)) {
    abort('ajv rejected the signed credential against the official schema', ajvValidate.errors);
  }
  if ((await lerkit.verify(tampered, { now: NOW })).verified) {
    abort('lerkit verified a tampered credential');
  }
  if ((await baselineVerify(tampered)).verified) {
    abort('@digitalbazaar/vc verified a tampered credential');
  }
}

// ---------------------------------------------------------------------------------------------
// Statistics and formatting.

// ---------------------------------------------------------------------------------------------
// 1. Cold start: fresh processes, timed by the parent from spawn to exit.

const childArgs = (script, ...flags) => [
  join(benchDir, 'cold', script),
  signedFile,
  NOW.toISOString(),
  ...flags,
];
const COLD = [
  { key: 'floor', label: "`node -e ''` (process floor)", args: ['-e', ''] },
  {
    key: 'lerkit',
    label: 'lerkit `verify` (dist/index.js), full',
    args: childArgs('lerkit-verify.mjs'),
  },
  {
    key: 'baselineFull',
    label: '@digitalbazaar `verifyCredential` + ajv (import, compile, verify, validate)',
    args: childArgs('digitalbazaar-verify.mjs', '--with-ajv'),
  },
  {
    key: 'lerkitProofOnly',
    label: 'lerkit `verify`, proof only (`only`)',
    args: childArgs('lerkit-verify.mjs', '--proof-only'),
  },
  {
    key: 'baseline',
    label: '@digitalbazaar `verifyCredential` (import, verify)',
    args: childArgs('digitalbazaar-verify.mjs'),
  },
];

// ---------------------------------------------------------------------------------------------
// 2. Steady state: in-process throughput, everything loaded and warmed up.

async function steadyState() {
  // A sink the optimiser cannot prove unused: counts verified results.
  let sink = 0;
  const verifier = lerkit.createVerifier({ now: NOW });
  const cases = [
    {
      key: 'proofOnly',
      sides: {
        lerkit: async () => {
          sink += (await lerkit.verify(signed, { now: NOW, only: PROOF_ONLY })).verified;
        },
        baseline: async () => {
          sink += (await baselineVerify(signed)).verified;
        },
      },
    },
    {
      key: 'full',
      sides: {
        lerkit: async () => {
          sink += (await lerkit.verify(signed, { now: NOW })).verified;
        },
        baseline: async () => {
          const valid = ajvValidate(signed);
          sink += valid && (await baselineVerify(signed)).verified;
        },
      },
    },
    {
      key: 'reuse',
      sides: {
        lerkit: async () => {
          sink += (await verifier.verify(signed)).verified;
        },
        baseline: async () => {
          sink += (await lerkit.verify(signed, { now: NOW })).verified;
        },
      },
    },
  ];

  const results = {};
  for (const c of cases) {
    const sides = Object.keys(c.sides);
    const sizes = {};
    for (const side of sides)
      sizes[side] = await prepare(c.sides[side], {
        warmupMs: STEADY_WARMUP_MS,
        batchTargetMs: BATCH_TARGET_MS,
      });
    const rounds = Object.fromEntries(sides.map((side) => [side, []]));
    // Interleaved rounds; the reported figure is the median round.
    for (let r = 0; r < STEADY_ROUNDS; r++) {
      for (const side of sides) {
        rounds[side].push(await measureRound(c.sides[side], sizes[side], STEADY_ROUND_MS));
      }
    }
    const summarise = (side) => ({
      opsPerSec: median(rounds[side].map((round) => round.opsPerSec)),
      measuredMs: rounds[side].reduce((sum, round) => sum + round.elapsedMs, 0),
      iterations: rounds[side].reduce((sum, round) => sum + round.count, 0),
      batchSize: sizes[side],
      rounds: rounds[side].map((round) => round.opsPerSec),
    });
    results[c.key] = Object.fromEntries(sides.map((side) => [side, summarise(side)]));
    results[c.key].ratio = results[c.key].lerkit.opsPerSec / results[c.key].baseline.opsPerSec;
  }
  return { results, checksum: sink };
}

// ---------------------------------------------------------------------------------------------
// Run and report.

const started = performance.now();
const cold = coldStart(COLD, {
  root,
  warmup: COLD_WARMUP,
  runs: COLD_RUNS,
  expected: 'verify the signed credential',
});
const steady = await steadyState();
const totalSeconds = (performance.now() - started) / 1000;

const versionOf = (name) =>
  JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
const cpuList = cpus();
const machine = {
  node: process.version,
  v8: process.versions.v8,
  platform: `${platform()} ${release()} (${process.arch})`,
  cpus: `${cpuList.length} x ${cpuList[0]?.model?.trim() ?? 'unknown'}`,
  memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
  lerkit: JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version,
  digitalbazaarVc: versionOf('@digitalbazaar/vc'),
  dataIntegrity: versionOf('@digitalbazaar/data-integrity'),
  eddsaRdfc2022: versionOf('@digitalbazaar/eddsa-rdfc-2022-cryptosuite'),
  jsonld: versionOf('jsonld'),
  ajv: versionOf('ajv'),
  ajvFormats: versionOf('ajv-formats'),
  distBuiltAt: statSync(distEntry).mtime.toISOString(),
  date: new Date().toISOString(),
};

const floor = cold.floor.wallMedianMs;
const coldRatio = (baseline, mine) => cold[baseline].wallMedianMs / cold[mine].wallMedianMs;
const coldNetRatio = (baseline, mine) =>
  (cold[baseline].wallMedianMs - floor) / (cold[mine].wallMedianMs - floor);
const coldRatios = {
  full: {
    baselineOverLerkit: coldRatio('baselineFull', 'lerkit'),
    baselineOverLerkitMinusFloor: coldNetRatio('baselineFull', 'lerkit'),
  },
  proofOnly: {
    baselineOverLerkit: coldRatio('baseline', 'lerkitProofOnly'),
    baselineOverLerkitMinusFloor: coldNetRatio('baseline', 'lerkitProofOnly'),
  },
};
const r = steady.results;

const report = [
  '# lerkit vs @digitalbazaar/vc: verification benchmark (eddsa-rdfc-2022)',
  '',
  table(
    ['Machine', ''],
    [
      ['node', `${machine.node} (V8 ${machine.v8})`],
      ['platform', machine.platform],
      ['cpus', machine.cpus],
      ['memory', `${machine.memoryGiB} GiB`],
      [
        'versions',
        `lerkit ${machine.lerkit}, @digitalbazaar/vc ${machine.digitalbazaarVc}, ` +
          `data-integrity ${machine.dataIntegrity}, eddsa-rdfc-2022-cryptosuite ${machine.eddsaRdfc2022}, ` +
          `jsonld ${machine.jsonld}, ajv ${machine.ajv}, ajv-formats ${machine.ajvFormats}`,
      ],
      ['dist built', machine.distBuiltAt],
    ],
  ),
  '',
  `Credential: \`bench/fixtures/credential.json\` issued by \`${key.controller.slice(0, 24)}…\`, ` +
    `signed once with lerkit (eddsa-rdfc-2022), verified at ${NOW.toISOString()}. Both sides ` +
    'accepted it and rejected a tampered copy before timing.',
  '',
  `## Steady state (in process, warmed up; median of ${STEADY_ROUNDS} rounds of ${STEADY_ROUND_MS} ms per case)`,
  '',
  table(
    ['Case', 'lerkit', 'baseline', 'ratio lerkit / baseline'],
    [
      [
        '1. proof only: `verify(…, { only })` vs `verifyCredential`',
        ops(r.proofOnly.lerkit.opsPerSec),
        ops(r.proofOnly.baseline.opsPerSec),
        ratio(r.proofOnly.ratio),
      ],
      [
        '2. full OB 3.0: `verify()` vs `verifyCredential` + ajv',
        ops(r.full.lerkit.opsPerSec),
        ops(r.full.baseline.opsPerSec),
        ratio(r.full.ratio),
      ],
      [
        '3. many credentials: `createVerifier().verify()` vs `verify()` (both lerkit)',
        ops(r.reuse.lerkit.opsPerSec),
        ops(r.reuse.baseline.opsPerSec),
        ratio(r.reuse.ratio),
      ],
    ],
  ),
  '',
  'Above 1x: lerkit verifies more credentials per second than the baseline.',
  '',
  '- **1. proof only.** @digitalbazaar checks the signature (RDF canonicalization, safe mode, of credential and proof options), ' +
    "that the key's controller lists it for assertionMethod and is the credential's issuer (CredentialIssuancePurpose), the VC shape and the validity dates. " +
    "lerkit's proof check covers signature, purpose and issuer ↔ key controller (resolving the did:key itself; shape and dates are skipped here) " +
    'and also refuses data that RDF canonicalization would silently drop: one extra JSON-LD expansion. It also builds a fresh verifier and a report per call.',
  '- **2. full OB 3.0.** On top of the proof, lerkit checks the @context and every term (a JSON-LD expansion in safe mode), the official schema (compiled ahead of time), the subject, status and the validity dates. ' +
    'The baseline is what a user assembling it would run: `verifyCredential` plus the official schema with ajv, compiled once.',
  '- **3. many credentials.** Both sides are lerkit; the ratio is what a reused `createVerifier` (its loaded documents shared across calls) buys over a fresh `verify()` per credential. ' +
    'Here there is nothing to load (bundled contexts, a did:key), so expect about 1x; the caches pay off when documents come from `fetch` or a `documentLoader` (did:web, status lists).',
  '',
  `## Cold start (fresh process: import, verify one credential; ${COLD_RUNS} runs after ${COLD_WARMUP} warm-ups)`,
  '',
  table(
    ['Variant', 'median (spawn to exit)', 'p90', 'median (start to result)', 'p90'],
    COLD.map(({ key }) => {
      const row = cold[key];
      return [
        row.label,
        ms(row.wallMedianMs),
        ms(row.wallP90Ms),
        row.toResultMedianMs === null ? 'n/a' : ms(row.toResultMedianMs),
        row.toResultP90Ms === null ? 'n/a' : ms(row.toResultP90Ms),
      ];
    }),
  ),
  '',
  `Ratio baseline / lerkit (median spawn to exit), full OB 3.0: **${ratio(coldRatios.full.baselineOverLerkit)}**; ` +
    `minus the process floor (${ms(floor)}): **${ratio(coldRatios.full.baselineOverLerkitMinusFloor)}**. ` +
    `Proof only: ${ratio(coldRatios.proofOnly.baselineOverLerkit)}, minus the floor ${ratio(coldRatios.proofOnly.baselineOverLerkitMinusFloor)}. ` +
    'Above 1x: lerkit is faster. The full baseline compiles the official schema with ajv in every process; ' +
    "lerkit's validators are compiled ahead of time.",
  '',
  `Finished in ${totalSeconds.toFixed(1)} s.`,
].join('\n');

console.log(report);

const outFile = join(root, '.tmp', 'bench-verify-latest.json');
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(
  outFile,
  `${JSON.stringify(
    {
      machine,
      settings: {
        now: NOW.toISOString(),
        coldWarmup: COLD_WARMUP,
        coldRuns: COLD_RUNS,
        steadyWarmupMs: STEADY_WARMUP_MS,
        steadyRounds: STEADY_ROUNDS,
        steadyRoundMs: STEADY_ROUND_MS,
      },
      coldStart: cold,
      coldStartRatio: coldRatios,
      steadyState: steady.results,
      checksum: steady.checksum,
      totalSeconds,
    },
    null,
    2,
  )}\n`,
);
console.log(`\nRaw results: ${relative(process.cwd(), outFile)}`);
