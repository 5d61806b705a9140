// JSON trees for the mutation suite: types, paths, and the walks the rewrites need.

/** A JSON value. */
export type Json = null | boolean | number | string | Json[] | JsonObject;
/** A JSON object. */
export interface JsonObject {
  [key: string]: Json;
}
/** A path into a JSON tree: object keys and array indexes. */
export type Path = readonly (string | number)[];

/** True for non-null, non-array objects. */
export const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A deep copy (JSON values only). */
export const clone = <T extends Json>(value: T): T => structuredClone(value);

/** The value at a path, or undefined. */
export function at(root: Json, path: Path): Json | undefined {
  let current: Json | undefined = root;
  for (const step of path) {
    if (Array.isArray(current) && typeof step === 'number') current = current[step];
    else if (isObject(current) && typeof step === 'string' && Object.hasOwn(current, step))
      current = current[step];
    else return undefined;
  }
  return current;
}

/** A JSON Pointer for a path. */
export const pointerOf = (path: Path): string =>
  path.map((t) => `/${String(t).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');

/** Every value of a tree with its path, parents before children; `@context` values excluded. */
export function walk(value: Json, path: Path = []): { path: Path; value: Json }[] {
  const out: { path: Path; value: Json }[] = [];
  const stack: { path: Path; value: Json }[] = [{ path, value }];
  while (stack.length > 0) {
    const node = stack.pop() as { path: Path; value: Json };
    out.push(node);
    const children: { path: Path; value: Json }[] = [];
    if (Array.isArray(node.value)) {
      node.value.forEach((v, i) => {
        children.push({ path: [...node.path, i], value: v });
      });
    } else if (isObject(node.value)) {
      for (const [k, v] of Object.entries(node.value)) {
        if (k !== '@context') children.push({ path: [...node.path, k], value: v });
      }
    }
    stack.push(...children.reverse());
  }
  return out;
}

/** A copy of an object with its keys in the given order (keys not listed keep their order, after). */
export function reorder(object: JsonObject, keys: readonly string[]): JsonObject {
  const out: JsonObject = {};
  for (const k of keys) if (Object.hasOwn(object, k)) out[k] = object[k] as Json;
  for (const [k, v] of Object.entries(object)) if (!Object.hasOwn(out, k)) out[k] = v;
  return out;
}

/**
 * Replaces the key `from` of an object by `to` with a new value, at the same position in key
 * order (so that a rename alone is not also a reorder).
 */
export function renameKey(object: JsonObject, from: string, to: string, value: Json): JsonObject {
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(object)) {
    if (k === from) out[to] = value;
    else if (k !== to) out[k] = v;
  }
  return out;
}

/** Replaces the value at a path (the root when the path is empty) in place; returns the root. */
export function setAt(root: Json, path: Path, value: Json): Json {
  if (path.length === 0) return value;
  const parent = at(root, path.slice(0, -1));
  const key = path.at(-1) as string | number;
  if (Array.isArray(parent) && typeof key === 'number') parent[key] = value;
  else if (isObject(parent) && typeof key === 'string') parent[key] = value;
  else throw new Error(`No value at ${pointerOf(path)}`);
  return root;
}
