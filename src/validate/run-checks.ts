// Runs a list of checks over one target, in order, and assembles their results: the runner
// validate() and verify() share.
import { applyOverrides, checkResult, type SeverityOverrides } from '../report/assemble.js';
import { CHECK_IDS, type CheckId } from '../report/checks.js';
import { foldable, foldFindings } from '../report/fold.js';
import type { SelectedChecks } from '../report/select.js';
import type { CheckResult, Finding } from '../report/types.js';
import type { Check, CheckEnv, Target } from './types.js';

/** A step of a pipeline: the check id and the function that runs it. */
export interface Step<E extends CheckEnv = CheckEnv> {
  /** The check. */
  readonly check: CheckId;
  /** Runs it; `undefined` when it does not apply to this target (it is then not reported). */
  readonly run: Check<E>;
}

/** What a pipeline run produced. */
export interface ChecksRun {
  /** One result per check that ran or was skipped. */
  checks: CheckResult[];
  /** Every finding, in check order. */
  findings: Finding[];
  /** Whether a check stopped the pipeline. */
  halted: boolean;
}

/** How a pipeline run is configured. */
export interface RunChecksOptions {
  /** Which checks run. */
  select: SelectedChecks;
  /** The caller's severity overrides. */
  overrides: SeverityOverrides | undefined;
  /** Results and findings to start from (e.g. of the parse step). */
  start?: ChecksRun;
  /**
   * Whether a check may stop the rest (validate: nothing else is useful about a document of no
   * known kind). Verification always runs every step: a verdict on the proof still matters.
   */
  halts?: boolean | ((check: CheckId) => boolean);
}

/** Runs the steps in order; a step may halt the rest. */
export async function runChecks<E extends CheckEnv>(
  steps: readonly Step<E>[],
  target: Target,
  env: Omit<E, 'prior'>,
  options: RunChecksOptions,
): Promise<ChecksRun> {
  const out: ChecksRun = options.start ?? { checks: [], findings: [], halted: false };
  for (const step of steps) {
    if (!options.select.runs(step.check)) continue;
    if (options.select.skipped(step.check)) {
      out.checks.push({
        check: step.check,
        outcome: 'skipped',
        message: 'Skipped at the caller’s request',
      });
      continue;
    }
    const output = await step.run(target, { ...env, prior: out.findings } as unknown as E);
    if (output === undefined) continue;
    const findings = applyOverrides(output.findings, options.overrides);
    const own = findings.filter((f) => f.check === step.check);
    out.checks.push(checkResult(step.check, output, own));
    if (output.folds && findings[0]) out.findings = fold(out.findings, findings[0], output.folds);
    out.findings.push(...findings);
    const halts =
      typeof options.halts === 'function' ? options.halts(step.check) : options.halts === true;
    if (output.halt && halts) {
      out.halted = true;
      break;
    }
  }
  return finish(out);
}

// Moves the earlier findings that follow from `root` under it.
function fold(earlier: Finding[], root: Finding, follows: (f: Finding) => boolean): Finding[] {
  const kept: Finding[] = [];
  const related: Finding[] = [];
  for (const found of earlier)
    (follows(found) && foldable(root, found) ? related : kept).push(found);
  if (related.length > 0) root.related = [...(root.related ?? []), ...related];
  return kept;
}

// A step may make findings of another check (a limit hit while verifying endorsements is a
// `limits` finding): give each such check its result, and keep results in pipeline order.
function finish(run: ChecksRun): ChecksRun {
  for (const check of new Set(run.findings.map((f) => f.check))) {
    const findings = run.findings.filter((f) => f.check === check);
    const at = run.checks.findIndex((c) => c.check === check);
    const existing = run.checks[at];
    if (existing?.outcome === 'skipped') continue;
    const message = existing?.message ?? PASS[check] ?? 'Passed';
    const result = checkResult(check, { findings, message }, findings);
    if (existing) run.checks[at] = result;
    else run.checks.push(result);
  }
  run.checks.sort((a, b) => CHECK_IDS.indexOf(a.check) - CHECK_IDS.indexOf(b.check));
  // Check results are decided on every finding; the report lists root causes.
  run.findings = foldFindings(run.findings);
  return run;
}

const PASS: Partial<Record<CheckId, string>> = { limits: 'Within the limits' };
