// Reading a quality profile: resolve a built-in name, validate the document against
// PROFILE_SCHEMA, merge what it extends, compile each condition with ajv (loaded on first use).
// A bad profile is API misuse: a typed error naming what is wrong. Compiled profiles are cached
// per profile object.
import { InvalidArgumentError } from '../errors/index.js';
import { type AjvInstance, type AjvIssue, createAjv2019 } from '../internal/ajv.js';
import { deepFreeze, isObject } from '../internal/json.js';
import { pointerTokens } from '../internal/pointer.js';
import { builtinProfile, listBuiltinProfiles } from './builtin.js';
import { PROFILE_SCHEMA } from './profile-schema.js';
import type {
  CompiledProfile,
  CompiledRequirement,
  ProfileOption,
  ProfileRequirement,
  QualityProfile,
} from './types.js';

const cache = new WeakMap<object, Promise<CompiledProfile>>();

/**
 * The profile document an option names: a built-in profile by name, or the object itself. Checks
 * only the option's type and the name, synchronously; {@link compileProfile} checks the rest.
 *
 * @throws {InvalidArgumentError} `ERR_LERKIT_INVALID_ARGUMENT` (field `profile`) for an unknown
 *   name or a value that is neither a string nor an object.
 */
export function resolveProfile(option: unknown): QualityProfile {
  if (typeof option === 'string') {
    const profile = builtinProfile(option);
    if (!profile) {
      throw new InvalidArgumentError(
        `profile "${option}" is not a built-in profile (built-in: ${listBuiltinProfiles().join(', ')}); pass a profile document to use your own`,
        'profile',
      );
    }
    return profile;
  }
  if (!isObject(option)) {
    throw new InvalidArgumentError(
      'profile must be a profile document (an object) or the name of a built-in profile',
      'profile',
    );
  }
  return option as unknown as QualityProfile;
}

/**
 * Checks a quality profile and compiles its conditions, for validate and verify. The result is
 * cached per profile object: pass the same object to reuse it (and do not modify it afterwards).
 *
 * @param option - A profile document, or the name of a built-in profile (`aacrao-microcredential`).
 * @returns The compiled profile.
 * @throws {InvalidArgumentError} `ERR_LERKIT_INVALID_ARGUMENT` naming what is wrong: an unknown
 *   built-in name, a document that does not conform to `PROFILE_SCHEMA` (the message gives the
 *   JSON Pointer of the problem in the profile), two requirements with one id, an unknown
 *   `extends`, or a condition that is not a usable JSON Schema (an unknown keyword or format, a
 *   `$ref` that does not resolve).
 * @example
 * ```ts
 * const profile = JSON.parse(await readFile('our-badges.profile.json', 'utf8'));
 * await compileProfile(profile); // throws now, with the path, if the profile is wrong
 * const report = await validate(credential, { profile });
 * ```
 */
export function compileProfile(option: ProfileOption): Promise<CompiledProfile> {
  const profile = resolveProfile(option);
  let compiled = cache.get(profile);
  if (!compiled) {
    compiled = compile(profile);
    cache.set(profile, compiled);
    compiled.catch(() => cache.delete(profile));
  }
  return compiled;
}

async function compile(original: QualityProfile): Promise<CompiledProfile> {
  const ajv = await createAjv2019({ allErrors: true, strict: false });
  const validateDocument = ajv.compile(PROFILE_SCHEMA);
  if (!validateDocument(original)) throw invalid(validateDocument.errors ?? []);
  checkUniqueIds(original.requirements);
  const profile = deepFreeze(merge(structuredClone(original)));
  const conditions = await createAjv2019({
    allErrors: false,
    strictSchema: true,
    strictTypes: false,
    strictTuples: false,
    strictRequired: false,
    allowUnionTypes: true,
  });
  const requirements = profile.requirements.map((requirement, i) =>
    compileRequirement(conditions, requirement, i),
  );
  return { profile, requirements };
}

// `extends`: the built-in profile's requirements first, each replaced by the extending profile's
// requirement with the same id; then the extending profile's own.
function merge(profile: QualityProfile): QualityProfile {
  if (profile.extends === undefined) return profile;
  const base = builtinProfile(profile.extends);
  if (!base) {
    throw new InvalidArgumentError(
      `profile /extends: "${profile.extends}" is not a built-in profile (built-in: ${listBuiltinProfiles().join(', ')})`,
      'profile.extends',
    );
  }
  const own = new Map(profile.requirements.map((r) => [r.id, r]));
  const requirements = [
    ...base.requirements.map((r) => own.get(r.id) ?? structuredClone(r)),
    ...profile.requirements.filter((r) => !base.requirements.some((b) => b.id === r.id)),
  ];
  const appliesTo = profile.appliesTo ?? base.appliesTo;
  return { ...profile, requirements, ...(appliesTo ? { appliesTo: [...appliesTo] } : {}) };
}

function checkUniqueIds(requirements: readonly ProfileRequirement[]): void {
  const seen = new Set<string>();
  requirements.forEach((requirement, i) => {
    if (seen.has(requirement.id)) {
      throw new InvalidArgumentError(
        `The profile is not valid: /requirements/${i}/id: "${requirement.id}" is the id of another requirement`,
        `profile.requirements[${i}].id`,
      );
    }
    seen.add(requirement.id);
  });
}

function compileRequirement(
  ajv: AjvInstance,
  requirement: ProfileRequirement,
  i: number,
): CompiledRequirement {
  let validate: ReturnType<AjvInstance['compile']>;
  try {
    validate = ajv.compile(requirement.condition as object);
  } catch (cause) {
    throw new InvalidArgumentError(
      `profile /requirements/${i}/condition (requirement "${requirement.id}") is not a usable JSON Schema: ${(cause as Error).message}`,
      `profile.requirements[${i}].condition`,
      { cause },
    );
  }
  const path = requirement.path ?? '';
  return {
    requirement,
    path,
    field: requirement.field ?? path,
    evaluate: (value) =>
      validate(value)
        ? []
        : (validate.errors ?? []).map((e) => ({
            path: e.instancePath,
            message: e.message ?? `fails ${e.keyword}`,
          })),
  };
}

// "The profile is not valid: /requirements/2/severity: must be equal to one of the allowed values
// (error, warning, info)": at most three problems, the most specific ones (no problem whose path
// is a prefix of another's). The error's field is the first problem's, as a property path.
function invalid(issues: readonly AjvIssue[]): InvalidArgumentError {
  const specific = issues.filter(
    (issue) =>
      !issues.some(
        (other) => other !== issue && other.instancePath.startsWith(`${issue.instancePath}/`),
      ),
  );
  const problems = specific.slice(0, 3).map((issue) => {
    const extra = issue.params.additionalProperty ?? issue.params.missingProperty;
    const at = extra === undefined ? issue.instancePath : `${issue.instancePath}/${String(extra)}`;
    const allowed = Array.isArray(issue.params.allowedValues)
      ? ` (${issue.params.allowedValues.join(', ')})`
      : '';
    return { at, text: `${at || '/'}: ${issue.message ?? issue.keyword}${allowed}` };
  });
  const field = pointerTokens(problems[0]?.at ?? '').reduce(
    (out, token) => (/^\d+$/.test(token) ? `${out}[${token}]` : `${out}.${token}`),
    'profile',
  );
  return new InvalidArgumentError(
    `The profile is not valid: ${problems.map((p) => p.text).join('; ')}`,
    field,
  );
}
