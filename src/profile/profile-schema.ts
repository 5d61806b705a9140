// The JSON Schema of quality profile documents (draft 2019-09, the dialect of the 1EdTech
// schemas). compileProfile validates every profile against it; editors can use it through
// `"$schema"`. The conditions themselves are JSON Schemas, checked when they are compiled.
import type { CredentialKind } from '../model/kind.js';

/** The URL that identifies the profile schema (its `$id`). */
export const PROFILE_SCHEMA_URL = 'https://w3id.org/lerkit/profile/v1/schema.json';

/** The credential kinds a profile may apply to (`appliesTo`). */
export const PROFILE_KINDS = [
  'AchievementCredential',
  'EndorsementCredential',
  'ClrCredential',
  'Profile',
  'Achievement',
  'VerifiableCredential',
  'OB2Assertion',
  'OB2BadgeClass',
  'OB2Profile',
] as const satisfies readonly Exclude<CredentialKind, 'unknown'>[];

const ID = { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' } as const;
const TEXT = { type: 'string', minLength: 1 };
const POINTER = { type: 'string', pattern: '^(/([^~/]|~[01])*)*$' };

/**
 * The JSON Schema of a quality profile document ({@link QualityProfile}).
 *
 * @example
 * ```ts
 * // Save it next to your profiles, for editors: "$schema": "./profile.schema.json"
 * const text = JSON.stringify(PROFILE_SCHEMA, null, 2);
 * ```
 */
export const PROFILE_SCHEMA: Readonly<Record<string, unknown>> = {
  $schema: 'https://json-schema.org/draft/2019-09/schema',
  $id: PROFILE_SCHEMA_URL,
  title: 'lerkit quality profile',
  description:
    'Requirements a credential must meet, each a JSON Schema condition evaluated at a JSON Pointer.',
  type: 'object',
  required: ['id', 'title', 'requirements'],
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    id: ID,
    title: TEXT,
    description: TEXT,
    version: TEXT,
    source: TEXT,
    extends: ID,
    appliesTo: {
      type: 'array',
      minItems: 1,
      uniqueItems: true,
      items: { enum: PROFILE_KINDS },
    },
    requirements: { type: 'array', items: { $ref: '#/$defs/Requirement' } },
  },
  $defs: {
    Requirement: {
      type: 'object',
      required: ['id', 'recommendation', 'severity', 'condition'],
      additionalProperties: false,
      properties: {
        id: ID,
        recommendation: TEXT,
        severity: { enum: ['error', 'warning', 'info'] },
        path: POINTER,
        condition: { type: ['object', 'boolean'] },
        field: POINTER,
        message: TEXT,
        hint: TEXT,
      },
    },
  },
};
