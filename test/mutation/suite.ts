// Registers the mutation suite with vitest: for each suite × document kind, seeded batches of
// cases (each batch one test, well under the 30 s test timeout), a final test that enough
// rewrites kept the proof valid, and the table printed after the last test.
//
// The property, for every rewrite that keeps the proof valid (lerkit's own proof verification):
// verify() either fails with a `jsonld` error finding, or gives exactly the original's verdict,
// status, check outcomes and finding codes (paths too when the rewrite keeps them); validate()
// reports a `jsonld` error for every rewrite that leaves the shape lerkit reads, and the
// original's result for the others. And for every case: a proof holds only on the same signed data.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildVariants, DOC_KINDS, type DocKind, type Suite } from './documents.js';
import { casesFor, type Profile } from './rewrites.js';
import { type CaseResult, learnShapes, prepare, runCase, type Subject } from './run.js';
import { ALL_KINDS, Tally } from './tally.js';

/** How one run of the suite is sized. */
export interface MutationRun {
  /** A name for the describe block and the table. */
  name: string;
  suites: readonly Suite[];
  /** Cases per suite × document kind. */
  cases: (suite: Suite) => number;
  /** Cases per test. */
  batch: number;
  /** Proof-valid rewrites required per suite × document kind (VC-JWT: none can be). */
  minProofValid: (suite: Suite) => number;
  /** Which variants take part (all by default). */
  variants?: (suite: Suite, kind: DocKind, name: string) => boolean;
  /** Seed of the first batch. */
  seed: number;
}

const profileOf = (suite: Suite): Profile =>
  suite === 'eddsa-jcs-2022' ? 'jcs' : suite === 'vc-jwt' ? 'jwt' : 'rdfc';

const shapesCache = new Map<DocKind, Awaited<ReturnType<typeof learnShapes>>>();

// What the schema accepts is the same for every suite: learnt once per document kind.
async function shapesOf(kind: DocKind, payload: Subject['variant']['payload']) {
  let shapes = shapesCache.get(kind);
  if (!shapes) {
    shapes = await learnShapes(payload);
    shapesCache.set(kind, shapes);
  }
  return shapes;
}

/** A failure, for the message of the failing test. */
function failureOf(result: CaseResult): string | undefined {
  const bad =
    result.unsound ??
    (result.verdict === 'differs' || result.verdict === 'ESCAPED' || result.validateOk === false
      ? result.detail
      : undefined);
  if (!bad) return undefined;
  const { kind, name } = result.subject.variant;
  const steps = result.applied.map((a) => `${a.kind} ${a.at}`).join(' + ');
  return `${kind}/${name}: ${steps}\n    ${bad}`;
}

/** Registers the suite. */
export function defineMutationRun(run: MutationRun): void {
  const tally = new Tally();
  for (const suite of run.suites) {
    describe(`${run.name}: ${suite}`, () => {
      const subjects = new Map<DocKind, Subject[]>();
      beforeAll(async () => {
        const variants = await buildVariants(
          suite,
          (kind, name) => run.variants?.(suite, kind, name) ?? true,
        );
        for (const kind of DOC_KINDS) {
          const chosen = variants.filter((v) => v.kind === kind);
          const list: Subject[] = [];
          for (const v of chosen) list.push(await prepare(v, await shapesOf(kind, v.payload)));
          subjects.set(kind, list);
        }
      });
      DOC_KINDS.forEach((kind, k) => {
        defineBatches(run, suite, kind, run.seed + 1000 * k, () => subjects.get(kind) ?? [], tally);
      });
    });
  }
  afterAll(() => {
    console.log(
      `\nMutation suite (${run.name}): rewrite kind × suite × document kind\n${tally.render()}`,
    );
  });
}

function defineBatches(
  run: MutationRun,
  suite: Suite,
  kind: DocKind,
  seed: number,
  subjects: () => Subject[],
  tally: Tally,
): void {
  const total = run.cases(suite);
  const batches = Math.ceil(total / run.batch);
  const base = seed + 100_000 * run.suites.indexOf(suite);
  for (let b = 0; b < batches; b++) {
    const size = Math.min(run.batch, total - b * run.batch);
    it(`${kind}: cases ${b * run.batch + 1}–${b * run.batch + size} (seed ${base + b})`, async () => {
      const list = subjects();
      expect(list.length).toBeGreaterThan(0);
      const arbitrary = fc.tuple(fc.nat(list.length - 1), casesFor(profileOf(suite)));
      const failures: string[] = [];
      for (const [i, steps] of fc.sample(arbitrary, { numRuns: size, seed: base + b })) {
        const result = await runCase(list[i] as Subject, steps);
        tally.add(result);
        const failure = failureOf(result);
        if (failure) failures.push(failure);
      }
      const shown = failures.slice(0, 8).join('\n  ');
      expect(failures.length, `${failures.length} of ${size} cases failed:\n  ${shown}\n`).toBe(0);
    });
  }
  it(`${kind}: at least ${run.minProofValid(suite)} rewrites kept the proof valid`, () => {
    const counts = tally.get(ALL_KINDS, suite, kind);
    expect(counts.generated).toBeGreaterThan(0);
    expect(counts.proofValid).toBeGreaterThanOrEqual(run.minProofValid(suite));
  });
}
