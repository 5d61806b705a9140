// `npm run bench`: lerkit's ahead-of-time compiled schema validation vs the ajv baseline a user
// would otherwise write (Ajv2019 + ajv-formats, compiling the official schema at run time).
// Prints a Markdown report and writes the raw numbers to .tmp/bench-latest.json. Measures, never
// asserts. Offline; about 45 s on a 2-core machine. See bench/README.md.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, platform, release, totalmem } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { coldStart, measureRound, median, ms, ops, prepare, ratio, table } from './lib.mjs';

const require = createRequire(import.meta.url);
const benchDir = dirname(fileURLToPath(import.meta.url));
const root = resolve(benchDir, '..');

const COLD_WARMUP = 2;
const COLD_RUNS = 15;
const STEADY_WARMUP_MS = 500;
const STEADY_ROUNDS = 3;
const STEADY_ROUND_MS = 500; // 3 rounds x 500 ms = 1.5 s of measurement per case
const BATCH_TARGET_MS = 10;

// ---------------------------------------------------------------------------------------------
// Build the package when dist is missing.

const distEntry = join(root, 'dist', 'schema', 'index.js');
if (!existsSync(distEntry)) {
  console.error('dist/schema/index.js is missing: running `npm run build` first...');
  const built = spawnSync('npm', ['run', 'build'], {
    cwd: root,
    stdio: ['ignore', 2, 2], // build output to stderr: stdout stays pure Markdown
    shell: process.platform === 'win32',
  });
  if (built.status !== 0 || !existsSync(distEntry)) {
    console.error('`npm run build` failed; cannot benchmark.');
    process.exit(1);
  }
}

// ---------------------------------------------------------------------------------------------
// Inputs.

const credential = JSON.parse(readFileSync(join(benchDir, 'fixtures', 'credential.json'), 'utf8'));
// Three mistakes: achievement without a name, validFrom not a date-time, issuer not a Profile.
const invalidCredential = structuredClone(credential);
delete invalidCredential.credentialSubject.achievement.name;
invalidCredential.validFrom = '2010-01-01';
invalidCredential.issuer.type = ['Person'];

const schemaFile = join(
  root,
  'schemas',
  'json-ld-compaction',
  'ob_v3p0_achievementcredential_schema.json',
);

// ---------------------------------------------------------------------------------------------
// Statistics and formatting.

// ---------------------------------------------------------------------------------------------
// 1. Cold start: fresh processes, timed by the parent from spawn to exit.

const COLD = [
  { key: 'floor', label: "`node -e ''` (process floor)", args: ['-e', ''] },
  {
    key: 'lerkit',
    label: 'lerkit `validateSchema` (dist/schema)',
    args: [join(benchDir, 'cold', 'lerkit.mjs')],
  },
  {
    key: 'ajv',
    label: 'ajv baseline (import, compile, validate)',
    args: [join(benchDir, 'cold', 'ajv.mjs')],
  },
  {
    key: 'ajvTuned',
    label: 'ajv tuned, `inlineRefs: false` (for reference)',
    args: [join(benchDir, 'cold', 'ajv.mjs'), '--tuned'],
  },
];

// ---------------------------------------------------------------------------------------------
// 2. Steady state: in-process throughput of already loaded / compiled validators.

async function steadyState() {
  const { validateSchema } = await import(distEntry);
  const Ajv2019 = require('ajv/dist/2019').default;
  const addFormats = require('ajv-formats');
  const schema = JSON.parse(readFileSync(schemaFile, 'utf8'));
  const compile = (options) => {
    const ajv = new Ajv2019({ allErrors: true, strict: false, ...options });
    addFormats(ajv);
    return ajv.compile(schema);
  };
  // The baseline, as a user would write it; and, for reference, with the one option lerkit's
  // generated validators set differently (scripts/generate.mjs).
  const ajvValidate = compile({});
  const ajvTunedValidate = compile({ inlineRefs: false });

  // What each side reports for the sample inputs, as a sanity check and for the reader.
  const lerkitIssues = await validateSchema(invalidCredential, { target: 'AchievementCredential' });
  const lerkitValid = await validateSchema(credential, { target: 'AchievementCredential' });
  const ajvAcceptsValid = ajvValidate(credential);
  const ajvAcceptsInvalid = ajvValidate(invalidCredential);
  const ajvErrorCount = ajvValidate.errors?.length ?? 0;
  if (
    lerkitValid.length !== 0 ||
    !ajvAcceptsValid ||
    !ajvTunedValidate(credential) ||
    lerkitIssues.length === 0 ||
    ajvTunedValidate(invalidCredential)
  ) {
    throw new Error('unexpected validation result for the sample credentials');
  }
  if (ajvAcceptsInvalid) throw new Error('ajv accepted the invalid credential');

  // A sink the optimiser cannot prove unused.
  let sink = 0;
  const options = { target: 'AchievementCredential' };
  const cases = [
    {
      key: 'valid',
      lerkit: async () => {
        sink += (await validateSchema(credential, options)).length;
      },
      ajv: () => {
        sink += ajvValidate(credential) ? 1 : 0;
      },
      ajvTuned: () => {
        sink += ajvTunedValidate(credential) ? 1 : 0;
      },
    },
    {
      key: 'invalid',
      lerkit: async () => {
        sink += (await validateSchema(invalidCredential, options)).length;
      },
      ajv: () => {
        sink += ajvValidate(invalidCredential) ? 1 : ajvValidate.errors.length;
      },
      ajvTuned: () => {
        sink += ajvTunedValidate(invalidCredential) ? 1 : ajvTunedValidate.errors.length;
      },
    },
  ];

  const results = {};
  const sides = ['lerkit', 'ajv', 'ajvTuned'];
  for (const c of cases) {
    const sizes = {};
    for (const side of sides)
      sizes[side] = await prepare(c[side], {
        warmupMs: STEADY_WARMUP_MS,
        batchTargetMs: BATCH_TARGET_MS,
      });
    const rounds = Object.fromEntries(sides.map((side) => [side, []]));
    // Interleaved rounds; the reported figure is the median round.
    for (let r = 0; r < STEADY_ROUNDS; r++) {
      for (const side of sides) {
        rounds[side].push(await measureRound(c[side], sizes[side], STEADY_ROUND_MS));
      }
    }
    const summarise = (side) => ({
      opsPerSec: median(rounds[side].map((round) => round.opsPerSec)),
      measuredMs: rounds[side].reduce((sum, round) => sum + round.elapsedMs, 0),
      iterations: rounds[side].reduce((sum, round) => sum + round.count, 0),
      rounds: rounds[side].map((round) => round.opsPerSec),
    });
    results[c.key] = Object.fromEntries(sides.map((side) => [side, summarise(side)]));
  }
  return {
    results,
    checksum: sink, // keeps the validation results observable
    outputs: {
      lerkitIssueCount: lerkitIssues.length,
      lerkitIssues,
      ajvRawErrorCount: ajvErrorCount,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Run and report.

const started = performance.now();
const cold = coldStart(COLD, {
  root,
  warmup: COLD_WARMUP,
  runs: COLD_RUNS,
  expected: 'accept the sample credential',
});
const steady = await steadyState();
const totalSeconds = (performance.now() - started) / 1000;

const cpuList = cpus();
const machine = {
  node: process.version,
  v8: process.versions.v8,
  platform: `${platform()} ${release()} (${process.arch})`,
  cpus: `${cpuList.length} x ${cpuList[0]?.model?.trim() ?? 'unknown'}`,
  memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
  lerkit: JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version,
  ajv: require('ajv/package.json').version,
  ajvFormats: require('ajv-formats/package.json').version,
  distBuiltAt: statSync(distEntry).mtime.toISOString(),
  date: new Date().toISOString(),
};

const floor = cold.floor.wallMedianMs;
const coldRatio = cold.ajv.wallMedianMs / cold.lerkit.wallMedianMs;
const coldNetRatio = (cold.ajv.wallMedianMs - floor) / (cold.lerkit.wallMedianMs - floor);
const coldTunedRatio = cold.ajvTuned.wallMedianMs / cold.lerkit.wallMedianMs;
const coldTunedNetRatio = (cold.ajvTuned.wallMedianMs - floor) / (cold.lerkit.wallMedianMs - floor);
const throughputRatio = (key, baseline) =>
  steady.results[key].lerkit.opsPerSec / steady.results[key][baseline].opsPerSec;
const validRatio = throughputRatio('valid', 'ajv');
const invalidRatio = throughputRatio('invalid', 'ajv');
const validTunedRatio = throughputRatio('valid', 'ajvTuned');
const invalidTunedRatio = throughputRatio('invalid', 'ajvTuned');

const report = [
  '# lerkit vs ajv: schema validation benchmark',
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
        `lerkit ${machine.lerkit}, ajv ${machine.ajv}, ajv-formats ${machine.ajvFormats}`,
      ],
      ['dist built', machine.distBuiltAt],
    ],
  ),
  '',
  `## Cold start (fresh process: import, validate one credential; ${COLD_RUNS} runs after ${COLD_WARMUP} warm-ups)`,
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
  `Ratio ajv / lerkit (median spawn to exit): **${ratio(coldRatio)}**; ` +
    `minus the process floor (${ms(floor)}): **${ratio(coldNetRatio)}**. Above 1x: lerkit is faster. ` +
    `Against tuned ajv: ${ratio(coldTunedRatio)}, minus the floor ${ratio(coldTunedNetRatio)}.`,
  '',
  `## Steady state (in process, warmed up; median of ${STEADY_ROUNDS} rounds of ${STEADY_ROUND_MS} ms per case)`,
  '',
  table(
    [
      'Case',
      'lerkit `validateSchema`',
      'ajv compiled function',
      'ratio lerkit / ajv',
      'ajv tuned (reference)',
      'ratio lerkit / tuned',
    ],
    [
      ['valid credential', 'valid', validRatio, validTunedRatio],
      ['invalid credential (3 mistakes)', 'invalid', invalidRatio, invalidTunedRatio],
    ].map(([label, key, baselineRatio, tunedRatio]) => [
      label,
      ops(steady.results[key].lerkit.opsPerSec),
      ops(steady.results[key].ajv.opsPerSec),
      ratio(baselineRatio),
      ops(steady.results[key].ajvTuned.opsPerSec),
      ratio(tunedRatio),
    ]),
  ),
  '',
  'Above 1x: lerkit validates more credentials per second than the baseline. ' +
    '"ajv tuned" is the baseline plus `inlineRefs: false`, the option lerkit generates its ' +
    'validators with; it shows how much of the gap is that option rather than lerkit.',
  '',
  `Invalid case: lerkit returns ${steady.outputs.lerkitIssueCount} root-cause issues in plain words ` +
    `(${steady.outputs.lerkitIssues.map((issue) => `\`${issue.path}\``).join(', ')}); ` +
    `ajv returns ${steady.outputs.ajvRawErrorCount} raw errors (every failed branch of anyOf/oneOf). ` +
    "lerkit's figure includes that explanation work; ajv's does not. " +
    'lerkit is also called through its async API (one await per validation); ajv is synchronous.',
  '',
  `Finished in ${totalSeconds.toFixed(1)} s.`,
].join('\n');

console.log(report);

const outFile = join(root, '.tmp', 'bench-latest.json');
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(
  outFile,
  `${JSON.stringify(
    {
      machine,
      settings: {
        coldWarmup: COLD_WARMUP,
        coldRuns: COLD_RUNS,
        steadyWarmupMs: STEADY_WARMUP_MS,
        steadyRounds: STEADY_ROUNDS,
        steadyRoundMs: STEADY_ROUND_MS,
      },
      coldStart: cold,
      coldStartRatio: {
        ajvOverLerkit: coldRatio,
        ajvOverLerkitMinusFloor: coldNetRatio,
        ajvTunedOverLerkit: coldTunedRatio,
        ajvTunedOverLerkitMinusFloor: coldTunedNetRatio,
      },
      steadyState: steady.results,
      steadyStateRatio: {
        lerkitOverAjv: { valid: validRatio, invalid: invalidRatio },
        lerkitOverAjvTuned: { valid: validTunedRatio, invalid: invalidTunedRatio },
      },
      outputs: steady.outputs,
      totalSeconds,
    },
    null,
    2,
  )}\n`,
);
console.log(`\nRaw results: ${relative(process.cwd(), outFile)}`);
