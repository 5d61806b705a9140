import { OB_V3P0_CONTEXT_URL, VC_V2_CONTEXT_URL } from '../context/urls.js';
import type { JsonObject } from '../internal/json.js';
import type { AchievementCredential, Profile } from '../model/ob3.js';
import { buildCredential, type CredentialCommonInput } from './credential.js';
import { dateTime, list, number, object, text } from './fields.js';
import type {
  AchievementInput,
  DateTimeInput,
  ImageInput,
  Many,
  ProfileInput,
  RecipientInput,
  ResultInput,
} from './inputs.js';
import { type BuildOptions, newId, requireObject } from './options.js';
import { buildRecipient } from './recipient.js';
import { achievement, image, profile, result } from './shapes.js';

/** Input of {@link createOpenBadgeCredential}. */
export interface OpenBadgeCredentialInput extends CredentialCommonInput {
  /** The issuer (a Profile or its IRI): its id must be the controller of the signing key. */
  issuer: ProfileInput | Profile | string;
  /** The achievement awarded (input, or one built with `createAchievement`). */
  achievement: AchievementInput | object;
  /** The recipient: an `id` and/or identifiers (hashed by default). */
  recipient: RecipientInput;
  /** Results the recipient obtained (grades, scores, statuses). */
  result?: Many<ResultInput>;
  /** When the activity started. */
  activityStartDate?: DateTimeInput;
  /** When the activity ended. */
  activityEndDate?: DateTimeInput;
  /** Credit hours earned. */
  creditsEarned?: number;
  /** License number, for licenses. */
  licenseNumber?: string;
  /** How the recipient earned it (Markdown). */
  narrative?: string;
  /** The recipient's role, e.g. `Project lead`. */
  role?: string;
  /** The organization that assessed the recipient, if not the issuer. */
  source?: ProfileInput;
  /** Academic term, e.g. `Fall 2024`. */
  term?: string;
  /** An image of the recipient's achievement. */
  subjectImage?: ImageInput;
}

const SUBJECT_KEYS = [
  'achievement',
  'recipient',
  'result',
  'activityStartDate',
  'activityEndDate',
  'creditsEarned',
  'licenseNumber',
  'narrative',
  'role',
  'source',
  'term',
  'subjectImage',
];

const subjectExtras = object({
  activityEndDate: dateTime,
  activityStartDate: dateTime,
  creditsEarned: number,
  licenseNumber: text,
  narrative: text,
  result: list(result),
  role: text,
  source: profile,
  term: text,
  subjectImage: image,
});

/**
 * Builds an unsigned Open Badges 3.0 `OpenBadgeCredential` (VC Data Model 2.0): `@context` in the
 * spec's order (VC 2.0, then OB 3.0.3), the required `type` values, a `urn:uuid:` id and
 * `validFrom` = now unless given.
 *
 * @param input - Issuer, achievement, recipient, and any optional credential or subject property.
 * @param options - Injectable clock, id generator and salt generator, for reproducible output.
 * @returns Plain JSON ready to `validate` and `sign`; the input is not modified.
 * @throws {InvalidArgumentError} `ERR_LERKIT_INVALID_ARGUMENT` naming the field: a non-URI id, an
 *   invalid date, `validFrom` after `validUntil`, an empty name, a recipient with neither id nor
 *   identifier, an unknown property.
 * @example
 * ```ts
 * const credential = createOpenBadgeCredential({
 *   issuer: { id: key.controller, name: 'Example University' },
 *   achievement: { name: 'Teamwork', description: 'Works in teams.', criteria: { narrative: 'Peer nominated.' } },
 *   recipient: { identifier: { identityType: 'emailAddress', value: 'ada@example.edu' } },
 *   result: { resultDescription: 'urn:uuid:…', value: 'A' },
 * });
 * ```
 */
export function createOpenBadgeCredential(
  input: OpenBadgeCredentialInput,
  options: BuildOptions & { generateSalt?: () => string } = {},
): AchievementCredential {
  const value = requireObject(input as unknown as JsonObject, 'input');
  const achievementInput = requireObject(value.achievement as JsonObject, 'achievement');
  const builtAchievement = achievement(
    { ...achievementInput, id: achievementInput.id ?? newId(options) },
    'achievement',
  );
  const extras: JsonObject = {};
  for (const key of SUBJECT_KEYS.slice(2)) if (value[key] !== undefined) extras[key] = value[key];
  const { subjectImage, ...subjectProperties } = subjectExtras(extras, '');
  const subject: JsonObject = {
    ...buildRecipient(value.recipient, options),
    type: ['AchievementSubject'],
    achievement: builtAchievement,
    ...subjectProperties,
  };
  if (subjectImage !== undefined) subject.image = subjectImage;
  const credential = buildCredential(
    {
      contexts: [VC_V2_CONTEXT_URL, OB_V3P0_CONTEXT_URL],
      types: ['VerifiableCredential', 'OpenBadgeCredential'],
      ownKeys: ['issuer', ...SUBJECT_KEYS],
    },
    { ...value, name: value.name ?? builtAchievement.name },
    orderSubject(subject),
    options,
  );
  return credential as unknown as AchievementCredential;
}

// id first, then type, then the rest: the order readers expect.
function orderSubject(subject: JsonObject): JsonObject {
  const { id, type, ...rest } = subject;
  return { ...(id === undefined ? {} : { id }), type, ...rest };
}
