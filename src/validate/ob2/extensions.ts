// OB 2.0 §Extensions / §Extension Validation: an extension is an object whose type includes
// `Extension`, with its own @context; that context may declare JSON Schemas (`obi:validation`
// entries of TypeValidation: `validatesType`, `validationSchema`) the extension must pass. Schemas
// are draft-04 (the extensions published with OB 2.0 use it); they come through the document
// loader like every other document (never fetched unless the caller allows it), and ajv with its
// draft-04 class is loaded only when an extension declares a schema.
import type { DocumentLoader } from '../../context/types.js';
import { interop } from '../../internal/ajv.js';
import { asArray, escapePointerToken, isObject, type JsonObject } from '../../internal/json.js';
import { finding } from '../../report/finding.js';
import type { Finding } from '../../report/types.js';
import type { RemoteValidator, SchemaCache } from '../types.js';
import type { Ob2Document } from './document.js';
import { typeValues } from './rules.js';

const EXTENSION_TYPES = new Set(['Extension', 'extension', 'obi:Extension']);
const EXTENSIONS_NS = 'https://w3id.org/openbadges/extensions#';
const MAX_EXTENSIONS = 100;

interface Extension {
  path: string;
  node: JsonObject;
}

/** Validates every extension of the documents against the schemas their contexts declare. */
export async function extensionFindings(
  documents: readonly Ob2Document[],
  documentLoader: DocumentLoader,
  cache: SchemaCache,
): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const document of documents) {
    for (const extension of extensionsOf(document.view.input, document.prefix)) {
      findings.push(...(await checkExtension(extension, documentLoader, cache)));
    }
  }
  return findings;
}

function extensionsOf(root: JsonObject, prefix: string): Extension[] {
  const found: Extension[] = [];
  const stack: [unknown, string, number][] = [[root, prefix, 0]];
  while (stack.length > 0 && found.length < MAX_EXTENSIONS) {
    const [node, path, depth] = stack.pop() as [unknown, string, number];
    if (depth > 32) continue;
    if (Array.isArray(node)) {
      node.forEach((item, i) => {
        stack.push([item, `${path}/${i}`, depth + 1]);
      });
    } else if (isObject(node)) {
      if (typeValues(node).some((t) => EXTENSION_TYPES.has(t))) found.push({ path, node });
      for (const [key, value] of Object.entries(node)) {
        if (key !== '@context')
          stack.push([value, `${path}/${escapePointerToken(key)}`, depth + 1]);
      }
    }
  }
  return found;
}

async function checkExtension(
  extension: Extension,
  documentLoader: DocumentLoader,
  cache: SchemaCache,
): Promise<Finding[]> {
  const types = new Set(typeValues(extension.node).flatMap(expandExtensionType));
  const findings: Finding[] = [];
  for (const url of asArray(extension.node['@context'])) {
    if (typeof url !== 'string') continue;
    let context: unknown;
    try {
      context = (await documentLoader(url)).document;
    } catch {
      continue; // the jsonld check reports a context that cannot be loaded
    }
    for (const schemaUrl of declaredSchemas(context, types)) {
      const validator = await compileDraft04(schemaUrl, documentLoader, cache);
      if (typeof validator === 'string') {
        findings.push(finding('OB2_EXTENSION_SCHEMA_UNAVAILABLE', extension.path, validator));
        continue;
      }
      for (const problem of validator(extension.node)) {
        findings.push(
          finding(
            'OB2_EXTENSION_INVALID',
            extension.path + problem.path,
            `The extension does not conform to ${schemaUrl}: ${problem.message}`,
          ),
        );
      }
    }
  }
  return findings;
}

// `extensions:GeoCoordinates` and its full IRI name the same type.
function expandExtensionType(type: string): string[] {
  return type.startsWith('extensions:')
    ? [type, EXTENSIONS_NS + type.slice('extensions:'.length)]
    : [type];
}

// The TypeValidation entries of an extension context (top-level `obi:validation`, or `validation`,
// as the OB 1.1 and 2.0 contexts write them) whose validatesType is one of the extension's types.
function declaredSchemas(context: unknown, types: ReadonlySet<string>): string[] {
  if (!isObject(context)) return [];
  const inner = isObject(context['@context']) ? context['@context'] : {};
  const entries = [
    ...asArray(context['obi:validation'] ?? context.validation),
    ...asArray(inner['obi:validation']),
  ];
  const schemas: string[] = [];
  for (const entry of entries) {
    if (!isObject(entry)) continue;
    const type = entry['obi:validatesType'] ?? entry.validatesType;
    const schema = entry['obi:validationSchema'] ?? entry.validationSchema;
    if (typeof type !== 'string' || typeof schema !== 'string') continue;
    if (expandExtensionType(type).some((t) => types.has(t)) && !schemas.includes(schema)) {
      schemas.push(schema);
    }
  }
  return schemas;
}

interface AjvError {
  instancePath: string;
  keyword: string;
  message?: string;
}
type AjvValidate = ((value: unknown) => boolean) & { errors?: AjvError[] | null };

async function compileDraft04(
  url: string,
  documentLoader: DocumentLoader,
  cache: SchemaCache,
): Promise<RemoteValidator | string> {
  const key = `draft-04 ${url}`;
  let pending = cache.get(key);
  if (!pending) {
    pending = (async () => {
      let schema: unknown;
      try {
        schema = (await documentLoader(url)).document;
      } catch (error) {
        return `The extension schema ${url} could not be obtained: ${(error as Error).message}`;
      }
      try {
        const Ajv = interop(await import('ajv-draft-04')) as new (
          options: object,
        ) => { compile(schema: object): AjvValidate };
        const validate = new Ajv({ allErrors: true, strict: false }).compile(schema as object);
        return (value: unknown) =>
          validate(value)
            ? []
            : (validate.errors ?? []).map((e) => ({
                path: e.instancePath,
                message: `${e.message ?? 'fails'} (${e.keyword}${e.instancePath ? ` at ${e.instancePath}` : ''})`,
              }));
      } catch (error) {
        return `The extension schema ${url} is not a usable draft-04 JSON Schema: ${(error as Error).message}`;
      }
    })();
    cache.set(key, pending);
  }
  return pending;
}
