// The CLI batch benchmark: `lerkit verify <dir> --format jsonl --workers N` over `files` signed
// credentials (eddsa-rdfc-2022, did:key), in a child process of the built CLI (dist/cli/main.js).
// Measures throughput (files per second, wall time from spawn to exit) and the peak resident
// memory of the process, worker threads included (they share it: VmHWM sampled from /proc).
//
//   node bench/batch.mjs 10000          # 1 worker and every core, prints a Markdown table
//   import { runBatchBench } from './batch.mjs'; await runBatchBench({ files: 10000, workers: 2 })
//
// The files are generated once per count under .tmp/bench-batch-<files>/ (100 distinct signed
// credentials, each written files/100 times under its own name) and reused. Needs `npm run build`.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const benchDir = dirname(fileURLToPath(import.meta.url));
const root = resolve(benchDir, '..');
const CLI = join(root, 'dist', 'cli', 'main.js');
const NOW = '2024-06-01T00:00:00Z';
const CREATED = '2024-01-01T00:00:00Z';
const DISTINCT = 100;

/**
 * Runs the CLI batch once.
 *
 * @param {{ files: number, workers: number }} options
 * @returns {Promise<{ filesPerSecond: number, peakRssMb: number, seconds: number, cpuSeconds?: number, exitCode: number | null }>}
 */
export async function runBatchBench({ files, workers }) {
  if (!existsSync(CLI)) throw new Error('dist/cli/main.js is missing: run `npm run build` first');
  const dir = await generate(files);
  const started = process.hrtime.bigint();
  const args = [
    CLI,
    'verify',
    dir,
    '--format',
    'jsonl',
    '--workers',
    String(workers),
    '--now',
    NOW,
  ];
  // GNU time, when there, adds the CPU time and its own peak RSS (%M, kB) of the process.
  const timeFile = join(root, '.tmp', `bench-batch-time-${process.pid}.txt`);
  const child = existsSync(TIME)
    ? spawn(TIME, ['-f', '%U %S %M', '-o', timeFile, process.execPath, ...args], {
        stdio: ['ignore', 'ignore', 'pipe'],
      })
    : spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  let peakKb = 0;
  // The process tree: the child and (under GNU time) its child; threads share their process's RSS.
  const sample = () => {
    for (const pid of [child.pid, ...childrenOf(child.pid)]) {
      try {
        const status = readFileSync(`/proc/${pid}/status`, 'utf8');
        const hwm = /VmHWM:\s+(\d+) kB/.exec(status);
        if (hwm) peakKb = Math.max(peakKb, Number(hwm[1]));
      } catch {
        // exited, or no /proc
      }
    }
  };
  const timer = setInterval(sample, 25);
  const exitCode = await new Promise((resolveExit) => {
    child.on('exit', (code) => resolveExit(code));
  });
  clearInterval(timer);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (exitCode !== 0) throw new Error(`lerkit verify exited ${exitCode}: ${stderr.slice(0, 500)}`);
  let cpuSeconds;
  if (existsSync(timeFile)) {
    const [user, system, maxKb] = readFileSync(timeFile, 'utf8').trim().split(/\s+/).map(Number);
    rmSync(timeFile, { force: true });
    cpuSeconds = Math.round((user + system) * 10) / 10;
    peakKb = Math.max(peakKb, maxKb);
  }
  return {
    filesPerSecond: Math.round(files / seconds),
    peakRssMb: Math.round(peakKb / 1024),
    seconds: Math.round(seconds * 10) / 10,
    // CPU seconds of the whole process (all threads): on a loaded machine, wall time says little.
    ...(cpuSeconds === undefined ? {} : { cpuSeconds }),
    exitCode,
  };
}

const TIME = '/usr/bin/time';

function childrenOf(pid) {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
      .trim()
      .split(/\s+/)
      .filter(Boolean);
  } catch {
    return [];
  }
}

// `files` credential files, made once: DISTINCT signed credentials, each repeated.
async function generate(files) {
  const dir = join(root, '.tmp', `bench-batch-${files}`);
  const done = join(dir, '.complete');
  if (existsSync(done)) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const lerkit = await import(pathToFileURL(join(root, 'dist', 'index.js')).href);
  const key = await lerkit.generateKeyPair({ seed: new Uint8Array(32).fill(7) });
  const unsigned = JSON.parse(readFileSync(join(benchDir, 'fixtures', 'credential.json'), 'utf8'));
  unsigned.issuer.id = key.controller;
  const texts = [];
  for (let i = 0; i < Math.min(DISTINCT, files); i++) {
    const credential = {
      ...unsigned,
      id: `urn:uuid:00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      name: `Badge ${i}`,
    };
    const signed = await lerkit.sign(credential, {
      key,
      suite: 'eddsa-rdfc-2022',
      created: CREATED,
    });
    texts.push(`${JSON.stringify(signed, null, 2)}\n`);
  }
  // 100 files per folder keeps directories small.
  for (let i = 0; i < files; i++) {
    const sub = join(dir, String(Math.floor(i / 100)).padStart(4, '0'));
    if (i % 100 === 0) mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `${String(i).padStart(6, '0')}.json`), texts[i % texts.length]);
  }
  writeFileSync(done, '');
  return dir;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const files = Number(process.argv[2] ?? 10_000);
  const all = availableParallelism();
  console.log(
    `| files | workers | files/s | peak RSS (MB) | seconds | CPU seconds |\n|---|---|---|---|---|---|`,
  );
  const rows = [];
  for (const workers of [...new Set([1, all])]) {
    const result = await runBatchBench({ files, workers });
    rows.push(result);
    console.log(
      `| ${files} | ${workers} | ${result.filesPerSecond} | ${result.peakRssMb} | ${result.seconds} | ${result.cpuSeconds ?? '?'} |`,
    );
  }
  if (rows.length === 2) {
    console.log(
      `\n${all} workers ÷ 1: ${(rows[1].filesPerSecond / rows[0].filesPerSecond).toFixed(2)}×`,
    );
  }
}
