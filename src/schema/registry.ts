import type { SchemaNode } from './explain.js';
import type { SchemaSet, SchemaTarget } from './types.js';

/** An ajv standalone validator function. */
export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: RawSchemaError[] | null;
}

/** The part of an ajv error lerkit reads. */
export interface RawSchemaError {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

/** A compiled validator with the schema it was generated from, for explanations. */
export interface LoadedValidator {
  validate: CompiledValidator;
  schema: SchemaNode;
  /** Where in `schema` the validated class starts ('' for the whole document). */
  fragment: string;
}

interface GeneratedModule {
  schemaDocument: SchemaNode;
  fragments: Record<string, string>;
  [exportName: string]: unknown;
}

type Loader = () => Promise<GeneratedModule>;

// Each generated module is imported on first use only: validating a Profile never loads the
// ClrCredential validator.
const compaction = {
  achievementCredential: () => import('./generated/compaction-achievementcredential.js'),
  endorsementCredential: () => import('./generated/compaction-endorsementcredential.js'),
  profile: () => import('./generated/compaction-profile.js'),
  clrCredential: () => import('./generated/compaction-clrcredential.js'),
} satisfies Record<string, Loader>;
const strict = {
  achievementCredential: () => import('./generated/strict-achievementcredential.js'),
  endorsementCredential: () => import('./generated/strict-endorsementcredential.js'),
  profile: () => import('./generated/strict-profile.js'),
} satisfies Record<string, Loader>;

const SOURCES: Record<SchemaSet, Partial<Record<SchemaTarget, [Loader, string]>>> = {
  'json-ld-compaction': {
    AchievementCredential: [compaction.achievementCredential, 'root'],
    Achievement: [compaction.achievementCredential, 'achievement'],
    EndorsementCredential: [compaction.endorsementCredential, 'root'],
    Profile: [compaction.profile, 'root'],
    ClrCredential: [compaction.clrCredential, 'root'],
  },
  strict: {
    AchievementCredential: [strict.achievementCredential, 'root'],
    Achievement: [strict.achievementCredential, 'achievement'],
    EndorsementCredential: [strict.endorsementCredential, 'root'],
    Profile: [strict.profile, 'root'],
  },
};

const cache = new Map<string, Promise<LoadedValidator>>();

/** True if lerkit bundles a schema for this class in this set (there is no strict CLR schema). */
export function hasSchema(target: SchemaTarget, schemaSet: SchemaSet): boolean {
  return SOURCES[schemaSet][target] !== undefined;
}

/** Loads (once) the compiled validator for a class. */
export function loadValidator(
  target: SchemaTarget,
  schemaSet: SchemaSet,
): Promise<LoadedValidator> {
  const key = `${schemaSet}:${target}`;
  let loaded = cache.get(key);
  if (!loaded) {
    const source = SOURCES[schemaSet][target];
    if (!source) return Promise.reject(new Error(`no ${schemaSet} schema for ${target}`));
    const [load, exportName] = source;
    loaded = load().then((mod) => ({
      validate: mod[exportName] as CompiledValidator,
      schema: mod.schemaDocument,
      fragment: mod.fragments[exportName] ?? '',
    }));
    cache.set(key, loaded);
  }
  return loaded;
}
