// Where JSON text stops being JSON, as a line and column, without quoting it. V8's own JSON.parse
// messages quote the start of the text (`Unexpected token 's', "secret-key"... is not valid
// JSON`), so passing them on would leak a file's contents or a remote body into an error or a
// report. This scanner follows RFC 8259 exactly (property tests hold it to JSON.parse) and is
// iterative, so no nesting depth can exhaust the stack.

/** Result of {@link parseJsonText}. */
export type JsonTextResult =
  | { ok: true; value: unknown }
  | {
      ok: false;
      /** `not valid JSON at line L column C (what)`; never quotes the text. */
      message: string;
    };

/** `JSON.parse`, with an error message that gives a position instead of quoting the text. */
export function parseJsonText(text: string): JsonTextResult {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, message: describeJsonError(text) };
  }
}

/** Describes why `text` is not JSON by position: `not valid JSON at line 3 column 7 (…)`. */
export function describeJsonError(text: string): string {
  const offset = jsonErrorOffset(text);
  if (offset < 0) return 'not valid JSON';
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const what = offset >= text.length ? 'unexpected end of input' : 'unexpected character';
  return `not valid JSON at line ${line} column ${offset - lineStart + 1} (${what})`;
}

// Scanner states: a value is expected, an object key is expected, a value has just ended.
const State = { Value: 0, Key: 1, After: 2 } as const;

/** Offset of the first character that makes `text` invalid JSON (its length at a premature end); -1 if valid. */
export function jsonErrorOffset(text: string): number {
  const stack: boolean[] = []; // true: object, false: array
  let i = 0;
  let state: number = State.Value;
  for (;;) {
    i = skipSpace(text, i);
    const c = text.charCodeAt(i);
    if (state === State.Key) {
      if (c !== 0x22) return i;
      i = scanString(text, i);
      if (i < 0) return -i - 1;
      i = skipSpace(text, i);
      if (text.charCodeAt(i) !== 0x3a) return i; // ':'
      i++;
      state = State.Value;
    } else if (state === State.Value) {
      if (c === 0x7b || c === 0x5b) {
        // '{' or '['
        stack.push(c === 0x7b);
        i = skipSpace(text, i + 1);
        const close = c === 0x7b ? 0x7d : 0x5d;
        if (text.charCodeAt(i) === close) {
          stack.pop();
          i++;
          state = State.After;
        } else state = c === 0x7b ? State.Key : State.Value;
        continue;
      }
      i = scanScalar(text, i);
      if (i < 0) return -i - 1;
      state = State.After;
    } else {
      if (stack.length === 0) return i === text.length ? -1 : i;
      const object = stack[stack.length - 1] as boolean;
      if (c === 0x2c) {
        i++;
        state = object ? State.Key : State.Value;
      } else if (c === (object ? 0x7d : 0x5d)) {
        stack.pop();
        i++;
      } else return i;
    }
  }
}

function skipSpace(text: string, from: number): number {
  let i = from;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) i++;
    else return i;
  }
}

// Scalars return the index after them, or -(error offset) - 1.
function scanScalar(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 0x22) return scanString(text, i);
  if (c === 0x2d || (c >= 0x30 && c <= 0x39)) return scanNumber(text, i);
  for (const literal of ['true', 'false', 'null']) {
    if (c === literal.charCodeAt(0)) {
      for (let k = 1; k < literal.length; k++) {
        if (text.charCodeAt(i + k) !== literal.charCodeAt(k)) return -(i + k) - 1;
      }
      return i + literal.length;
    }
  }
  return -i - 1;
}

function scanString(text: string, start: number): number {
  let i = start + 1;
  for (;;) {
    if (i >= text.length) return -i - 1;
    const c = text.charCodeAt(i);
    if (c === 0x22) return i + 1;
    if (c < 0x20) return -i - 1;
    if (c === 0x5c) {
      const e = text.charCodeAt(i + 1);
      if (e === 0x75) {
        // \uXXXX
        for (let k = 2; k < 6; k++) {
          if (!isHex(text.charCodeAt(i + k))) return -(i + k) - 1;
        }
        i += 6;
      } else if ('"\\/bfnrt'.includes(text[i + 1] ?? '') && i + 1 < text.length) {
        i += 2;
      } else return -(i + 1) - 1;
    } else i++;
  }
}

function isHex(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function scanNumber(text: string, start: number): number {
  let i = start;
  if (text.charCodeAt(i) === 0x2d) i++;
  if (text.charCodeAt(i) === 0x30) i++;
  else if (isDigit(text.charCodeAt(i))) while (isDigit(text.charCodeAt(i))) i++;
  else return -i - 1;
  if (text.charCodeAt(i) === 0x2e) {
    i++;
    if (!isDigit(text.charCodeAt(i))) return -i - 1;
    while (isDigit(text.charCodeAt(i))) i++;
  }
  const e = text.charCodeAt(i);
  if (e === 0x65 || e === 0x45) {
    i++;
    const sign = text.charCodeAt(i);
    if (sign === 0x2b || sign === 0x2d) i++;
    if (!isDigit(text.charCodeAt(i))) return -i - 1;
    while (isDigit(text.charCodeAt(i))) i++;
  }
  return i;
}

/** A key repeated in one object of a JSON text: where, and which. */
export interface DuplicateKey {
  /** JSON Pointer of the object's member (the second occurrence). */
  readonly pointer: string;
  /** The key. */
  readonly key: string;
}

interface Frame {
  readonly object: boolean;
  readonly pointer: string;
  readonly keys: Set<string>;
  index: number;
}

/**
 * The first key that appears twice in one object of a valid JSON text, or `undefined`. Parsers
 * disagree on duplicates (JSON.parse keeps the last value, others the first), so a credential
 * with one can mean different things to different verifiers. Linear, iterative (no recursion).
 *
 * @param text - JSON text that `JSON.parse` accepts.
 * @returns The first duplicate, or `undefined`.
 */
export function findDuplicateKey(text: string): DuplicateKey | undefined {
  const stack: Frame[] = [];
  let member = ''; // pointer of the value being read
  let i = 0;
  for (;;) {
    i = skipSpace(text, i);
    if (i >= text.length) return undefined;
    const c = text.charCodeAt(i);
    const top = stack[stack.length - 1];
    if (c === 0x7b || c === 0x5b) {
      stack.push({ object: c === 0x7b, pointer: member, keys: new Set(), index: 0 });
      i++;
      if (c === 0x5b) member = `${member}/0`;
    } else if (c === 0x7d || c === 0x5d) {
      stack.pop();
      i++;
    } else if (c === 0x2c) {
      i++;
      if (top && !top.object) member = `${top.pointer}/${++top.index}`;
    } else if (c === 0x22 && top?.object && isKeyPosition(text, i)) {
      const end = scanString(text, i);
      const key = JSON.parse(text.slice(i, end)) as string;
      member = `${top.pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      if (top.keys.has(key)) return { pointer: member, key };
      top.keys.add(key);
      i = skipSpace(text, end) + 1; // past ':'
    } else {
      i = scanScalar(text, i);
    }
  }
}

// A string in an object is a key when the previous significant character opens the object or
// separates members.
function isKeyPosition(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) i--;
    else return c === 0x7b || c === 0x2c;
  }
  return false;
}
