// The JSON-LD-equivalent rewrites, one function per kind. Each acts on a copy of the document
// (the root may be replaced), picks its target with the Picker, and returns where it acted; or
// undefined when nothing in the document suits it. The oracle (RDF canonicalization) decides
// afterwards whether the result really is equivalent: a rewrite only has to be equivalent
// usually, not always.
import {
  aliasDefinition,
  CLR_SUBJECT_PREFIXES,
  defineAt,
  definitionPlace,
  explicitValue,
  freshName,
  prefixName,
  splitIri,
} from './context-edits.js';
import {
  at,
  clone,
  isObject,
  type Json,
  type JsonObject,
  type Path,
  pointerOf,
  renameKey,
  setAt,
  walk,
} from './json.js';
import {
  credentialRoot,
  isNode,
  type Picker,
  type Property,
  pickBiased,
  pickProperty,
  propertiesOf,
} from './targets.js';
import { keyOf, type TermTable } from './terms.js';

/** What a rewrite works with. */
export interface RewriteEnv {
  table: TermTable;
  /** Keys whose single values the official schema also accepts as one-item arrays. */
  wrappable: ReadonlySet<string>;
  /** Keys whose one-item arrays the official schema also accepts as single values. */
  unwrappable: ReadonlySet<string>;
  /** Keys holding what makes the document fail (see Picker). */
  focus: ReadonlySet<string>;
}

/** Where a rewrite acted. */
export interface Done {
  document: JsonObject;
  at: string;
}

/** A rewrite kind's implementation. */
export type RewriteFn = (document: JsonObject, pick: Picker, env: RewriteEnv) => Done | undefined;

const nodeAt = (document: Json, path: Path) => at(document, path) as JsonObject;
const done = (document: JsonObject, path: Path, key?: string): Done => ({
  document,
  at: pointerOf(key === undefined ? path : [...path, key]),
});

/** Properties whose key has a learnt definition, `id` and `type` excluded. */
function definedProperties(document: Json, env: RewriteEnv): Property[] {
  return propertiesOf(document).filter(
    (p) => p.key !== 'id' && p.key !== 'type' && env.table.keys.has(p.key),
  );
}

// `type` is not moved: type-scoped contexts only apply to types on the node itself.
const movable = (document: Json) => propertiesOf(document).filter((p) => p.key !== 'type');

/** `@nest`: the property moves into a nested object (one or two levels, or an array item). */
export const nest: RewriteFn = (document, pick) => {
  const target = pickProperty(pick, movable(document));
  if (!target) return undefined;
  const node = nodeAt(document, target.node);
  const moved = { [target.key]: target.value };
  const rest = renameKey(node, target.key, '@nest', moved);
  const existing = node['@nest'];
  if (isObject(existing) && !Object.hasOwn(existing, target.key)) {
    rest['@nest'] = { ...existing, ...moved };
  } else if (existing !== undefined) {
    rest['@nest'] = [...(Array.isArray(existing) ? existing : [existing]), moved];
  } else if (pick.chance(0.2)) {
    rest['@nest'] = { '@nest': moved };
  }
  return done(setAt(document, target.node, rest) as JsonObject, target.node, target.key);
};

/** A term aliasing `@nest`, defined inline, holds the property. */
export const nestAlias: RewriteFn = (document, pick) => {
  const target = pickProperty(pick, movable(document));
  if (!target) return undefined;
  const name = freshName(document, 'nest_');
  defineAt(document, definitionPlace(document, target.node, pick.chance(0.4)), { [name]: '@nest' });
  const node = nodeAt(document, target.node);
  const root = setAt(
    document,
    target.node,
    renameKey(node, target.key, name, { [target.key]: target.value }),
  ) as JsonObject;
  return done(root, target.node, target.key);
};

/** `@included`: a node with an id becomes a reference; the node moves into `@included`. */
export const included: RewriteFn = (document, pick) => {
  const candidates = propertiesOf(document).filter(
    (p) => p.key !== 'proof' && identified(p.value).length > 0,
  );
  const target = pickProperty(pick, candidates);
  if (!target) return undefined;
  const moved = identified(target.value);
  const reference = (v: Json): Json =>
    isObject(v) && typeof v.id === 'string' && moved.includes(v) ? { id: v.id } : v;
  const value = Array.isArray(target.value) ? target.value.map(reference) : reference(target.value);
  nodeAt(document, target.node)[target.key] = value;
  const place = pick.chance(0.3) ? target.node : credentialRoot(document, target.node);
  const holder = nodeAt(document, place);
  const list = holder['@included'];
  holder['@included'] = [...(Array.isArray(list) ? list : list ? [list] : []), ...moved];
  return done(document, target.node, target.key);
};

function identified(value: Json): JsonObject[] {
  const items = Array.isArray(value) ? value : [value];
  return items.filter(
    (v): v is JsonObject => isNode(v) && typeof v.id === 'string' && Object.keys(v).length > 1,
  );
}

/** `@graph`: the document's node moves into a top-level `@graph`. */
export const graph: RewriteFn = (document, pick) => {
  if (Object.hasOwn(document, '@graph')) return undefined;
  const { '@context': context, ...node } = document;
  if (context === undefined) return undefined;
  return { document: { '@context': context, '@graph': pick.chance(0.5) ? [node] : node }, at: '' };
};

/** The key written as its absolute IRI; values in explicit form. */
export const iriKey: RewriteFn = (document, pick, env) => {
  const target = pickProperty(pick, definedProperties(document, env));
  if (!target) return undefined;
  const info = env.table.keys.get(target.key);
  if (!info) return undefined;
  const value = explicitValue(env.table, target.key, target.value, info);
  const node = nodeAt(document, target.node);
  const root = setAt(
    document,
    target.node,
    renameKey(node, target.key, info.iri, value),
  ) as JsonObject;
  return done(root, target.node, target.key);
};

/** The key written as a compact IRI, with a prefix of the context or an inline one. */
export const compactIriKey: RewriteFn = (document, pick, env) => {
  const target = pickProperty(pick, definedProperties(document, env));
  const info = target && env.table.keys.get(target.key);
  const parts = info && splitIri(info.iri);
  if (!target || !info || !parts) return undefined;
  const node = nodeAt(document, target.node);
  const types = Array.isArray(node.type) ? node.type : [node.type];
  const contextPrefix = types.includes('ClrSubject')
    ? CLR_SUBJECT_PREFIXES[parts.namespace]
    : undefined;
  let prefix = contextPrefix;
  if (prefix === undefined || pick.chance(0.4)) {
    prefix = freshName(document, prefixName(parts.namespace));
    defineAt(document, definitionPlace(document, target.node, pick.chance(0.3)), {
      [prefix]: parts.namespace,
    });
  }
  const value = explicitValue(env.table, target.key, target.value, info);
  const root = setAt(
    document,
    target.node,
    renameKey(nodeAt(document, target.node), target.key, `${prefix}:${parts.local}`, value),
  ) as JsonObject;
  return done(root, target.node, target.key);
};

function aliasRewrite(local: boolean): RewriteFn {
  return (document, pick, env) => {
    const target = pickProperty(pick, definedProperties(document, env));
    const info = target && env.table.keys.get(target.key);
    if (!target || !info) return undefined;
    const name = freshName(document, target.key === 'validUntil' ? 'until' : `${target.key}_`);
    defineAt(document, definitionPlace(document, target.node, local), {
      [name]: aliasDefinition(info),
    });
    const value =
      info.coercion === '@vocab'
        ? explicitValue(env.table, target.key, target.value, info)
        : target.value;
    const root = setAt(
      document,
      target.node,
      renameKey(nodeAt(document, target.node), target.key, name, value),
    ) as JsonObject;
    return done(root, target.node, target.key);
  };
}

/** A term alias defined in the credential's inline context. */
export const aliasTerm: RewriteFn = aliasRewrite(false);
/** A term alias defined in the node's own (scoped) context. */
export const scopedAlias: RewriteFn = aliasRewrite(true);

function keywordProperties(document: Json): Property[] {
  return propertiesOf(document).filter((p) => p.key === 'id' || p.key === 'type');
}

/** `"myid": "@id"` / `"mytype": "@type"` defined inline, used instead of `id` / `type`. */
export const keywordAlias: RewriteFn = (document, pick) => {
  const target = pick.one(keywordProperties(document));
  if (!target) return undefined;
  const name = freshName(document, target.key === 'id' ? 'myid' : 'mytype');
  defineAt(document, definitionPlace(document, target.node, pick.chance(0.4)), {
    [name]: `@${target.key}`,
  });
  const root = setAt(
    document,
    target.node,
    renameKey(nodeAt(document, target.node), target.key, name, target.value),
  ) as JsonObject;
  return done(root, target.node, target.key);
};

/** `@id` / `@type` written instead of `id` / `type`. */
export const keywordKey: RewriteFn = (document, pick) => {
  const target = pick.one(keywordProperties(document));
  if (!target) return undefined;
  const node = nodeAt(document, target.node);
  const root = setAt(
    document,
    target.node,
    renameKey(node, target.key, `@${target.key}`, target.value),
  ) as JsonObject;
  return done(root, target.node, target.key);
};

/** A type term written as its full IRI. */
export const typeIri: RewriteFn = (document, pick, env) => {
  const candidates = propertiesOf(document).filter(
    (p) =>
      p.key === 'type' &&
      (Array.isArray(p.value) ? p.value : [p.value]).some(
        (t) => typeof t === 'string' && env.table.types.has(t),
      ),
  );
  const target = pick.one(candidates);
  if (!target) return undefined;
  const terms = (Array.isArray(target.value) ? target.value : [target.value]) as string[];
  const known = terms.filter((t) => env.table.types.has(t));
  const term = pick.one(known) as string;
  const iri = env.table.types.get(term) as string;
  const value = Array.isArray(target.value) ? terms.map((t) => (t === term ? iri : t)) : iri;
  nodeAt(document, target.node).type = value;
  return done(document, target.node, 'type');
};

/** Scalar leaves with their key, `id`, `type` and keywords excluded. */
function leaves(document: Json): { path: Path; key: string; value: Json }[] {
  return walk(document)
    .map(({ path, value }) => ({ path, value, key: keyOf(path) }))
    .filter(
      (l): l is { path: Path; key: string; value: Json } =>
        l.key !== undefined &&
        !l.key.startsWith('@') &&
        l.key !== 'id' &&
        l.key !== 'type' &&
        (l.value === null || typeof l.value !== 'object'),
    );
}

/** A scalar written as its explicit value object (`{"@value", "@type"}`) or node reference. */
export const valueObject: RewriteFn = (document, pick, env) => {
  const candidates = leaves(document).filter((l) =>
    env.table.values.has(`${l.key}\u0000${JSON.stringify(l.value)}`),
  );
  const target = pickBiased(pick, candidates, (l) => l.key);
  if (!target) return undefined;
  const form = env.table.values.get(
    `${target.key}\u0000${JSON.stringify(target.value)}`,
  ) as JsonObject;
  const explicit = clone(form);
  setAt(document, target.path, explicit);
  return done(document, target.path);
};
