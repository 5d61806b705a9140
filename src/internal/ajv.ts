// ajv, loaded on first use only: most calls never compile a schema at run time (the official
// schemas are compiled ahead of time), so the compiler stays out of every bundle that does not.

/** The part of an ajv error lerkit reads. */
export interface AjvIssue {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

/** A compiled ajv validator. */
export interface AjvValidate {
  (value: unknown): boolean;
  errors?: AjvIssue[] | null;
}

/** The part of an ajv instance lerkit uses. */
export interface AjvInstance {
  compile(schema: object | boolean): AjvValidate;
  errorsText(errors?: AjvIssue[] | null, options?: { dataVar?: string }): string;
}

/** A CommonJS module imported from the ESM or CJS build: its export may sit on `default` (once or twice). */
export function interop(module: unknown): unknown {
  let value = module as { default?: unknown };
  while (typeof value === 'object' && value !== null && 'default' in value)
    value = value.default as { default?: unknown };
  return value;
}

/**
 * Creates an ajv instance for JSON Schema draft 2019-09 (the dialect of the 1EdTech schemas), with
 * the ajv-formats formats, importing ajv on first use.
 */
export async function createAjv2019(options: Record<string, unknown>): Promise<AjvInstance> {
  const [ajvModule, formatsModule] = await Promise.all([
    import('ajv/dist/2019.js'),
    import('ajv-formats'),
  ]);
  const Ajv2019 = interop(ajvModule) as unknown as new (options: object) => AjvInstance;
  const addFormats = interop(formatsModule) as unknown as (ajv: AjvInstance) => void;
  const ajv = new Ajv2019(options);
  addFormats(ajv);
  return ajv;
}
