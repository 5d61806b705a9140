// Schema transformations for scripts/generate.mjs, kept apart so tests can exercise them
// (test/scripts/schema-defs.test.ts). All functions are pure: they return new values.

// Keywords whose value is data, not a schema (JSON Schema 2019-09 §6.1, §9), and keywords whose
// value maps names to subschemas (§9.3.2, §8.2.4): the walkers below never treat a property
// named `enum` or `$ref` as a keyword.
const DATA_KEYWORDS = new Set(['enum', 'const', 'required', 'default', 'examples']);
const MAP_KEYWORDS = new Set([
  'properties',
  'patternProperties',
  '$defs',
  'definitions',
  'dependentSchemas',
]);
const ANNOTATIONS = new Set(['description', '$comment', 'title']);

/**
 * Copies a schema, calling `visit(key, value, recurse)` for every keyword of every subschema; it
 * returns the new value, or `undefined` to drop the keyword. `recurse(value)` copies a keyword's
 * value the default way (subschemas walked, data copied as is).
 */
export function mapSchema(node, visit) {
  const recurse = (value, key) => {
    if (DATA_KEYWORDS.has(key)) return value;
    if (Array.isArray(value)) return value.map((item) => walk(item));
    if (MAP_KEYWORDS.has(key) && value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, walk(sub)]));
    }
    return walk(value);
  };
  const walk = (schema) => {
    if (Array.isArray(schema)) return schema.map((item) => walk(item));
    if (schema === null || typeof schema !== 'object') return schema;
    const out = {};
    for (const [key, value] of Object.entries(schema)) {
      const next = visit(key, value, (v) => recurse(v, key));
      if (next !== undefined) out[key] = next;
    }
    return out;
  };
  return walk(node);
}

/**
 * Drops the annotations `description`, `$comment` and `title` (JSON Schema 2019-09 §9: validation
 * never reads them), keeping only what validation needs.
 */
export function stripAnnotations(node) {
  return mapSchema(node, (key, value, recurse) =>
    ANNOTATIONS.has(key) ? undefined : recurse(value),
  );
}

/** Every `$ref` value in a schema node. */
export function refsOf(node) {
  const refs = new Set();
  mapSchema(node, (key, value, recurse) => {
    if (key === '$ref' && typeof value === 'string') refs.add(value);
    return recurse(value);
  });
  return refs;
}

/**
 * A key that is equal for two definitions exactly when they accept the same values, as far as
 * their text goes: object keys sorted, and `anyOf` members sorted (an `anyOf` passes when any
 * member passes, whatever the order; the 1EdTech schemas use no `unevaluated*` keyword, which
 * could make annotations order-sensitive). `$ref`s are compared by name; `shareableDefs` checks
 * that the names point at equal definitions too.
 */
export function canonicalKey(node) {
  const sortKeys = (value) =>
    Array.isArray(value)
      ? value.map(sortKeys)
      : value === null || typeof value !== 'object'
        ? value
        : Object.fromEntries(
            Object.keys(value)
              .sort()
              .map((k) => [k, sortKeys(value[k])]),
          );
  const canonical = mapSchema(node, (key, value, recurse) =>
    key === 'anyOf' && Array.isArray(value)
      ? sortByJson(recurse(value).map(sortKeys))
      : recurse(value),
  );
  return JSON.stringify(sortKeys(canonical));
}

/**
 * The `$defs` names that can be compiled once for a whole set of schemas: a name qualifies when
 * every schema that defines it defines it alike (see `canonicalKey`) and every name it refers to
 * qualifies too. A definition with any other `$ref` (`#`, `#/properties/...`, a URL) stays in its
 * schema: moved into a document of its own, it would point elsewhere. Computed as a greatest
 * fixpoint, so mutually recursive definitions (an EndorsementCredential's issuer Profile has
 * endorsements) qualify together.
 *
 * @param schemas - Schema documents, each with its `$defs`.
 * @returns name -> the definition (taken from the first schema that has it).
 */
export function shareableDefs(schemas) {
  const byName = new Map();
  for (const schema of schemas) {
    for (const [name, def] of Object.entries(schema.$defs ?? {})) {
      if (!byName.has(name)) byName.set(name, []);
      byName.get(name).push(def);
    }
  }
  const shared = new Set(
    [...byName]
      .filter(([, defs]) => new Set(defs.map(canonicalKey)).size === 1)
      .map(([name]) => name),
  );
  for (let changed = true; changed; ) {
    changed = false;
    for (const name of shared) {
      const refersOut = byName.get(name).some((def) => {
        for (const ref of refsOf(def)) if (!shared.has(localDefName(ref))) return true;
        return false;
      });
      if (refersOut) {
        shared.delete(name);
        changed = true;
      }
    }
  }
  return new Map([...shared].sort().map((name) => [name, byName.get(name)[0]]));
}

/** Rewrites `"$ref": "#/$defs/Name"` for the names in `shared` to `idOf(Name)`. */
export function rewriteRefs(node, shared, idOf) {
  return mapSchema(node, (key, value, recurse) => {
    const name = key === '$ref' ? localDefName(value) : undefined;
    return name !== undefined && shared.has(name) ? idOf(name) : recurse(value);
  });
}

function sortByJson(items) {
  return items
    .map((item) => [JSON.stringify(item), item])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, item]) => item);
}

// `#/$defs/Name` -> Name: a JSON Pointer token (RFC 6901 §4) in a URI fragment (RFC 6901 §6).
function localDefName(ref) {
  if (typeof ref !== 'string' || !ref.startsWith('#/$defs/')) return undefined;
  const token = ref.slice('#/$defs/'.length);
  if (token.includes('/')) return undefined;
  return decodeURIComponent(token).replace(/~1/g, '/').replace(/~0/g, '~');
}
