// Structure-aware mutations for the fuzz targets: byte and text mutations of valid inputs
// (truncation, bit flips, chunk duplication, deletions, huge declared lengths), JSON tree
// mutations (odd values, prototype keys, deep nesting, huge strings and arrays), and random input.
import fc from 'fast-check';

type Bytes = Uint8Array;

/** One byte-level edit. */
const byteEdit = fc.oneof(
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('flip' as const), at: fc.nat(), bit: fc.nat(7) }),
  fc.record({ op: fc.constant('set' as const), at: fc.nat(), value: fc.nat(255) }),
  fc.record({
    op: fc.constant('duplicate' as const),
    at: fc.nat(),
    length: fc.nat(4096),
    to: fc.nat(),
  }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), length: fc.nat(256) }),
  fc.record({
    op: fc.constant('insert' as const),
    at: fc.nat(),
    bytes: fc.uint8Array({ maxLength: 64 }),
  }),
  fc.record({
    op: fc.constant('length' as const),
    at: fc.nat(),
    value: fc.constantFrom(0, 0x7fffffff, 0x80000000, 0xffffffff, 12, 13),
  }),
);

type ByteEdit = typeof byteEdit extends fc.Arbitrary<infer E> ? E : never;

function applyByteEdit(input: Bytes, edit: ByteEdit): Bytes {
  const n = input.length;
  const at = n === 0 ? 0 : edit.at % (n + 1);
  switch (edit.op) {
    case 'truncate':
      return input.slice(0, at);
    case 'flip': {
      if (n === 0) return input;
      const out = input.slice();
      out[at % n] = (out[at % n] as number) ^ (1 << edit.bit);
      return out;
    }
    case 'set': {
      if (n === 0) return input;
      const out = input.slice();
      out[at % n] = edit.value;
      return out;
    }
    case 'duplicate': {
      const chunk = input.slice(at, at + edit.length);
      const to = n === 0 ? 0 : edit.to % (n + 1);
      return concat(input.slice(0, to), chunk, input.slice(to));
    }
    case 'delete':
      return concat(input.slice(0, at), input.slice(at + edit.length));
    case 'insert':
      return concat(input.slice(0, at), edit.bytes, input.slice(at));
    case 'length': {
      // A 32-bit big-endian length (PNG chunk lengths are), written over 4 bytes.
      const out = input.slice();
      const view = new DataView(out.buffer);
      if (at + 4 <= n) view.setUint32(at, edit.value);
      return out;
    }
  }
}

function concat(...parts: Bytes[]): Bytes {
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** Mutations of the given byte seeds (1-4 edits each), and random bytes. */
export function mutatedBytes(seeds: readonly Bytes[], randomWeight = 1): fc.Arbitrary<Bytes> {
  return fc.oneof(
    {
      weight: 8,
      arbitrary: fc
        .tuple(fc.constantFrom(...seeds), fc.array(byteEdit, { minLength: 1, maxLength: 4 }))
        .map(([seed, edits]) => edits.reduce(applyByteEdit, seed)),
    },
    { weight: randomWeight, arbitrary: fc.uint8Array({ maxLength: 2048 }) },
  );
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Text-level mutations (through the bytes, so invalid UTF-8 becomes U+FFFD), plus tokens. */
export function mutatedText(
  seeds: readonly string[],
  tokens: readonly string[] = [],
): fc.Arbitrary<string> {
  const asBytes = seeds.map((s) => encoder.encode(s));
  const insertToken = fc
    .tuple(fc.constantFrom(...seeds), fc.nat(), fc.constantFrom(...TOKENS, ...tokens))
    .map(([seed, at, token]) => {
      const i = at % (seed.length + 1);
      return seed.slice(0, i) + token + seed.slice(i);
    });
  return fc.oneof(
    { weight: 5, arbitrary: mutatedBytes(asBytes, 0).map((b) => decoder.decode(b)) },
    { weight: 3, arbitrary: insertToken },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
    { weight: 1, arbitrary: hugeText },
  );
}

const TOKENS = [
  '"__proto__": {"polluted": 1},',
  '"constructor": {"prototype": {"polluted": 1}},',
  '\u0000',
  '\uFEFF',
  '\uD800',
  '\\u0000',
  '"',
  '\\',
  ',',
  '}',
  ']',
  '[[[[[[[[[[[[',
  '1e999',
  '-0',
  ' ',
  '\n',
];

/** Very long or very deep text: a stranger's bytes may be any size. */
export const hugeText = fc.oneof(
  fc.nat({ max: 200_000 }).map((n) => '['.repeat(n)),
  fc.nat({ max: 20_000 }).map((n) => `${'['.repeat(n)}${']'.repeat(n)}`),
  fc.nat({ max: 20_000 }).map((n) => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`),
  fc.nat({ max: 300_000 }).map((n) => `"${'a'.repeat(n)}"`),
  fc.nat({ max: 200_000 }).map((n) => 'z'.repeat(n)),
);

/** Odd JSON values to put anywhere in a document. */
const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, true, false, 0, -0, 1e308, -1, 2 ** 53 + 1, '', ' ', 'null', '__proto__'),
  fc.string({ maxLength: 40 }),
  fc.nat({ max: 100_000 }).map((n) => 'x'.repeat(n)),
  fc.nat({ max: 5_000 }).map((n) => Array.from({ length: n }, () => 0)),
  fc.nat({ max: 3_000 }).map((n) => nest(n)),
  fc.constant(JSON.parse('{"__proto__": {"polluted": 1}}')),
  fc.constant({ constructor: { prototype: { polluted: 1 } } }),
  fc.constant({ prototype: { polluted: 1 } }),
  fc.jsonValue({ maxDepth: 3 }),
);

function nest(depth: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
}

type Json = unknown;

/** One edit of a JSON tree: at a path chosen by `pick`, replace, delete, add a key, wrap. */
const treeEdit = fc.record({
  pick: fc.nat(),
  op: fc.constantFrom('replace', 'delete', 'add', 'wrap', 'duplicate'),
  key: fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    'id',
    'type',
    '@context',
    'proof',
    'x',
  ),
  value: oddValue,
});

type TreeEdit = typeof treeEdit extends fc.Arbitrary<infer E> ? E : never;

// Every container of the tree, depth-first, up to a bound (the seeds are small documents).
function containers(root: Json): (Record<string, Json> | Json[])[] {
  const out: (Record<string, Json> | Json[])[] = [];
  const stack: Json[] = [root];
  while (stack.length > 0 && out.length < 2000) {
    const node = stack.pop();
    if (node !== null && typeof node === 'object') {
      out.push(node as Record<string, Json>);
      stack.push(...Object.values(node as object));
    }
  }
  return out;
}

function applyTreeEdit(root: Json, edit: TreeEdit): Json {
  const all = containers(root);
  if (all.length === 0) return edit.value;
  const node = all[edit.pick % all.length] as Record<string, Json> | Json[];
  const keys = Object.keys(node);
  const key = keys.length > 0 ? (keys[edit.pick % keys.length] as string) : edit.key;
  // Own members only: `node.constructor` would be Object itself.
  const own = (k: string): Json =>
    Object.hasOwn(node, k) ? (node as Record<string, Json>)[k] : null;
  const define = (k: string, v: Json) =>
    Object.defineProperty(node, k, {
      value: v,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  switch (edit.op) {
    case 'replace':
      define(key, edit.value);
      break;
    case 'delete':
      if (Array.isArray(node)) node.splice(Number(key), 1);
      else delete node[key];
      break;
    case 'add':
      if (Array.isArray(node)) node.push(edit.value);
      else define(edit.key, edit.value);
      break;
    case 'wrap':
      define(key, [own(key)]);
      break;
    case 'duplicate':
      if (Array.isArray(node)) node.push(...node.slice(0, 50));
      // The same value under a second key (shared, not cloned: it may be too deep to clone).
      else define(`${key}2`, own(key));
      break;
  }
  return root;
}

/** Tree mutations of JSON seeds (a fresh copy each time; own `__proto__` keys kept). */
export function mutatedJson<T>(seeds: readonly T[]): fc.Arbitrary<T> {
  return fc
    .tuple(fc.constantFrom(...seeds), fc.array(treeEdit, { minLength: 1, maxLength: 4 }))
    .map(([seed, edits]) => edits.reduce(applyTreeEdit, JSON.parse(JSON.stringify(seed))) as T);
}
