// What the bundled contexts make of each key and value of a document, learnt by expanding it:
// the IRI of every key, its container, the explicit JSON-LD form of every value (a value object
// with its datatype, or a node reference), and the IRI of every type term. The rewrites use it to
// write the same data in other shapes (expanded IRIs, aliases, value objects).
//
// Keys are aligned with the expansion by sentinels: every leaf value (but `id` and `type`) is
// replaced by a unique absolute IRI, the document is expanded, and the path of each sentinel in
// the expanded tree names the IRIs of the keys above it. The same path in the expansion of the
// untouched document gives the value's explicit form.
import jsonld from 'jsonld';
import type { DocumentLoader } from '../../src/context/index.js';
import { at, clone, isObject, type Json, type JsonObject, type Path, walk } from './json.js';

/** How the contexts define a key. */
export interface KeyInfo {
  /** The IRI the key expands to. */
  iri: string;
  /** `@graph` for graph containers (`proof`); `@list` for lists. */
  container?: '@graph' | '@list';
  /** The key's type coercion as seen from its values: `@id`, `@vocab`, a datatype IRI, or none. */
  coercion?: string;
}

/** The term table of one document. */
export interface TermTable {
  /** Key name → definition; keys defined differently in different places are left out. */
  keys: Map<string, KeyInfo>;
  /** `valueKey(key, value)` → the value's explicit expanded form (`{"@value", "@type"}` or `{"@id"}`). */
  values: Map<string, JsonObject>;
  /** Type term → IRI. */
  types: Map<string, string>;
}

/** The lookup key of a value under a key. */
export const valueKey = (key: string, value: Json): string =>
  `${key}\u0000${JSON.stringify(value)}`;

const SENTINEL = 'urn:x-lerkit-sentinel:';
const KEYWORD_ALIASES = new Set(['id', 'type']);

/** The nearest object key on a path (the key a leaf, or an array item, belongs to). */
export function keyOf(path: Path): string | undefined {
  for (let i = path.length - 1; i >= 0; i--) {
    const step = path[i];
    if (typeof step === 'string') return step;
  }
  return undefined;
}

/** Learns the term table of a document from two expansions. */
export async function learnTerms(
  document: JsonObject,
  documentLoader: DocumentLoader,
): Promise<TermTable> {
  const marked = clone(document);
  const sentinels = new Map<string, Path>();
  for (const { path, value } of walk(document)) {
    const key = keyOf(path);
    if (value !== null && typeof value === 'object') continue;
    if (key === undefined || KEYWORD_ALIASES.has(key) || key.startsWith('@')) continue;
    const sentinel = `${SENTINEL}${sentinels.size}`;
    sentinels.set(sentinel, path);
    setLeaf(marked, path, sentinel);
  }
  const options = { documentLoader, safe: false };
  const expanded = (await jsonld.expand(clone(document), options)) as Json;
  const expandedMarked = (await jsonld.expand(marked, options)) as Json;
  const table: TermTable = { keys: new Map(), values: new Map(), types: new Map() };
  const conflicts = new Set<string>();
  const nodes = new Map<string, Path>();
  for (const found of findSentinels(expandedMarked)) {
    const compact = sentinels.get(found.sentinel);
    if (!compact) continue;
    const aligned = align(document, compact, found.path);
    if (!aligned) continue;
    for (const [key, info] of aligned.keys) addKey(table, conflicts, key, info);
    for (const [compactPath, expandedPath] of aligned.nodes) nodes.set(compactPath, expandedPath);
    const original = at(document, compact);
    const explicit = at(expanded, aligned.leaf);
    const key = keyOf(compact) as string;
    if (original !== undefined && isObject(explicit)) {
      table.values.set(valueKey(key, original), explicit);
    }
  }
  for (const key of conflicts) table.keys.delete(key);
  learnCoercions(table);
  learnTypes(document, expanded, nodes, table);
  return table;
}

function setLeaf(root: JsonObject, path: Path, value: Json): void {
  const parent = at(root, path.slice(0, -1)) as JsonObject | Json[];
  (parent as Record<string | number, Json>)[path.at(-1) as string | number] = value;
}

function findSentinels(expanded: Json): { sentinel: string; path: Path }[] {
  return walk(expanded)
    .filter(({ value }) => typeof value === 'string' && value.startsWith(SENTINEL))
    .map(({ path, value }) => ({ sentinel: value as string, path }));
}

function addKey(table: TermTable, conflicts: Set<string>, key: string, info: KeyInfo): void {
  const known = table.keys.get(key);
  if (!known) table.keys.set(key, info);
  else if (known.iri !== info.iri || known.container !== info.container) conflicts.add(key);
}

interface Alignment {
  keys: [string, KeyInfo][];
  /** Compact node path (JSON) → expanded node path. */
  nodes: [string, Path][];
  /** Expanded path of the leaf's value object. */
  leaf: Path;
}

// Walks the compact path and the expanded path together: each compact key is one expanded IRI key
// followed by an array index; graph containers add `@graph` and an index; compact arrays share
// the expanded array's indexes.
function align(document: JsonObject, compact: Path, expanded: Path): Alignment | undefined {
  const out: Alignment = { keys: [], nodes: [[JSON.stringify([]), [0]]], leaf: [] };
  let i = 0;
  let j = 1; // expanded[0] is the index of the top node
  while (i < compact.length) {
    const key = compact[i];
    const iri = expanded[j];
    if (typeof key !== 'string' || typeof iri !== 'string' || iri.startsWith('@')) return undefined;
    const info: KeyInfo = { iri };
    j += 2; // the IRI and the array index
    const value = at(document, compact.slice(0, i + 1));
    i += Array.isArray(value) ? 2 : 1;
    if (expanded[j] === '@graph') {
      info.container = '@graph';
      j += 2;
    } else if (expanded[j] === '@list') {
      info.container = '@list';
      return { ...out, keys: [...out.keys, [key, info]] };
    }
    out.keys.push([key, info]);
    if (i < compact.length)
      out.nodes.push([JSON.stringify(compact.slice(0, i)), expanded.slice(0, j)]);
  }
  out.leaf = expanded.slice(0, j);
  return out;
}

// A key's coercion, from the explicit forms of its values: a datatype, `@id`, or `@vocab` when a
// term value became an IRI.
function learnCoercions(table: TermTable): void {
  for (const [entry, explicit] of table.values) {
    const [key, text] = entry.split('\u0000') as [string, string];
    const info = table.keys.get(key);
    if (!info || info.coercion !== undefined) continue;
    const value = JSON.parse(text) as Json;
    if (typeof explicit['@type'] === 'string') info.coercion = explicit['@type'];
    else if (typeof explicit['@id'] === 'string') {
      info.coercion = explicit['@id'] === value ? '@id' : '@vocab';
    }
  }
}

function learnTypes(
  document: JsonObject,
  expanded: Json,
  nodes: Map<string, Path>,
  table: TermTable,
): void {
  for (const [compactPath, expandedPath] of nodes) {
    const node = at(document, JSON.parse(compactPath) as Path);
    const expandedNode = at(expanded, expandedPath);
    if (!isObject(node) || !isObject(expandedNode)) continue;
    const terms = Array.isArray(node.type) ? node.type : [node.type];
    const iris = expandedNode['@type'];
    if (!Array.isArray(iris) || iris.length !== terms.length) continue;
    terms.forEach((term, k) => {
      const iri = iris[k];
      if (typeof term === 'string' && typeof iri === 'string' && term !== iri) {
        table.types.set(term, iri);
      }
    });
  }
}
