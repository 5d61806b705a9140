// JSON Pointer (RFC 6901): reading the value a pointer names.

const POINTER = /^(\/([^~/]|~[01])*)*$/;

/** Whether a string is a JSON Pointer (`''` or `/a/b~1c/0`). */
export function isJsonPointer(value: unknown): value is string {
  return typeof value === 'string' && POINTER.test(value);
}

/** The reference tokens of a JSON Pointer, unescaped (`/a~1b/0` → `['a/b', '0']`). */
export function pointerTokens(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/**
 * The value a JSON Pointer names in a JSON value, or `undefined` when it names nothing (a missing
 * member, an index past the end, a step into a string or number). Own members only: `__proto__`
 * or `constructor` never reach the prototype.
 */
export function resolvePointer(root: unknown, pointer: string): unknown {
  let node: unknown = root;
  for (const token of pointerTokens(pointer)) {
    if (Array.isArray(node)) {
      if (!/^(0|[1-9][0-9]*)$/.test(token)) return undefined;
      node = node[Number(token)];
    } else if (typeof node === 'object' && node !== null && Object.hasOwn(node, token)) {
      node = (node as Record<string, unknown>)[token];
    } else {
      return undefined;
    }
  }
  return node;
}
