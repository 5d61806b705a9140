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

/** A module written by scripts/generate.mjs: per export name, a validator and its schema. */
interface GeneratedModule {
  validators: Record<string, CompiledValidator>;
  schemaDocuments: Record<string, SchemaNode>;
  fragments: Record<string, string>;
}
type ExportName =
  | 'achievementCredential'
  | 'achievement'
  | 'endorsementCredential'
  | 'profile'
  | 'clrCredential';

// One generated module per schema set (scripts/generate.mjs), imported on first use only: checking
// against the default set never loads the strict one. The modules are plain ES modules with no
// imports, shipped once and shared by the ESM and CJS builds (tsup.config.ts).
const MODULES: Record<SchemaSet, () => Promise<GeneratedModule>> = {
  'json-ld-compaction': () => import('./generated/json-ld-compaction.js'),
  strict: () => import('./generated/strict.js'),
};

const EXPORTS: Record<SchemaSet, Partial<Record<SchemaTarget, ExportName>>> = {
  'json-ld-compaction': {
    AchievementCredential: 'achievementCredential',
    Achievement: 'achievement',
    EndorsementCredential: 'endorsementCredential',
    Profile: 'profile',
    ClrCredential: 'clrCredential',
  },
  strict: {
    AchievementCredential: 'achievementCredential',
    Achievement: 'achievement',
    EndorsementCredential: 'endorsementCredential',
    Profile: 'profile',
  },
};

const cache = new Map<string, Promise<LoadedValidator>>();

/** True if lerkit bundles a schema for this class in this set (there is no strict CLR schema). */
export function hasSchema(target: SchemaTarget, schemaSet: SchemaSet): boolean {
  return EXPORTS[schemaSet][target] !== undefined;
}

/** Loads (once) the compiled validator for a class. */
export function loadValidator(
  target: SchemaTarget,
  schemaSet: SchemaSet,
): Promise<LoadedValidator> {
  const key = `${schemaSet}:${target}`;
  let loaded = cache.get(key);
  if (!loaded) {
    const exportName = EXPORTS[schemaSet][target];
    if (!exportName) return Promise.reject(new Error(`no ${schemaSet} schema for ${target}`));
    loaded = MODULES[schemaSet]().then((mod) => {
      const validate = mod.validators[exportName];
      const schema = mod.schemaDocuments[exportName];
      if (!validate || !schema)
        throw new Error(`generated ${schemaSet} module lacks ${exportName}`);
      return { validate, schema, fragment: mod.fragments[exportName] ?? '' };
    });
    cache.set(key, loaded);
  }
  return loaded;
}
