import type { JsonObject } from '../internal/json.js';
import type { Profile } from '../model/ob3.js';
import type { ProfileInput } from './inputs.js';
import { requireObject } from './options.js';
import { profile } from './shapes.js';

/**
 * Builds an Open Badges 3.0 `Profile`: an issuer, an achievement creator, an endorser, or a person.
 *
 * @param input - The profile's properties (spec names); `type` is filled in.
 * @returns Plain JSON; the input is not modified.
 * @throws {InvalidArgumentError} `ERR_LERKIT_INVALID_ARGUMENT` naming the field: a non-URI id or
 *   url, an empty name, an invalid email or date of birth, an unknown property.
 * @example
 * ```ts
 * const issuer = createProfile({ id: key.controller, name: 'Example University', url: 'https://example.edu' });
 * ```
 */
export function createProfile(input: ProfileInput): Profile {
  return profile(
    requireObject(input as unknown as JsonObject, 'profile'),
    'profile',
  ) as unknown as Profile;
}
