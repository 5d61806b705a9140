import type { Profile } from '../model/ob3.js';
import { requireIri, requireObject, requireText } from './options.js';

/** Input of {@link createProfile}. */
export interface ProfileInput {
  /** Unique URI of the profile: for an issuer, the controller of its signing key (e.g. a DID). */
  id: string;
  /** The name of the entity or organization. */
  name: string;
  /** Homepage of the entity. */
  url?: string;
  /** A short description. */
  description?: string;
  /** Contact email address. */
  email?: string;
}

/**
 * Builds an Open Badges 3.0 `Profile`, typically the issuer of a credential.
 *
 * @param input - The profile's fields.
 * @returns Plain JSON; the input is not modified.
 * @throws {InvalidArgumentError} `ERR_LERKIT_INVALID_ARGUMENT` naming the field, for a non-URI id
 *   or url, or an empty name.
 * @example
 * ```ts
 * const issuer = createProfile({ id: key.controller, name: 'Example University' });
 * ```
 */
export function createProfile(input: ProfileInput): Profile {
  requireObject(input, 'profile');
  const profile: Profile = {
    id: requireIri(input.id, 'profile.id'),
    type: ['Profile'],
    name: requireText(input.name, 'profile.name'),
  };
  if (input.url !== undefined) profile.url = requireIri(input.url, 'profile.url');
  if (input.description !== undefined)
    profile.description = requireText(input.description, 'profile.description');
  if (input.email !== undefined) profile.email = requireText(input.email, 'profile.email');
  return profile;
}
