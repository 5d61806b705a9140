// Cold `validate()`: what a CLI run or a serverless cold start pays for the first validation.
// Each sample is a fresh `node` process that imports the built package through its name (ESM and
// CJS; the root entry point and `lerkit/validate`) and validates bench/fixtures/credential.json
// once. Prints medians and p90s of spawn-to-exit and process-start-to-result; measures, never
// asserts.
//
//   npm run build && node bench/cold-validate.mjs [--runs 15] [--baseline <built lerkit checkout>]
//
// `--baseline` runs the same children against another built checkout too (e.g. `git worktree add`
// of an older commit, then `npm run build` there), interleaved with this one so machine load hits
// both alike: the fair way to compare a change.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { coldStart, ms, table } from './lib.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const option = (name) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const runs = Number(option('--runs') ?? 15);
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
  ['esm-validate', 'ESM `lerkit/validate`', ['esm', 'lerkit/validate']],
  ['esm-root', 'ESM `lerkit`', ['esm', 'lerkit']],
  ['cjs-validate', 'CJS `lerkit/validate`', ['cjs', 'lerkit/validate']],
  ['cjs-root', 'CJS `lerkit`', ['cjs', 'lerkit']],
];
const entries = [{ key: 'floor', label: "`node -e ''` (process floor)", args: ['-e', ''] }];
for (const [key, label, args] of variants) {
  for (const [i, tree] of trees.entries()) {
    entries.push({
      key: `${key}-${i}`,
      label: `${tree.label}${label}`,
      args: [join(tree.dir, 'bench', 'cold', 'validate.mjs'), ...args],
    });
  }
}
const summary = coldStart(entries, { root, warmup: 2, runs, expected: 'validate the credential' });

console.log(`Cold validate(), ${runs} runs per variant, Node ${process.version}`);
if (baseline) console.log(`baseline: ${resolve(baseline)}`);
console.log(
  `\n${table(
    ['Variant', 'median spawn to exit', 'p90', 'median start to result'],
    entries.map(({ key }) => {
      const s = summary[key];
      return [
        s.label,
        ms(s.wallMedianMs),
        ms(s.wallP90Ms),
        s.toResultMedianMs === null ? 'n/a' : ms(s.toResultMedianMs),
      ];
    }),
  )}`,
);
