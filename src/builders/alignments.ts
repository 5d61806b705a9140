// Alignments to the three kinds of published frameworks the AACRAO Alternative Credentials Work
// Group names (CASE, CTDL, OSMT): each helper checks that the URL has the shape of an item of that
// framework and sets `targetType` (OB 3.0 AlignmentTargetType), `targetFramework` and `targetCode`.
// OB 3.0 Implementation Guide §Alignment with CASE items, §Alignment with a ceterms:Credential /
// ceasn:Competency / CTDL resource.
import { InvalidArgumentError } from '../errors/index.js';
import type { JsonObject } from '../internal/json.js';
import { show } from './fields.js';
import type { AlignmentInput } from './inputs.js';
import { alignment } from './shapes.js';

const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

/** CASE 1.0 target types (OB 3.0 AlignmentTargetType). */
export const CASE_TARGET_TYPES = [
  'CFItem',
  'CFRubric',
  'CFRubricCriterion',
  'CFRubricCriterionLevel',
] as const;

/** CTDL target types (OB 3.0 AlignmentTargetType): a credential, a competency, any other entity. */
export const CTDL_TARGET_TYPES = ['ceterms:Credential', 'ceasn:Competency', 'CTDL'] as const;

/**
 * The `targetType` of an alignment to an OSMT Rich Skill Descriptor. OB 3.0's AlignmentTargetType
 * has no term for RSDs; this is an extension term as OB 3.0 §Extending Enumerated Vocabularies
 * allows, documented in extensions/program/README.md.
 */
export const RSD_TARGET_TYPE = 'ext:RichSkillDescriptor';

/** Every `targetType` that names an item of a published framework (CASE, CTDL, OSMT). */
export const FRAMEWORK_TARGET_TYPES = [
  ...CASE_TARGET_TYPES,
  ...CTDL_TARGET_TYPES,
  RSD_TARGET_TYPE,
] as const;

/** Input of an alignment helper: what {@link createAlignment} takes, minus what the helper sets. */
export interface FrameworkAlignmentInput {
  /** URL of the framework item. */
  targetUrl: string;
  /** Name of the item (the competency, standard, skill or credential). */
  targetName: string;
  /** Its code in the framework; defaults to the identifier in the URL. */
  targetCode?: string;
  /** Its description. */
  targetDescription?: string;
  /** Name of the framework; each helper has a default. */
  targetFramework?: string;
}

/** Input of {@link createCaseAlignment}. */
export interface CaseAlignmentInput extends FrameworkAlignmentInput {
  /** The CASE class of the item; default `CFItem`. */
  targetType?: (typeof CASE_TARGET_TYPES)[number];
}

/** Input of {@link createCtdlAlignment}. */
export interface CtdlAlignmentInput extends FrameworkAlignmentInput {
  /**
   * `ceterms:Credential` for a credential, `ceasn:Competency` for a competency, `CTDL` (default)
   * for any other entity (assessment, learning opportunity, occupation…).
   */
  targetType?: (typeof CTDL_TARGET_TYPES)[number];
}

// CASE 1.0: a CFItem's `uri` is the provider's base URL + /uri/ + its UUID identifier; the REST
// API serves it at …/ims/case/v1p0/CFItems/{sourcedId} (CFRubrics… for rubrics).
const CASE_URI = new RegExp(`^https?://[^/?#]+(/[^?#]*)?/uri/(${UUID})$`);
const CASE_API = new RegExp(
  `^https?://[^/?#]+(/[^?#]*)?/ims/case/v1p[0-9]/(CFItems|CFRubrics|CFRubricCriteria|CFRubricCriterionLevels)/(${UUID})$`,
);
const CASE_COLLECTIONS: Record<string, (typeof CASE_TARGET_TYPES)[number]> = {
  CFItems: 'CFItem',
  CFRubrics: 'CFRubric',
  CFRubricCriteria: 'CFRubricCriterion',
  CFRubricCriterionLevels: 'CFRubricCriterionLevel',
};

/**
 * Builds an Alignment to an item of a CASE framework (a `CFItem`, or a rubric part).
 *
 * @param input - The item's URI (`https://…/uri/<UUID>` or the CASE API's
 *   `…/ims/case/v1p0/CFItems/<UUID>`), its name, and optionally its code, framework and type.
 * @returns Plain JSON with `type: ['Alignment']`, `targetType` (default `CFItem`),
 *   `targetFramework` (default: the name of the CASE standard) and `targetCode` (default: the UUID).
 * @throws {InvalidArgumentError} `ERR_LERKIT_INVALID_ARGUMENT` naming `targetUrl` when it is not a
 *   CASE item URI (or its API collection does not match `targetType`), or another field.
 * @example
 * ```ts
 * createCaseAlignment({
 *   targetUrl: 'https://caseregistry.imsglobal.org/uri/74f5bb7d-d7cc-11e8-824f-0242ac160002',
 *   targetName: 'Cite strong and thorough textual evidence',
 *   targetFramework: 'Alabama Course of Study: English Language Arts',
 * });
 * ```
 */
export function createCaseAlignment(input: CaseAlignmentInput): JsonObject {
  const url = targetUrlOf(input);
  const uri = CASE_URI.exec(url);
  const api = CASE_API.exec(url);
  const id = uri?.[2] ?? api?.[3];
  if (id === undefined) {
    fail(url, 'a CASE item URI such as https://case.example.edu/uri/<UUID>');
  }
  const targetType = input.targetType ?? (api ? CASE_COLLECTIONS[api[2] as string] : 'CFItem');
  oneOfTypes(targetType, CASE_TARGET_TYPES);
  if (api && CASE_COLLECTIONS[api[2] as string] !== targetType) {
    throw new InvalidArgumentError(
      `targetUrl is a CASE ${api[2]} URL but targetType is ${show(targetType)}`,
      'targetUrl',
    );
  }
  return build(input, {
    targetType: targetType as string,
    targetCode: id,
    targetFramework: 'Competencies and Academic Standards Exchange (CASE)',
  });
}

// CTDL: a Credential Registry resource is named by its CTID, "ce-" + a UUID.
const CTID = new RegExp(`^ce-${UUID}$`);
const CREDENTIAL_ENGINE_HOST =
  /^([a-z0-9-]+\.)*(credentialengineregistry\.org|credentialengine\.org|credentialfinder\.org)$/;

/**
 * Builds an Alignment to a resource published in the Credential Engine Registry as CTDL: a
 * credential, a competency, or another entity.
 *
 * @param input - The resource's URL on a Credential Engine host, with its CTID (`ce-<UUID>`) as a
 *   path segment (`https://credentialengineregistry.org/resources/ce-…`), its name, and optionally
 *   its type, code and framework.
 * @returns Plain JSON with `type: ['Alignment']`, `targetType` (default `CTDL`), `targetFramework`
 *   (default `Credential Transparency Description Language`) and `targetCode` (default: the CTID).
 * @throws {InvalidArgumentError} `ERR_LERKIT_INVALID_ARGUMENT` naming `targetUrl` when it is not
 *   an https URL on a Credential Engine host with a CTID, or another field.
 * @example
 * ```ts
 * createCtdlAlignment({
 *   targetUrl: 'https://credentialengineregistry.org/resources/ce-e76ee0c4-c455-4cf9-8382-c9d226c69d99',
 *   targetName: 'Transform conceptual ideas into tangible 3D representations',
 *   targetType: 'ceasn:Competency',
 * });
 * ```
 */
export function createCtdlAlignment(input: CtdlAlignmentInput): JsonObject {
  const url = targetUrlOf(input);
  const parsed = parseUrl(url);
  const ctid = parsed?.pathname.split('/').find((segment) => CTID.test(segment));
  if (
    parsed?.protocol !== 'https:' ||
    !CREDENTIAL_ENGINE_HOST.test(parsed.hostname) ||
    ctid === undefined
  ) {
    fail(
      url,
      'a Credential Engine Registry URL with a CTID, such as https://credentialengineregistry.org/resources/ce-<UUID>',
    );
  }
  oneOfTypes(input.targetType ?? 'CTDL', CTDL_TARGET_TYPES);
  return build(input, {
    targetType: input.targetType ?? 'CTDL',
    targetCode: ctid.toLowerCase(),
    targetFramework: 'Credential Transparency Description Language',
  });
}

// OSMT: a Rich Skill Descriptor's canonical URL is the instance's …/api/skills/<UUID> (the same
// UUID at …/skills/<UUID> in its web interface).
const RSD = new RegExp(`^/(api/)?skills/(${UUID})$`);

/**
 * Builds an Alignment to a Rich Skill Descriptor (RSD) published by an Open Skills Management
 * Tool (OSMT) instance.
 *
 * @param input - The RSD's URL (`https://osmt.example.edu/api/skills/<UUID>`), the skill's name,
 *   and optionally its code and framework (the skill library).
 * @returns Plain JSON with `type: ['Alignment']`, `targetType` `ext:RichSkillDescriptor` (OB 3.0
 *   has no term for RSDs), `targetFramework` (default `Open Skills Management Tool (OSMT)`) and
 *   `targetCode` (default: the RSD's UUID).
 * @throws {InvalidArgumentError} `ERR_LERKIT_INVALID_ARGUMENT` naming `targetUrl` when it is not
 *   an https RSD URL, or another field.
 * @example
 * ```ts
 * createOsmtAlignment({
 *   targetUrl: 'https://osmt.example.edu/api/skills/3c8e4b7a-1f7e-4a55-9d0f-2c1e5b6a7d80',
 *   targetName: 'Data Visualization',
 * });
 * ```
 */
export function createOsmtAlignment(input: FrameworkAlignmentInput): JsonObject {
  const url = targetUrlOf(input);
  const parsed = parseUrl(url);
  const match = parsed?.protocol === 'https:' && !parsed.search ? RSD.exec(parsed.pathname) : null;
  if (!match) {
    fail(
      url,
      'an OSMT Rich Skill Descriptor URL such as https://osmt.example.edu/api/skills/<UUID>',
    );
  }
  return build(input, {
    targetType: RSD_TARGET_TYPE,
    targetCode: (match[2] as string).toLowerCase(),
    targetFramework: 'Open Skills Management Tool (OSMT)',
  });
}

function targetUrlOf(input: FrameworkAlignmentInput): string {
  if (typeof input !== 'object' || input === null) {
    throw new InvalidArgumentError('alignment input must be an object', 'alignment');
  }
  if (typeof input.targetUrl !== 'string') {
    throw new InvalidArgumentError(
      `targetUrl must be a URL, got ${show(input.targetUrl)}`,
      'targetUrl',
    );
  }
  return input.targetUrl;
}

function oneOfTypes(value: unknown, types: readonly string[]): void {
  if (typeof value !== 'string' || !types.includes(value)) {
    throw new InvalidArgumentError(
      `targetType must be one of ${types.map((t) => JSON.stringify(t)).join(', ')}, got ${show(value)}`,
      'targetType',
    );
  }
}

function parseUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

function fail(url: string, expected: string): never {
  throw new InvalidArgumentError(`targetUrl must be ${expected}, got ${show(url)}`, 'targetUrl');
}

// The caller's fields, with the helper's defaults where the caller gave none.
function build(
  input: FrameworkAlignmentInput & { targetType?: string },
  defaults: { targetType: string; targetCode: string; targetFramework: string },
): JsonObject {
  const value: AlignmentInput = {
    targetUrl: input.targetUrl,
    targetName: input.targetName,
    targetType: defaults.targetType as AlignmentInput['targetType'] & string,
    targetCode: input.targetCode ?? defaults.targetCode,
    targetFramework: input.targetFramework ?? defaults.targetFramework,
  };
  if (input.targetDescription !== undefined) value.targetDescription = input.targetDescription;
  for (const key of Object.keys(input)) {
    if (!(key in value) && key !== 'targetDescription') {
      throw new InvalidArgumentError(`${key} is not an input of this helper`, key);
    }
  }
  return alignment(value, 'alignment');
}
