import { InvalidArgumentError } from '../errors/index.js';
import { CHECK_IDS, type CheckId } from './checks.js';

/** Checks that always run: nothing can be checked without reading the input. */
const REQUIRED: readonly CheckId[] = ['parse', 'internal'];

/** The `skip` / `only` options of validate and verify. */
export interface CheckSelection {
  /** Checks not to run, by id; they appear in the report as `skipped`. */
  skip?: readonly CheckId[];
  /** Run only these checks (and `parse`); the others do not appear in the report. */
  only?: readonly CheckId[];
}

/** The checks chosen by `skip`/`only`, and those skipped on request. */
export interface SelectedChecks {
  /** Whether a check is in the run at all (`only` leaves the others out of the report). */
  runs(check: CheckId): boolean;
  /** Whether a check was skipped at the caller's request (reported as `skipped`). */
  skipped(check: CheckId): boolean;
}

/**
 * Reads `skip` and `only`: both take the ids of {@link CHECKS}, the same in validate and verify.
 *
 * @throws {InvalidArgumentError} `ERR_LERKIT_INVALID_ARGUMENT` for an id that is not a check (the
 *   message lists the valid ones), for skipping `parse`, or for `skip` and `only` together.
 */
export function selectChecks(selection: CheckSelection): SelectedChecks {
  const skip = readIds(selection.skip, 'skip');
  const only = readIds(selection.only, 'only');
  if (skip && only) {
    throw new InvalidArgumentError('Pass either skip or only, not both', 'skip');
  }
  for (const id of REQUIRED) {
    if (skip?.has(id)) throw new InvalidArgumentError(`The ${id} check cannot be skipped`, 'skip');
  }
  return {
    runs: (check) => REQUIRED.includes(check) || !only || only.has(check),
    skipped: (check) => skip?.has(check) ?? false,
  };
}

function readIds(value: unknown, name: 'skip' | 'only'): Set<CheckId> | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value))
    throw new InvalidArgumentError(`${name} must be an array of check ids`, name);
  for (const id of value) {
    if (!(CHECK_IDS as readonly unknown[]).includes(id)) {
      throw new InvalidArgumentError(
        `Unknown check ${JSON.stringify(id)} in ${name}; the checks are: ${CHECK_IDS.join(', ')}`,
        name,
      );
    }
  }
  return new Set(value as CheckId[]);
}
