// `npm run bench:base58`: decode (and encode) time of lerkit's base58btc for 1 kB, 64 kB and 200 kB
// of digits, next to base58-universal (the textbook quadratic decoder the @digitalbazaar suites
// use, which lerkit's own decoder also was). Measures, never asserts. Runs the TypeScript source
// through tsx. `--quick` skips the quadratic decoder at 200 kB (~25 s on a 2-core machine).
import { cpus } from 'node:os';
import * as universal from 'base58-universal';
import { fromBase58btc, toBase58btc } from '../src/internal/base58.js';

const ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const SIZES = [1024, 64 * 1024, 200 * 1024];
const quick = process.argv.includes('--quick');

// A deterministic digit string (no leading '1': every digit counts).
function digits(length: number): string {
  let state = 0x2545f491;
  let text = '';
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    text += ALPHABET[1 + (state % 57)];
  }
  return text;
}

// Median of `runs` timings, after one warm-up call.
function time(run: () => unknown, runs: number): number {
  run();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] as number;
}

const fmt = (ms: number | undefined) =>
  ms === undefined ? 'skipped' : ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(1)} ms`;

console.log(
  `# base58btc (${cpus()[0]?.model ?? 'cpu'} × ${cpus().length}, Node ${process.version})\n`,
);
console.log('| input | lerkit decode | lerkit encode | base58-universal decode |');
console.log('| --- | --- | --- | --- |');
for (const size of SIZES) {
  const text = digits(size);
  const bytes = fromBase58btc(text);
  const runs = size > 100_000 ? 5 : 15;
  const decode = time(() => fromBase58btc(text), runs);
  const encode = time(() => toBase58btc(bytes), runs);
  const slow = quick && size > 100_000 ? undefined : time(() => universal.decode(text), 1);
  console.log(`| ${size / 1024} kB | ${fmt(decode)} | ${fmt(encode)} | ${fmt(slow)} |`);
}
