// Types of lib.mjs, for test/scripts/bench-lib.test.ts (the benchmarks themselves are plain ESM).

/** A target on a ratio or a figure: reach `min`, or stay at or below `max`. */
export interface Target {
  min?: number;
  max?: number;
}
/** One comparative row of the results table. */
export interface SpeedRow {
  label: string;
  lerkit: number | null;
  peer: number | null;
  unit?: string;
  target?: Target;
  note?: string;
}
export function quantile(values: readonly number[], q: number): number;
export function median(values: readonly number[]): number;
export function ms(value: number): string;
export function ops(value: number): string;
export function ratio(value: number): string;
export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string;
export function speedRatio(lerkit: number | null, peer: number | null): number | null;
export function num(value: number | null | undefined, digits?: number): string;
export function times(value: number | null | undefined): string;
export function targetCell(target: Target | undefined, value: number | null, unit?: string): string;
export function renderSpeedTable(rows: readonly SpeedRow[]): string;
export function coldStart(
  entries: readonly { key: string; label: string; args: string[] }[],
  options: { root: string; warmup: number; runs: number; expected: string },
): Record<string, { label: string; wallMedianMs: number; toResultMedianMs: number | null }>;
export function prepare(
  fn: () => unknown,
  options: { warmupMs: number; batchTargetMs: number },
): Promise<number>;
export function measureRound(
  fn: () => unknown,
  size: number,
  roundMs: number,
): Promise<{ opsPerSec: number; count: number; elapsedMs: number }>;
