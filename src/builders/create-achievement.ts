import type { JsonObject } from '../internal/json.js';
import type { Achievement } from '../model/ob3.js';
import type { AchievementInput } from './inputs.js';
import { type BuildOptions, newId, requireObject } from './options.js';
import { achievement } from './shapes.js';

/**
 * Builds an Open Badges 3.0 `Achievement`: the accomplishment a credential awards, with its criteria
 * and optional alignments, result descriptions, image, creator and more. What OB 3.0 has no
 * property for (credit or non-credit, academic level, clock hours, how and when it can be earned)
 * goes in `program`: the lerkit Program extension (docs/registrar-profiles.md).
 *
 * @param input - The achievement's properties (spec names); `id` and `type` are filled in.
 * @param options - Injectable id generator, for reproducible output.
 * @returns Plain JSON in the spec's serialization (arrays for multi-valued properties); the input
 *   is not modified.
 * @throws {InvalidArgumentError} `ERR_LERKIT_INVALID_ARGUMENT` naming the field: an empty name or
 *   description, a non-URI id, criteria with neither `id` nor `narrative`, an unknown
 *   `achievementType`, an unknown property, a `program` property of the wrong kind.
 * @example
 * ```ts
 * const achievement = createAchievement({
 *   name: 'Teamwork',
 *   description: 'Collaborates within a group.',
 *   criteria: { narrative: 'Nominated by peers.' },
 *   achievementType: 'Badge',
 * });
 * const microcredential = createAchievement({
 *   name: 'Data Visualization',
 *   description: 'Charts and dashboards for decision makers.',
 *   criteria: { narrative: 'Score at least 80 on the capstone rubric.' },
 *   achievementType: 'MicroCredential',
 *   creditsAvailable: 3,
 *   program: { creditBearing: true, academicLevel: 'Graduate', earningSchedule: 'OnDemand' },
 * });
 * ```
 */
export function createAchievement(
  input: AchievementInput,
  options: BuildOptions = {},
): Achievement {
  const value = requireObject(input as unknown as JsonObject, 'achievement');
  return achievement(
    { ...value, id: value.id ?? newId(options) },
    'achievement',
  ) as unknown as Achievement;
}
