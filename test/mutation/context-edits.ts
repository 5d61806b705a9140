// Inline context definitions the rewrites add: at the credential's own @context (appended as an
// object after the URLs) or as a node's local @context (a scoped context).
import { at, clone, isObject, type Json, type JsonObject, type Path } from './json.js';
import { credentialRoot } from './targets.js';
import type { KeyInfo, TermTable } from './terms.js';
import { valueKey } from './terms.js';

/** Adds term definitions to the @context of the node at `path` (creating a local one if needed). */
export function defineAt(document: Json, path: Path, definitions: JsonObject): void {
  const node = at(document, path);
  if (!isObject(node)) throw new Error('not a node');
  const context = node['@context'];
  if (context === undefined) {
    node['@context'] = definitions;
  } else if (isObject(context)) {
    Object.assign(context, definitions);
  } else {
    const list = Array.isArray(context) ? context : [context];
    const last = list.at(-1);
    if (isObject(last)) Object.assign(last, definitions);
    else list.push(definitions);
    node['@context'] = list;
  }
}

/** Where a definition for the node at `path` goes: its credential's @context, or its own. */
export function definitionPlace(document: Json, path: Path, local: boolean): Path {
  return local ? path : credentialRoot(document, path);
}

/** A term name not yet used as a key or a definition anywhere in the document. */
export function freshName(document: Json, base: string): string {
  const text = JSON.stringify(document);
  let name = base;
  for (let i = 2; text.includes(`"${name}"`); i++) name = `${base}${i}`;
  return name;
}

/** A term definition equivalent to the key's own (same IRI, coercion and container). */
export function aliasDefinition(info: KeyInfo): Json {
  const definition: JsonObject = { '@id': info.iri };
  if (info.coercion !== undefined && info.coercion !== '@vocab')
    definition['@type'] = info.coercion;
  if (info.container) definition['@container'] = info.container;
  return definition;
}

/**
 * The value written under a key that no longer carries the term's coercion (an IRI key, a
 * compact IRI, an alias of a `@vocab` term): every scalar in its explicit form (`{"@value",
 * "@type"}` or `{"@id"}`), a graph container's objects as graph objects.
 */
export function explicitValue(table: TermTable, key: string, value: Json, info: KeyInfo): Json {
  if (Array.isArray(value)) return value.map((v) => explicitValue(table, key, v, info));
  if (isObject(value)) return info.container === '@graph' ? { '@graph': value } : value;
  const form = table.values.get(valueKey(key, value));
  return form ? clone(form) : value;
}

/** Splits an IRI into a namespace (ending with `#` or `/`) and a local name. */
export function splitIri(iri: string): { namespace: string; local: string } | undefined {
  const cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
  if (cut < 0 || cut === iri.length - 1) return undefined;
  return { namespace: iri.slice(0, cut + 1), local: iri.slice(cut + 1) };
}

// Short prefix names for the namespaces of the bundled vocabularies.
const PREFIX_NAMES: Record<string, string> = {
  'https://www.w3.org/2018/credentials#': 'cred',
  'https://purl.imsglobal.org/spec/vc/ob/vocab.html#': 'obi',
  'https://purl.imsglobal.org/spec/vc/clr/vocab.html#': 'clr',
  'https://schema.org/': 'schema',
  'https://w3id.org/security#': 'sec',
  'https://www.w3.org/ns/credentials/status#': 'status',
  'http://purl.org/dc/terms/': 'dcterms',
};

/** The prefixes the CLR 2.0 context defines inside a ClrSubject (a type-scoped context). */
export const CLR_SUBJECT_PREFIXES: Readonly<Record<string, string>> = {
  'https://www.w3.org/2018/credentials#': 'cred',
  'https://purl.imsglobal.org/spec/vc/ob/vocab.html#': 'obi',
};

/** A prefix name for a namespace (suffixed with `_`: not a term of any bundled context). */
export function prefixName(namespace: string): string {
  return `${PREFIX_NAMES[namespace] ?? 'ns'}_`;
}
