import { deepFreeze } from '../internal/json.js';
import { BUNDLED_CONTEXTS } from './bundled-contexts.js';
import { BUNDLED_SCHEMAS } from './bundled-schemas.js';
import type { BundledContext, BundledDocument } from './types.js';

const byUrl = new Map<string, BundledContext>();
for (const context of BUNDLED_CONTEXTS) {
  byUrl.set(context.url, context);
  for (const alias of context.aliases) byUrl.set(alias, context);
}
const schemasByUrl = new Map(BUNDLED_SCHEMAS.map((schema) => [schema.url, schema]));
const parsed = new Map<BundledContext, unknown>();

/**
 * Lists the JSON-LD contexts lerkit bundles, each with its URL, aliases, title and SHA-256.
 *
 * @returns The bundled contexts, sorted by URL.
 * @example
 * ```ts
 * for (const c of listBundledContexts()) console.log(c.url, c.sha256);
 * ```
 */
export function listBundledContexts(): readonly BundledContext[] {
  return BUNDLED_CONTEXTS;
}

/**
 * Looks up a bundled context by its URL or one of its aliases.
 *
 * @param url - Context URL.
 * @returns The context, or `undefined` if lerkit does not bundle it.
 * @example
 * ```ts
 * getBundledContext('https://www.w3.org/ns/credentials/v2')?.title; // 'W3C Verifiable Credentials Data Model 2.0'
 * ```
 */
export function getBundledContext(url: string): BundledContext | undefined {
  return byUrl.get(url);
}

/** The parsed, frozen document of a bundled context (parsed once, on first use). */
export function bundledContextDocument(context: BundledContext): unknown {
  let document = parsed.get(context);
  if (document === undefined) {
    document = deepFreeze(JSON.parse(context.text));
    parsed.set(context, document);
  }
  return document;
}

/**
 * Looks up a JSON Schema lerkit bundles (the schema of an extension lerkit publishes, such as the
 * Program extension) by its URL.
 *
 * @param url - Schema URL.
 * @returns The schema document, or `undefined` if lerkit does not bundle it.
 * @example
 * ```ts
 * getBundledSchema('https://w3id.org/lerkit/program/v1/schema.json')?.sha256;
 * ```
 */
export function getBundledSchema(url: string): BundledDocument | undefined {
  return schemasByUrl.get(url);
}

/**
 * Lists the JSON Schemas lerkit bundles, each with its URL, title and SHA-256.
 *
 * @returns The bundled schemas, sorted by URL.
 * @example
 * ```ts
 * for (const s of listBundledSchemas()) console.log(s.url, s.sha256);
 * ```
 */
export function listBundledSchemas(): readonly BundledDocument[] {
  return BUNDLED_SCHEMAS;
}
