import { InvalidArgumentError } from '../errors/index.js';
import type { Achievement, Criteria } from '../model/ob3.js';
import { type BuildOptions, newId, requireIri, requireObject, requireText } from './options.js';

/** Input of {@link createAchievement}. */
export interface AchievementInput {
  /** Unique URI of the achievement; a `urn:uuid:` is generated when omitted. */
  id?: string;
  /** The name of the achievement. */
  name: string;
  /** A short description of the achievement. */
  description: string;
  /** How to earn it: a page (`id`) and/or a `narrative` (Markdown). One of them is required. */
  criteria: Criteria;
  /** The type of achievement, e.g. `Badge`, `Certificate`, `Competency`, or `ext:MyType`. */
  achievementType?: string;
}

/**
 * Builds an Open Badges 3.0 `Achievement`.
 *
 * @param input - The achievement's fields.
 * @param options - Injectable id generator, for reproducible output.
 * @returns Plain JSON; the input is not modified.
 * @throws {InvalidArgumentError} `ERR_LERKIT_INVALID_ARGUMENT` naming the field, for an empty
 *   name or description, a non-URI id, or criteria with neither `id` nor `narrative`.
 * @example
 * ```ts
 * const achievement = createAchievement({
 *   name: 'Teamwork',
 *   description: 'Collaborates within a group.',
 *   criteria: { narrative: 'Nominated by peers.' },
 * });
 * ```
 */
export function createAchievement(
  input: AchievementInput,
  options: BuildOptions = {},
): Achievement {
  requireObject(input, 'achievement');
  const criteria = requireObject(input.criteria, 'achievement.criteria');
  if (criteria.id === undefined && criteria.narrative === undefined) {
    throw new InvalidArgumentError(
      'achievement.criteria needs an id (a URL describing the criteria) or a narrative',
      'achievement.criteria',
    );
  }
  const builtCriteria: Criteria = {};
  if (criteria.id !== undefined)
    builtCriteria.id = requireIri(criteria.id, 'achievement.criteria.id');
  if (criteria.narrative !== undefined) {
    builtCriteria.narrative = requireText(criteria.narrative, 'achievement.criteria.narrative');
  }
  const achievement: Achievement = {
    id: input.id === undefined ? newId(options) : requireIri(input.id, 'achievement.id'),
    type: ['Achievement'],
    name: requireText(input.name, 'achievement.name'),
    description: requireText(input.description, 'achievement.description'),
    criteria: builtCriteria,
  };
  if (input.achievementType !== undefined) {
    achievement.achievementType = requireText(input.achievementType, 'achievement.achievementType');
  }
  return achievement;
}
