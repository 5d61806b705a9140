// Rewrites of the JSON shape: arrays (wrapping, nesting, order, duplicates), key order, nulls and
// empty arrays, `@index`, `@set`, a repeated @context inside a node; and the value mutations,
// which change what was signed and so must break the proof.
import {
  at,
  isObject,
  type Json,
  type JsonObject,
  type Path,
  reorder,
  setAt,
  walk,
} from './json.js';
import type { Done, RewriteFn } from './rewrite-kinds.js';
import {
  credentialRoot,
  isNode,
  nodesOf,
  OPTIONAL_KEYS,
  type Picker,
  pickBiased,
} from './targets.js';
import { keyOf } from './terms.js';

const pointer = (path: Path) =>
  path.map((t) => `/${String(t).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
const done = (document: JsonObject, path: Path): Done => ({ document, at: pointer(path) });

/** Values under plain keys (no `@context`, `id`, keywords), with their key. */
function values(document: Json): Value[] {
  return walk(document)
    .filter(({ path }) => path.length > 0)
    .map(({ path, value }) => ({ path, value, key: keyOf(path) }))
    .filter(
      (v): v is Value =>
        v.key !== undefined && !v.key.startsWith('@') && typeof v.path.at(-1) === 'string',
    );
}

type Value = { path: Path; value: Json; key: string };

/** One of the values, biased to the keys checks read. */
const pickValue = (pick: Picker, candidates: readonly Value[]) =>
  pickBiased(pick, candidates, (c) => c.key);

/** `x` → `[x]` where the official schema accepts both. */
export const wrap: RewriteFn = (document, pick, env) => {
  const candidates = values(document).filter(
    (v) => !Array.isArray(v.value) && env.wrappable.has(v.key),
  );
  const target = pickValue(pick, candidates);
  if (!target) return undefined;
  return done(setAt(document, target.path, [target.value]) as JsonObject, target.path);
};

/** `[x]` → `x` where the official schema accepts both. */
export const unwrap: RewriteFn = (document, pick, env) => {
  const candidates = values(document).filter(
    (v) => Array.isArray(v.value) && v.value.length === 1 && env.unwrappable.has(v.key),
  );
  const target = pickValue(pick, candidates);
  if (!target) return undefined;
  return done(
    setAt(document, target.path, (target.value as Json[])[0] as Json) as JsonObject,
    target.path,
  );
};

/** `x` → `[[x]]`, `[x, y]` → `[[x], y]`: nested arrays, which JSON-LD flattens. */
export const nestedArray: RewriteFn = (document, pick) => {
  const candidates = values(document).filter((v) => v.key !== 'type' && v.key !== 'id');
  const target = pickValue(pick, candidates);
  if (!target) return undefined;
  const value = target.value;
  const nested =
    Array.isArray(value) && value.length > 1
      ? [[value[0] as Json], ...value.slice(1)]
      : [[...(Array.isArray(value) ? value : [value])]];
  return done(setAt(document, target.path, nested) as JsonObject, target.path);
};

/** `x` → `{"@set": [x]}` (for values the key's type coercion does not apply to). */
export const setObject: RewriteFn = (document, pick, env) => {
  const candidates = values(document).filter(
    (v) =>
      v.key !== 'type' &&
      v.key !== 'id' &&
      (isObject(v.value) || env.table.keys.get(v.key)?.coercion === undefined),
  );
  const target = pickValue(pick, candidates);
  if (!target) return undefined;
  const items = Array.isArray(target.value) ? target.value : [target.value];
  return done(setAt(document, target.path, { '@set': items }) as JsonObject, target.path);
};

/** Every object in the value has an id (a copy adds no blank node) or is a value object. */
const named = (value: Json): boolean =>
  walk(value).every(
    ({ value: v }) => !isObject(v) || typeof v.id === 'string' || Object.hasOwn(v, '@value'),
  );

/** An array item repeated (RDF graphs are sets; nodes with ids are merged). */
export const duplicate: RewriteFn = (document, pick) => {
  const candidates = values(document).filter(
    (v) => v.key !== 'id' && v.key !== 'proof' && named(v.value),
  );
  const target = pickValue(pick, candidates);
  if (!target) return undefined;
  const items = Array.isArray(target.value) ? target.value : [target.value];
  const item = pick.one(items) as Json;
  return done(
    setAt(document, target.path, [...items, structuredClone(item)]) as JsonObject,
    target.path,
  );
};

/** The items of an array in another order. */
export const arrayOrder: RewriteFn = (document, pick, env) => {
  const candidates = values(document).filter(
    (v) =>
      Array.isArray(v.value) &&
      v.value.length > 1 &&
      env.table.keys.get(v.key)?.container !== '@list',
  );
  const target = pick.one(candidates);
  if (!target) return undefined;
  const items = target.value as Json[];
  const shift = 1 + pick.index(items.length - 1);
  const permuted = pick.chance(0.5)
    ? [...items].reverse()
    : [...items.slice(shift), ...items.slice(0, shift)];
  return done(setAt(document, target.path, permuted) as JsonObject, target.path);
};

function shuffledKeys(object: JsonObject, pick: Picker): string[] {
  const keys = Object.keys(object);
  const ranked = keys.map((k) => ({ k, r: pick.index(1_000_003) })).sort((a, b) => a.r - b.r);
  const order = ranked.map((x) => x.k);
  if (order.every((k, i) => k === keys[i])) order.push(order.shift() as string);
  return order;
}

/** The keys of one object (or of every object) in another order. */
export const keyOrder: RewriteFn = (document, pick) => {
  const objects = walk(document).filter(
    ({ value }) => isObject(value) && Object.keys(value).length > 1,
  );
  if (objects.length === 0) return undefined;
  const all = pick.chance(0.25);
  const chosen = all ? objects : [pick.one(objects) as (typeof objects)[number]];
  // Deepest first, so that replacing a parent keeps its reordered children.
  let root: Json = document;
  for (const { path } of [...chosen].sort((a, b) => b.path.length - a.path.length)) {
    const object = at(root, path) as JsonObject;
    root = setAt(root, path, reorder(object, shuffledKeys(object, pick)));
  }
  return {
    document: root as JsonObject,
    at: all ? '(every object)' : pointer((chosen[0] as { path: Path }).path),
  };
};

// A key the node's type defines but the node lacks: credential-level keys on credentials,
// optional proof options on proofs (a null or [] of an undefined term fails safe mode: no use).
function absentKey(document: JsonObject, pick: Picker): { node: Path; key: string } | undefined {
  const nodes = nodesOf(document).flatMap(({ path, node }) => {
    const where = Object.hasOwn(node, '@context')
      ? 'credential'
      : path.at(-1) === 'proof'
        ? 'proof'
        : undefined;
    const absent = where ? OPTIONAL_KEYS[where].filter((k) => !Object.hasOwn(node, k)) : [];
    return absent.length > 0 ? [{ path, absent }] : [];
  });
  const chosen = pick.one(nodes);
  const key = chosen && pick.one(chosen.absent);
  return chosen && key !== undefined ? { node: chosen.path, key } : undefined;
}

/** A read key that is absent written as `null` (JSON-LD drops it). */
export const nullValue: RewriteFn = (document, pick) => {
  const target = absentKey(document, pick);
  if (!target) return undefined;
  (at(document, target.node) as JsonObject)[target.key] = null;
  return done(document, [...target.node, target.key]);
};

/** A read key that is absent written as `[]` (JSON-LD drops it). */
export const emptyArray: RewriteFn = (document, pick) => {
  const target = absentKey(document, pick);
  if (!target) return undefined;
  (at(document, target.node) as JsonObject)[target.key] = [];
  return done(document, [...target.node, target.key]);
};

/** `@index` on a node object (it has no RDF representation). */
export const indexKey: RewriteFn = (document, pick) => {
  const target = pick.one(nodesOf(document).filter(({ node }) => !Object.hasOwn(node, '@index')));
  if (!target) return undefined;
  target.node['@index'] = 'x';
  return done(document, [...target.path, '@index']);
};

/** A nested node repeats its credential's @context as a local one. */
export const localContext: RewriteFn = (document, pick) => {
  // A proof may carry its credential's @context (vc-di-eddsa §3.3.2): a normal shape, not this
  // rewrite's target.
  const holder = (path: Path) =>
    path.at(-1) === 'proof' || (typeof path.at(-1) === 'number' && path.at(-2) === 'proof');
  const candidates = nodesOf(document).filter(
    ({ path, node }) =>
      path.length > 0 && !Object.hasOwn(node, '@context') && isNode(node) && !holder(path),
  );
  const target = pick.one(candidates);
  if (!target) return undefined;
  const root = at(document, credentialRoot(document, target.path)) as JsonObject;
  const context = root['@context'];
  if (context === undefined) return undefined;
  const list = Array.isArray(context) ? context : [context];
  const urls = list.filter((c): c is string => typeof c === 'string');
  target.node['@context'] =
    pick.chance(0.5) || urls.length === 0 ? structuredClone(context) : (urls.at(-1) as string);
  return done(document, [...target.path, '@context']);
};

/** The document serialized with other whitespace (the runner passes it as JSON text). */
export const whitespace: RewriteFn = (document) => ({ document, at: '(text)' });

// ---- value mutations: each changes the signed data

function mutateLeaf(
  document: JsonObject,
  pick: Picker,
  accept: (key: string, value: Json) => boolean,
  change: (value: string, pick: Picker) => string,
): Done | undefined {
  const candidates = walk(document).filter(({ path, value }) => {
    const key = keyOf(path);
    return typeof value === 'string' && key !== undefined && key !== '@index' && accept(key, value);
  });
  const target = pick.one(candidates);
  if (!target) return undefined;
  return done(
    setAt(document, target.path, change(target.value as string, pick)) as JsonObject,
    target.path,
  );
}

const DATE = /^\d{4}-\d\d-\d\dT/;

/** A date moved by a day, or written in another lexical form (another RDF literal). */
export const changeDate: RewriteFn = (document, pick) =>
  mutateLeaf(
    document,
    pick,
    (_k, v) => typeof v === 'string' && DATE.test(v),
    (v, p) => {
      if (p.chance(0.5)) return v.replace('Z', '.000Z');
      return new Date(Date.parse(v) + 86_400_000).toISOString().replace('.000Z', 'Z');
    },
  );

/** An id changed by one character. */
export const changeId: RewriteFn = (document, pick) =>
  mutateLeaf(
    document,
    pick,
    (k) => k === 'id' || k === '@id',
    (v) => (v.endsWith('1') ? `${v.slice(0, -1)}2` : `${v.slice(0, -1)}1`),
  );

/** A status list index changed. */
export const changeIndex: RewriteFn = (document, pick) =>
  mutateLeaf(
    document,
    pick,
    (k) => k === 'statusListIndex',
    (v, p) => (p.chance(0.5) ? `0${v}` : String(Number(v) + 1)),
  );

/** Any other string changed. */
export const changeString: RewriteFn = (document, pick) =>
  mutateLeaf(
    document,
    pick,
    (k) => k !== 'type' && k !== 'id',
    (v) => `${v}x`,
  );
