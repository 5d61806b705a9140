// The JSON error locator agrees with JSON.parse on what is JSON, points at the first bad
// character, and never quotes the text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  describeJsonError,
  jsonErrorOffset,
  parseJsonText,
} from '../../src/internal/json-syntax.js';

const SEED = 0x15011;
const accepts = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

// JSON-ish text: real JSON, then damaged by cutting, inserting or replacing characters.
const jsonish = fc
  .tuple(
    fc
      .tuple(fc.jsonValue(), fc.nat({ max: 2 }))
      .map(([v, indent]) => JSON.stringify(v, null, indent)),
    fc.array(
      fc.tuple(
        fc.nat(),
        fc.constantFrom(...'{}[],:"\\ \n-+.eE0123456789tfnulx\u0001'.split(''), ''),
        fc.boolean(),
      ),
      { maxLength: 3 },
    ),
  )
  .map(([text, edits]) => {
    let out = text;
    for (const [at, char, replace] of edits) {
      const i = at % (out.length + 1);
      out = out.slice(0, i) + char + out.slice(replace ? i + 1 : i);
    }
    return out;
  });

describe('jsonErrorOffset', () => {
  it('says valid exactly when JSON.parse does (damaged JSON and random text)', () => {
    fc.assert(
      fc.property(fc.oneof(jsonish, fc.string({ maxLength: 40 })), (text) => {
        expect(jsonErrorOffset(text) < 0).toBe(accepts(text));
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });

  it('nothing before the offset is an error: the prefix up to it is JSON or ends prematurely', () => {
    fc.assert(
      fc.property(jsonish, (text) => {
        const offset = jsonErrorOffset(text);
        if (offset < 0) return;
        const prefix = jsonErrorOffset(text.slice(0, offset));
        expect(prefix === -1 || prefix === offset).toBe(true);
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it.each([
    ['', 0],
    ['{', 1],
    ['{"a":1,}', 7],
    ['[1,2', 4],
    ['{"a" 1}', 5],
    ['01', 1],
    ['"\\x"', 2],
    ['"\u0001"', 1],
    ['nul', 3],
    ['{} x', 3],
    ['1.', 2],
    ['-', 1],
    ['1e+', 3],
  ])('%j fails at offset %i', (text, offset) => {
    expect(jsonErrorOffset(text)).toBe(offset);
  });

  it('handles nesting deeper than the call stack', () => {
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    expect(jsonErrorOffset(deep)).toBe(-1);
    expect(jsonErrorOffset(`${deep.slice(0, -1)}x`)).toBe(deep.length - 1);
  });
});

describe('describeJsonError', () => {
  it('gives line and column, never the text', () => {
    const secret = '{\n  "key": "hunter2",\n  oops\n}';
    const message = describeJsonError(secret);
    expect(message).toBe('not valid JSON at line 3 column 3 (unexpected character)');
    expect(parseJsonText(secret)).toEqual({ ok: false, message });
    expect(describeJsonError('{"a": [1, 2')).toMatch(/line 1 column 12 \(unexpected end/);
    expect(parseJsonText('{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
  });
});
