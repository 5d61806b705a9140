// Cold `validate()`: what a CLI run or a serverless cold start pays for the first validation.
// Each sample is a fresh `node` process that imports the built package through its name (ESM and
// CJS; the root entry point and `lerkit/validate`) and validates bench/fixtures/credential.json
// once; `lerkit/schema` rows run the JSON Schema alone (`validateSchema`), where the generated
// validators weigh most. Prints medians and p90s of spawn-to-exit, process-start-to-result and the
// CPU time spent by the result; measures, never asserts.
//
//   npm run build && node bench/cold-validate.mjs [--runs 15] [--baseline <built lerkit checkout>]
//
// `--baseline` runs the same children against another built checkout too (e.g. `git worktree add`
// of an older commit, then `npm run build` there), interleaved with this one so machine load hits
// both alike: the fair way to compare a change.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, ms, quantile, table } from './lib.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const option = (name) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const runs = Number(option('--runs') ?? 15);
const warmup = 2;
const baseline = option('--baseline');

const trees = [{ label: '', dir: root }];
if (baseline) trees.push({ label: 'baseline ', dir: resolve(baseline) });
for (const { dir } of trees) {
  if (!existsSync(join(dir, 'dist', 'index.js'))) {
    console.error(`${dir}/dist is missing: run \`npm run build\` there first`);
    process.exit(2);
  }
  // The child must sit inside the package it loads (Node resolves `lerkit` as a self-reference).
  const child = join(dir, 'bench', 'cold', 'validate.mjs');
  if (dir !== root) {
    mkdirSync(dirname(child), { recursive: true });
    copyFileSync(join(root, 'bench', 'cold', 'validate.mjs'), child);
  }
}

const variants = [
  ['ESM `lerkit/validate`', ['esm', 'lerkit/validate']],
  ['ESM `lerkit`', ['esm', 'lerkit']],
  ['CJS `lerkit/validate`', ['cjs', 'lerkit/validate']],
  ['CJS `lerkit`', ['cjs', 'lerkit']],
  ['ESM `lerkit/schema` (`validateSchema`)', ['esm', 'lerkit/schema']],
  ['CJS `lerkit/schema` (`validateSchema`)', ['cjs', 'lerkit/schema']],
];
const entries = [{ label: "`node -e ''` (process floor)", args: ['-e', ''] }];
for (const [label, args] of variants) {
  for (const tree of trees) {
    entries.push({
      label: `${tree.label}${label}`,
      args: [join(tree.dir, 'bench', 'cold', 'validate.mjs'), ...args],
    });
  }
}

function sample(entry) {
  const started = process.hrtime.bigint();
  const child = spawnSync(process.execPath, entry.args, { cwd: root, encoding: 'utf8' });
  const wall = Number(process.hrtime.bigint() - started) / 1e6;
  if (child.status !== 0)
    throw new Error(`${entry.label} failed (${child.status}):\n${child.stderr}`);
  if (entry.args[0] === '-e') return { wall };
  const report = JSON.parse(child.stdout);
  if (report.valid !== true) throw new Error(`${entry.label} did not validate the credential`);
  return { wall, ms: report.ms, cpu: report.cpuMs };
}

const samples = entries.map(() => ({ wall: [], ms: [], cpu: [] }));
for (let i = 0; i < warmup + runs; i++) {
  for (const [j, entry] of entries.entries()) {
    const s = sample(entry);
    if (i < warmup) continue;
    for (const key of ['wall', 'ms', 'cpu']) if (s[key] !== undefined) samples[j][key].push(s[key]);
  }
}

const cell = (values) => (values.length > 0 ? ms(median(values)) : 'n/a');
console.log(
  `Cold validate(), ${runs} runs per variant (after ${warmup} warm-up), Node ${process.version}`,
);
if (baseline) console.log(`baseline: ${resolve(baseline)}`);
console.log(
  `\n${table(
    ['Variant', 'spawn to exit', 'p90', 'start to result', 'CPU by result'],
    entries.map((entry, j) => [
      entry.label,
      cell(samples[j].wall),
      ms(quantile(samples[j].wall, 0.9)),
      cell(samples[j].ms),
      cell(samples[j].cpu),
    ]),
  )}\n\nMedians, except p90 (spawn to exit).`,
);
