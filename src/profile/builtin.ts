// The profiles lerkit ships, by name.
import { AACRAO_MICROCREDENTIAL_PROFILE } from './builtin/aacrao-microcredential.js';
import type { QualityProfile } from './types.js';

const BUILTIN: Readonly<Record<string, QualityProfile>> = {
  [AACRAO_MICROCREDENTIAL_PROFILE.id]: AACRAO_MICROCREDENTIAL_PROFILE,
};

/**
 * Lists the names of the profiles lerkit ships.
 *
 * @returns The names, e.g. `['aacrao-microcredential']`.
 * @example
 * ```ts
 * listBuiltinProfiles(); // ['aacrao-microcredential']
 * ```
 */
export function listBuiltinProfiles(): string[] {
  return Object.keys(BUILTIN);
}

/**
 * Returns a copy of a built-in profile: to read its requirements, or to start an institution's own
 * profile from it (or `extends` it by name).
 *
 * @param name - The profile's name, e.g. `aacrao-microcredential`.
 * @returns A deep copy of the profile document, or `undefined` for an unknown name.
 * @example
 * ```ts
 * const aacrao = getBuiltinProfile('aacrao-microcredential');
 * console.log(aacrao?.requirements.map((r) => `${r.id}: ${r.severity}`));
 * ```
 */
export function getBuiltinProfile(name: string): QualityProfile | undefined {
  const profile = Object.hasOwn(BUILTIN, name) ? BUILTIN[name] : undefined;
  return profile === undefined ? undefined : structuredClone(profile);
}

/** The built-in profile object itself (shared: never hand it to a caller to modify). */
export function builtinProfile(name: string): QualityProfile | undefined {
  return Object.hasOwn(BUILTIN, name) ? BUILTIN[name] : undefined;
}
