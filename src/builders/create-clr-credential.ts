import { CLR_V2P0_CONTEXT_URL, OB_V3P0_CONTEXT_URL, VC_V2_CONTEXT_URL } from '../context/urls.js';
import { InvalidArgumentError } from '../errors/index.js';
import { fromBase64url, fromUtf8 } from '../internal/encoding.js';
import { asArray, idOf, isObject, type JsonObject } from '../internal/json.js';
import type { ClrCredential } from '../model/clr.js';
import type { Profile } from '../model/ob3.js';
import { buildCredential, type CredentialCommonInput } from './credential.js';
import { bool, list } from './fields.js';
import type {
  AchievementInput,
  AssociationInput,
  Many,
  ProfileInput,
  RecipientInput,
} from './inputs.js';
import { type BuildOptions, newId, requireObject } from './options.js';
import { buildRecipient } from './recipient.js';
import { achievement, association, compactJws, credentialObject } from './shapes.js';

/** Input of {@link createClrCredential}. */
export interface ClrCredentialInput extends CredentialCommonInput {
  /** The issuer of the record (a Profile or its IRI): its id must be the controller of the signing key. */
  issuer: ProfileInput | Profile | string;
  /** Name of the record, e.g. `Transcript of Ada Lovelace`. */
  name: string;
  /** The learner: an `id` and/or identifiers (hashed by default). */
  recipient: RecipientInput;
  /** The already-signed credentials the record carries: JSON objects with a proof, or VC-JWT strings. */
  credentials: Many<object | string>;
  /** Achievements of the record beyond those inside the credentials (e.g. a degree and its courses). */
  achievements?: Many<AchievementInput | object>;
  /** Relations between achievements of the record; each id must be an achievement in the record. */
  associations?: Many<AssociationInput>;
  /** Whether the record is a partial one (a subset of the learner's record). */
  partial?: boolean;
}

const JWT_MEDIA_TYPE = 'application/vc+jwt';

/**
 * Assembles an unsigned Comprehensive Learner Record 2.0 `ClrCredential` from already-signed
 * credentials, extra achievements and associations. `@context` is VC 2.0, CLR 2.0.1, OB 3.0.3.
 *
 * JSON credentials are embedded as they are. A VC-JWT is embedded as a VC Data Model 2.0
 * `EnvelopedVerifiableCredential` (its id is a `data:application/vc+jwt,` URL carrying the JWT), the
 * W3C form for a credential secured by JOSE inside another credential.
 *
 * @param input - Issuer, name, learner, credentials, and optional achievements and associations.
 * @param options - Injectable clock, id and salt generators, for reproducible output.
 * @returns Plain JSON ready to `sign`; the input is not modified.
 * @throws {InvalidArgumentError} `ERR_LERKIT_INVALID_ARGUMENT` naming the field: an unsigned or
 *   malformed credential, an association whose `sourceId` or `targetId` is no achievement of the
 *   record, an empty name, and so on.
 * @example
 * ```ts
 * const clr = createClrCredential({
 *   issuer: { id: key.controller, name: 'Example University' },
 *   name: 'Transcript',
 *   recipient: { id: 'did:example:ada' },
 *   credentials: [signedCourseBadge, courseBadgeJwt],
 *   achievements: [degree],
 *   associations: [{ associationType: 'isChildOf', sourceId: courseId, targetId: degree.id }],
 * });
 * ```
 */
export function createClrCredential(
  input: ClrCredentialInput,
  options: BuildOptions & { generateSalt?: () => string } = {},
): ClrCredential {
  const value = requireObject(input as unknown as JsonObject, 'input');
  const known = new Set<string>();
  const verifiableCredential = recordCredentials(value.credentials, known);
  const achievements =
    value.achievements === undefined
      ? undefined
      : recordAchievements(value.achievements, known, options);
  const associations =
    value.associations === undefined ? undefined : recordAssociations(value.associations, known);

  const { id, ...recipient } = buildRecipient(value.recipient, options) as JsonObject;
  const subject: JsonObject = {
    ...(id === undefined ? {} : { id }),
    type: ['ClrSubject'],
    ...recipient,
    ...(achievements ? { achievement: achievements } : {}),
    verifiableCredential,
    ...(associations ? { association: associations } : {}),
  };
  const credential = buildCredential(
    {
      contexts: [VC_V2_CONTEXT_URL, CLR_V2P0_CONTEXT_URL, OB_V3P0_CONTEXT_URL],
      types: ['VerifiableCredential', 'ClrCredential'],
      ownKeys: ['issuer', 'recipient', 'credentials', 'achievements', 'associations', 'partial'],
      nameRequired: true,
    },
    value,
    subject,
    options,
  );
  if (value.partial !== undefined) credential.partial = bool(value.partial, 'partial');
  return credential as unknown as ClrCredential;
}

// The signed credentials of the record: objects as they are, compact VC-JWTs as VC 2.0
// EnvelopedVerifiableCredentials. Their achievements' ids are collected in `known`.
function recordCredentials(value: unknown, known: Set<string>): JsonObject[] {
  if (value === undefined) {
    throw new InvalidArgumentError(
      'credentials is required: the signed credentials of the record',
      'credentials',
    );
  }
  const credentials = asArray(value);
  if (credentials.length === 0) {
    throw new InvalidArgumentError(
      'credentials must contain at least one credential',
      'credentials',
    );
  }
  return credentials.map((credential, i) => {
    const field = `credentials[${i}]`;
    if (typeof credential === 'string') {
      const jwt = compactJws(credential, field);
      for (const id of achievementIdsOf(decodeJwtCredential(jwt, field))) known.add(id);
      return {
        '@context': [VC_V2_CONTEXT_URL],
        id: `data:${JWT_MEDIA_TYPE},${jwt}`,
        type: 'EnvelopedVerifiableCredential',
      };
    }
    const built = credentialObject(credential, field);
    if (built.proof === undefined) {
      throw new InvalidArgumentError(
        `${field} is not signed: a CLR carries signed credentials (sign it first)`,
        field,
      );
    }
    for (const id of achievementIdsOf(built)) known.add(id);
    return built;
  });
}

function recordAchievements(
  value: unknown,
  known: Set<string>,
  options: BuildOptions,
): JsonObject[] {
  return asArray(value).map((item, i) => {
    const field = `achievements[${i}]`;
    const a = requireObject(item as JsonObject, field);
    const built = achievement({ ...a, id: a.id ?? newId(options) }, field);
    known.add(built.id as string);
    return built;
  });
}

// Every association links achievements of the record (CLR 2.0 Association).
function recordAssociations(value: unknown, known: Set<string>): JsonObject[] {
  const associations = list(association)(value, 'associations');
  associations.forEach((item, i) => {
    for (const end of ['sourceId', 'targetId'] as const) {
      if (!known.has(item[end] as string)) {
        throw new InvalidArgumentError(
          `associations[${i}].${end} "${item[end]}" is not the id of any achievement in this CLR`,
          `associations[${i}].${end}`,
        );
      }
    }
  });
  return associations;
}

// The credential a VC-JWT carries: the payload itself or, VC Data Model 1.1 style, its `vc` claim.
function decodeJwtCredential(jwt: string, field: string): JsonObject {
  try {
    const payload = JSON.parse(fromUtf8(fromBase64url(jwt.split('.')[1] as string)));
    if (isObject(payload)) return isObject(payload.vc) ? payload.vc : payload;
  } catch {
    // reported below
  }
  throw new InvalidArgumentError(
    `${field} is not a VC-JWT: its payload is not a JSON credential`,
    field,
  );
}

function achievementIdsOf(credential: JsonObject): string[] {
  return asArray(credential.credentialSubject).flatMap((subject) =>
    isObject(subject)
      ? asArray(subject.achievement)
          .map(idOf)
          .filter((id): id is string => id !== undefined)
      : [],
  );
}
