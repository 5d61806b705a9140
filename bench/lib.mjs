// Shared by the benchmarks (run.mjs, verify.mjs): statistics, Markdown formatting, cold-start
// sampling of child processes, and steady-state throughput rounds.
import { spawnSync } from 'node:child_process';

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
