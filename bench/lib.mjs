// Shared by the benchmarks (run.mjs, verify.mjs): statistics, Markdown formatting, cold-start
// sampling of child processes, and steady-state throughput rounds.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

export const median = (values) => quantile(values, 0.5);
export const ms = (value) => `${value.toFixed(1)} ms`;
export const ops = (value) => `${Math.round(value).toLocaleString('en-US')} ops/s`;
export const ratio = (value) =>
  Number.isFinite(value) && value > 0 ? `${value.toFixed(2)}x` : 'n/a';

export function table(headers, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

// One child process, timed by the parent from spawn to exit. Children other than the process
// floor print { valid, ms } (ms: process start -> result); `expected` says what `valid` means.
function spawnOnce(entry, root, expected) {
  const started = process.hrtime.bigint();
  const child = spawnSync(process.execPath, entry.args, { cwd: root, encoding: 'utf8' });
  const wall = Number(process.hrtime.bigint() - started) / 1e6;
  if (child.status !== 0) {
    throw new Error(`cold-start child ${entry.key} failed (${child.status}):\n${child.stderr}`);
  }
  const report = entry.key === 'floor' ? null : JSON.parse(child.stdout);
  if (report && report.valid !== true) {
    throw new Error(`cold-start child ${entry.key} did not ${expected}`);
  }
  return { wall, toResult: report?.ms ?? null };
}

/**
 * Cold start: `warmup` rounds, then `runs` rounds of every entry, interleaved so drift in machine
 * load hits every variant alike. Returns medians and p90s per entry key.
 */
export function coldStart(entries, { root, warmup, runs, expected }) {
  const samples = Object.fromEntries(
    entries.map((entry) => [entry.key, { wall: [], toResult: [] }]),
  );
  for (let i = 0; i < warmup; i++) for (const entry of entries) spawnOnce(entry, root, expected);
  for (let i = 0; i < runs; i++) {
    for (const entry of entries) {
      const { wall, toResult } = spawnOnce(entry, root, expected);
      samples[entry.key].wall.push(wall);
      if (toResult !== null) samples[entry.key].toResult.push(toResult);
    }
  }
  const summary = {};
  for (const entry of entries) {
    const { wall, toResult } = samples[entry.key];
    summary[entry.key] = {
      label: entry.label,
      wallMedianMs: median(wall),
      wallP90Ms: quantile(wall, 0.9),
      toResultMedianMs: toResult.length > 0 ? median(toResult) : null,
      toResultP90Ms: toResult.length > 0 ? quantile(toResult, 0.9) : null,
      wallMs: wall,
      toResultMs: toResult,
    };
  }
  return summary;
}

async function timeBatch(fn, size) {
  const started = process.hrtime.bigint();
  for (let i = 0; i < size; i++) await fn();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/** Warms `fn` up for `warmupMs` and picks a batch size that takes about `batchTargetMs`. */
export async function prepare(fn, { warmupMs, batchTargetMs }) {
  let size = 1;
  const until = performance.now() + warmupMs;
  while (performance.now() < until) {
    const elapsed = await timeBatch(fn, size);
    if (elapsed < batchTargetMs) size *= 2;
  }
  return size;
}

/** Runs batches of `fn` for at least `roundMs`; returns the throughput. */
export async function measureRound(fn, size, roundMs) {
  let count = 0;
  let elapsed = 0;
  while (elapsed < roundMs) {
    elapsed += await timeBatch(fn, size);
    count += size;
  }
  return { opsPerSec: (count * 1000) / elapsed, count, elapsedMs: elapsed };
}

// ---------------------------------------------------------------------------------------------
// bench.mjs: ratios, targets and the results table (unit-tested in test/scripts/bench-lib.test.ts).

/**
 * lerkit ÷ peer of two speeds (ops/s, files/s): above 1 lerkit is faster. `null` when either side
 * is missing, zero or not finite.
 */
export function speedRatio(lerkit, peer) {
  if (!Number.isFinite(lerkit) || !Number.isFinite(peer) || lerkit <= 0 || peer <= 0) return null;
  return lerkit / peer;
}

/** A number with thousands separators and `digits` decimals below 100 (e.g. `1,875`, `12.5`). */
export function num(value, digits = 1) {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'n/a';
  const decimals = Math.abs(value) >= 100 ? 0 : digits;
  return value.toLocaleString('en-US', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  });
}

/** A ratio as `1.33×` (`0.042×` below 0.1), or `n/a`. */
export function times(value) {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'n/a';
  return `${value.toFixed(value < 0.1 ? 3 : 2)}×`;
}

/**
 * A target, `{ min }` (the ratio must reach it) or `{ max }` (must not exceed it), as text with
 * its verdict for `value`: `≥ 20× (missed)`, `≤ 1,000 ms (met)`, or `` when there is no target.
 */
export function targetCell(target, value, unit = '×') {
  if (!target) return '';
  const bound = target.min ?? target.max;
  const text = `${target.min !== undefined ? '≥' : '≤'} ${unit === '×' ? bound : num(bound)}${unit === '×' ? '×' : ` ${unit}`}`;
  if (value === null || value === undefined || !Number.isFinite(value)) return text;
  const met = target.min !== undefined ? value >= target.min : value <= target.max;
  return `${text} (${met ? 'met' : 'missed'})`;
}

/**
 * The main results table: one line per comparative row `{ label, lerkit, peer, unit, target,
 * note }` (lerkit and peer are speeds in `unit`, e.g. ops/s; either may be null), with the ratio
 * lerkit ÷ peer and the target's verdict on it. The note column appears when a row has a note.
 */
export function renderSpeedTable(rows) {
  const notes = rows.some((row) => row.note);
  return table(
    ['row', 'lerkit', 'peer', 'lerkit ÷ peer', 'target', ...(notes ? ['note'] : [])],
    rows.map((row) => {
      const unit = row.unit ?? 'ops/s';
      const value = (v) => (v === null || v === undefined ? 'n/a' : `${num(v)} ${unit}`);
      const r = speedRatio(row.lerkit, row.peer);
      return [
        row.label,
        value(row.lerkit),
        value(row.peer),
        times(r),
        targetCell(row.target, r),
        ...(notes ? [row.note ?? ''] : []),
      ];
    }),
  );
}

/**
 * Builds the package (`npm run build`, its output on stderr so stdout stays pure Markdown) when
 * any of `files` is missing; exits the process when the build fails.
 */
export function ensureBuilt(root, files) {
  if (files.every((file) => existsSync(file))) return;
  console.error('dist/ is missing: running `npm run build` first...');
  const built = spawnSync('npm', ['run', 'build'], {
    cwd: root,
    stdio: ['ignore', 2, 2],
    shell: process.platform === 'win32',
  });
  if (built.status !== 0 || !files.every((file) => existsSync(file))) {
    console.error('`npm run build` failed; cannot benchmark.');
    process.exit(1);
  }
}
