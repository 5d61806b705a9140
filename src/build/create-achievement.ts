import type { JsonObject } from '../internal/json.js';
import type { Achievement } from '../model/ob3.js';
import type { AchievementInput } from './inputs.js';
import { type BuildOptions, newId, requireObject } from './options.js';
import { achievement } from './shapes.js';

/**
 * Builds an Open Badges 3.0 `Achievement`: the accomplishment a credential awards, with its criteria
 * and optional alignments, result descriptions, image, creator and more.
 *
 * @param input - The achievement's properties (spec names); `id` and `type` are filled in.
 * @param options - Injectable id generator, for reproducible output.
 * @returns Plain JSON in the spec's serialization (arrays for multi-valued properties); the input
 *   is not modified.
 * @throws {InvalidArgumentError} `ERR_LERKIT_INVALID_ARGUMENT` naming the field: an empty name or
 *   description, a non-URI id, criteria with neither `id` nor `narrative`, an unknown
 *   `achievementType`, an unknown property.
 * @example
 * ```ts
 * const achievement = createAchievement({
 *   name: 'Teamwork',
 *   description: 'Collaborates within a group.',
 *   criteria: { narrative: 'Nominated by peers.' },
 *   achievementType: 'Badge',
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
