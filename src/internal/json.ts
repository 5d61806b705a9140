// Small JSON helpers shared across layers.

/** A JSON object (not null, not an array). */
export type JsonObject = { [key: string]: unknown };

/** True for non-null, non-array objects. */
export function isObject(value: unknown): value is JsonObject {
  // Bytes (a resource served as a binary file) are not a JSON object either.
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !ArrayBuffer.isView(value)
  );
}

/** A value or an array of values, as JSON-LD compaction allows, as an array. */
export function asArray<T>(value: T | readonly T[] | undefined | null): T[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? [...(value as readonly T[])] : [value as T];
}

/**
 * The one value of a single-valued property, read as JSON-LD reads it: `[x]` is `x` (an array of
 * any other length is returned as is, for the caller to refuse).
 */
export function single(value: unknown): unknown {
  return Array.isArray(value) && value.length === 1 ? value[0] : value;
}

/** Deep-freezes a parsed JSON value in place and returns it. */
export function deepFreeze<T>(value: T): T {
  // Iterative: a document nested deeper than the call stack must not overflow it.
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node === 'object' && node !== null && !Object.isFrozen(node)) {
      Object.freeze(node);
      for (const child of Object.values(node)) stack.push(child);
    }
  }
  return value;
}

/**
 * Whether a JSON value nests objects/arrays more than `limit` levels deep (or has more than
 * `maxNodes` of them). Iterative, so it answers for values that would overflow recursive code
 * (structuredClone, JSON.stringify, JSON-LD processing).
 */
export function nestsDeeperThan(root: unknown, limit: number, maxNodes = 5_000_000): boolean {
  const stack: [unknown, number][] = [[root, 0]];
  let visited = 0;
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (typeof node !== 'object' || node === null) continue;
    if (depth >= limit || ++visited > maxNodes) return true;
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return false;
}

/** Escapes one JSON Pointer reference token (RFC 6901). */
export function escapePointerToken(token: string | number): string {
  return String(token).replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Builds a JSON Pointer from reference tokens: `pointer('proof', 0)` → `/proof/0`. */
export function pointer(...tokens: (string | number)[]): string {
  return tokens.map((t) => `/${escapePointerToken(t)}`).join('');
}

/** The `id` of a value that is either an IRI string or an object with an `id`. */
export function idOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (isObject(value) && typeof value.id === 'string') return value.id;
  return undefined;
}

/**
 * Whether any object in a JSON tree has an own `__proto__` member (which `JSON.parse` creates but
 * copying by assignment silently drops). Iterative: safe on deep input.
 */
export function hasProtoMember(root: unknown): boolean {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) stack.push(...node);
    else if (node !== null && typeof node === 'object') {
      if (Object.hasOwn(node, '__proto__')) return true;
      stack.push(...Object.values(node));
    }
  }
  return false;
}
