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
