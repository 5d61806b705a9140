// lerkit's port of the two ajv-formats checks must agree with ajv-formats itself.

import formats from 'ajv-formats/dist/formats.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDate, isDateTime } from '../../src/schema/formats.js';

const reference = (
  formats as unknown as { fullFormats: Record<string, { validate: (s: string) => boolean }> }
).fullFormats;

const digits = (n: number) =>
  fc.array(fc.constantFrom(...'0123456789'), { minLength: n, maxLength: n }).map((d) => d.join(''));
const dateLike = fc.tuple(digits(4), digits(2), digits(2)).map(([y, m, d]) => `${y}-${m}-${d}`);
const timeLike = fc
  .tuple(
    digits(2),
    digits(2),
    digits(2),
    fc.constantFrom('', '.5', '.123'),
    fc.constantFrom('', 'Z', 'z', '+01:00', '-23:59', '+24:00', '+0130'),
  )
  .map(([h, m, s, f, z]) => `${h}:${m}:${s}${f}${z}`);

describe('date and date-time formats', () => {
  it('agree with ajv-formats on date-like strings', () => {
    fc.assert(
      fc.property(fc.oneof(dateLike, fc.string()), (s) => {
        expect(isDate(s)).toBe(reference.date?.validate(s));
      }),
      { numRuns: 2000 },
    );
  });

  it('agree with ajv-formats on date-time-like strings', () => {
    const dateTime = fc
      .tuple(dateLike, fc.constantFrom('T', 't', ' ', 'X'), timeLike)
      .map(([d, sep, t]) => `${d}${sep}${t}`);
    fc.assert(
      fc.property(fc.oneof(dateTime, fc.string()), (s) => {
        expect(isDateTime(s)).toBe(reference['date-time']?.validate(s));
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['2024-02-29T12:00:00Z', true],
    ['2023-02-29T12:00:00Z', false],
    ['2024-05-01T12:00:00', false],
    ['2016-12-31T23:59:60Z', true],
    ['2024-05-01T25:00:00Z', false],
  ])('%s → %s', (value, expected) => expect(isDateTime(value)).toBe(expected));
});
