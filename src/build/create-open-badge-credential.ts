import { OB_V3P0_CONTEXT_URL, VC_V2_CONTEXT_URL } from '../context/urls.js';
import { InvalidArgumentError } from '../errors/index.js';
import type {
  Achievement,
  AchievementCredential,
  AchievementSubject,
  Profile,
} from '../model/ob3.js';
import {
  type BuildOptions,
  type DateInput,
  formatDateTime,
  newId,
  nowOf,
  requireIri,
  requireObject,
  requireText,
  toDateTime,
} from './options.js';

/** Input of {@link createOpenBadgeCredential}. */
export interface OpenBadgeCredentialInput {
  /** The issuer: its `id` must be the controller of the key that will sign the credential. */
  issuer: Profile;
  /** The achievement awarded. */
  achievement: Achievement;
  /** The recipient: `id` is a URI identifying them (a DID, `mailto:` ...). */
  recipient: {
    /** A URI identifying the recipient: a DID, a `mailto:` URI, a URL. */
    id: string;
  };
  /** Credential id; a `urn:uuid:` is generated when omitted. */
  id?: string;
  /** Display name of the credential; defaults to the achievement's name. */
  name?: string;
  /** A short description of the credential. */
  description?: string;
  /** When the credential becomes valid; defaults to now. */
  validFrom?: DateInput;
  /** When it stops being valid. */
  validUntil?: DateInput;
}

/**
 * Builds an unsigned Open Badges 3.0 `OpenBadgeCredential` (VC Data Model 2.0), with `@context`
 * in the spec's order (VC 2.0, then OB 3.0.3) and the required `type` values.
 *
 * @param input - Issuer, achievement, recipient and optional fields.
 * @param options - Injectable clock and id generator, for reproducible output.
 * @returns Plain JSON ready to `validate` and `sign`; the input is not modified.
 * @throws {InvalidArgumentError} `ERR_LERKIT_INVALID_ARGUMENT` naming the field, for a non-URI id,
 *   an invalid date, `validFrom` after `validUntil`, or an empty name.
 * @example
 * ```ts
 * const credential = createOpenBadgeCredential({
 *   issuer: createProfile({ id: key.controller, name: 'Example University' }),
 *   achievement,
 *   recipient: { id: 'did:example:student-42' },
 * });
 * ```
 */
export function createOpenBadgeCredential(
  input: OpenBadgeCredentialInput,
  options: BuildOptions = {},
): AchievementCredential {
  requireObject(input, 'credential');
  const issuer = requireObject(input.issuer, 'issuer');
  requireIri(issuer.id, 'issuer.id');
  const achievement = requireObject(input.achievement, 'achievement');
  requireIri(achievement.id, 'achievement.id');
  requireText(achievement.name, 'achievement.name');
  const recipient = requireObject(input.recipient, 'recipient');

  const validFrom =
    input.validFrom === undefined
      ? formatDateTime(nowOf(options))
      : toDateTime(input.validFrom, 'validFrom');
  const validUntil =
    input.validUntil === undefined ? undefined : toDateTime(input.validUntil, 'validUntil');
  if (validUntil !== undefined && Date.parse(validUntil) < Date.parse(validFrom)) {
    throw new InvalidArgumentError('validUntil must not be before validFrom', 'validUntil');
  }

  const subject: AchievementSubject = {
    id: requireIri(recipient.id, 'recipient.id'),
    type: ['AchievementSubject'],
    achievement: structuredClone(achievement),
  };
  const credential: AchievementCredential = {
    '@context': [VC_V2_CONTEXT_URL, OB_V3P0_CONTEXT_URL],
    id: input.id === undefined ? newId(options) : requireIri(input.id, 'id'),
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: structuredClone(issuer),
    validFrom,
    name: input.name === undefined ? achievement.name : requireText(input.name, 'name'),
    credentialSubject: subject,
  };
  if (validUntil !== undefined) credential.validUntil = validUntil;
  if (input.description !== undefined)
    credential.description = requireText(input.description, 'description');
  return credential;
}
