// Counts per rewrite kind × suite × document kind, and the table printed at the end of a run.
import type { DocKind, Suite } from './documents.js';
import type { Kind } from './rewrites.js';
import type { CaseResult } from './run.js';

/** The counters of one row. */
export interface Counts {
  generated: number;
  equivalent: number;
  proofValid: number;
  caught: number;
  same: number;
  differs: number;
  escaped: number;
  /** ESCAPED cases whose verdict went from false to true. */
  forged: number;
  validateMissed: number;
  unsound: number;
}

const zero = (): Counts => ({
  generated: 0,
  equivalent: 0,
  proofValid: 0,
  caught: 0,
  same: 0,
  differs: 0,
  escaped: 0,
  forged: 0,
  validateMissed: 0,
  unsound: 0,
});

/** The row of every case of a suite × document kind, whatever its kinds. */
export const ALL_KINDS = '(all cases)';

function add(counts: Counts, result: CaseResult): void {
  counts.generated++;
  if (result.equivalent) counts.equivalent++;
  if (result.unsound) counts.unsound++;
  if (!result.proofValid) return;
  counts.proofValid++;
  if (result.verdict === 'caught') counts.caught++;
  else if (result.verdict === 'same') counts.same++;
  else if (result.verdict === 'differs') counts.differs++;
  else if (result.verdict === 'ESCAPED') counts.escaped++;
  if (result.forged) counts.forged++;
  if (result.validateOk === false) counts.validateMissed++;
}

/** Accumulates case results. */
export class Tally {
  private readonly rows = new Map<string, Counts>();
  /** Cases no step applied to, or that changed nothing. */
  skipped = 0;

  /** Counts a case in its suite × document row and in the row of each of its kinds. */
  add(result: CaseResult): void {
    if (result.skipped) {
      this.skipped++;
      return;
    }
    const { suite, kind } = result.subject.variant;
    const kinds = new Set<string>([ALL_KINDS, ...result.applied.map((a) => a.kind)]);
    for (const k of kinds) {
      const key = `${k}|${suite}|${kind}`;
      const counts = this.rows.get(key) ?? zero();
      add(counts, result);
      this.rows.set(key, counts);
    }
  }

  /** The counts of one row (zero when absent). */
  get(kind: Kind | typeof ALL_KINDS, suite: Suite, docKind: DocKind): Counts {
    return this.rows.get(`${kind}|${suite}|${docKind}`) ?? zero();
  }

  /** Sums of a column over every row with the given kind. */
  totalOf(kind: Kind | typeof ALL_KINDS): Counts {
    const total = zero();
    for (const [key, counts] of this.rows) {
      if (!key.startsWith(`${kind}|`)) continue;
      for (const name of Object.keys(total) as (keyof Counts)[]) total[name] += counts[name];
    }
    return total;
  }

  /** The table: one line per kind × suite × document kind, the (all cases) lines first. */
  render(): string {
    const header = [
      'kind',
      'suite',
      'doc',
      'generated',
      'equivalent',
      'proof-valid',
      'caught(jsonld)',
      'same',
      'differs',
      'ESCAPED',
      'forged',
      'validate-missed',
      'unsound',
    ];
    const keys = [...this.rows.keys()].sort((a, b) => {
      const [ka, ...ra] = a.split('|');
      const [kb, ...rb] = b.split('|');
      if ((ka === ALL_KINDS) !== (kb === ALL_KINDS)) return ka === ALL_KINDS ? -1 : 1;
      return `${ka}|${ra.join('|')}`.localeCompare(`${kb}|${rb.join('|')}`);
    });
    const lines = keys.map((key) => {
      const c = this.rows.get(key) as Counts;
      return [
        ...key.split('|'),
        c.generated,
        c.equivalent,
        c.proofValid,
        c.caught,
        c.same,
        c.differs,
        c.escaped,
        c.forged,
        c.validateMissed,
        c.unsound,
      ].map(String);
    });
    const widths = header.map((h, i) =>
      Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)),
    );
    const format = (cells: string[]) =>
      `| ${cells.map((c, i) => (i < 3 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number))).join(' | ')} |`;
    return [
      format(header),
      `|${widths.map((w, i) => (i < 3 ? `${'-'.repeat(w + 1)}-` : `-${'-'.repeat(w)}:`)).join('|')}|`,
      ...lines.map(format),
      `(${this.skipped} generated cases changed nothing and were not counted)`,
      'A case counts in its "(all cases)" row and in the row of each kind it applied. equivalent:',
      'same canonical N-Quads (jsonld.js, safe: false). proof-valid: lerkit verifies the proof.',
      'Of those, verify() was: caught (a jsonld error), same (outcomes and codes), differs (hides',
      'nothing), ESCAPED (a failing check no longer fails; forged: verified false → true).',
      'validate-missed: validate() gave no jsonld error for a non-canonical shape, or changed for',
      'a canonical one. unsound: a proof held on data the oracle says differs.',
    ].join('\n');
  }
}
