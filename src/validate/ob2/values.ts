// The primitive datatypes of Open Badges 2.0 (§Primitive datatypes, and the types the class tables
// use: URL, email, telephone, language, IdentityHash, data URI or URL), each a predicate and the
// code a value that fails it gets.
import { isObject } from '../../internal/json.js';
import { ABSOLUTE_IRI } from '../../internal/patterns.js';
import type { Code } from '../../report/codes.js';
import type { ValueType } from './classes.js';

/**
 * §Primitive datatypes / DateTime: ISO 8601 with the time and a time zone indicator; seconds and
 * their fraction are optional ("hour …, minute, optional seconds and decimal microsecond").
 */
export const OB2_DATE_TIME =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;

/** §Primitive datatypes / IdentityHash: `md5$` or `sha256$`, then the hex digest (either case). */
export const IDENTITY_HASH = /^(sha256\$[0-9a-fA-F]{64}|md5\$[0-9a-fA-F]{32})$/;

const URL_PATTERN = /^https?:\/\/[^\s/?#]+[^\s]*$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
// E.164, as the reference validator checks it: `+`, country code, up to 15 digits.
const TELEPHONE = /^\+?[1-9]\d{1,14}(;ext=\d+)?$/;
// BCP 47, in its general shape (RFC 5646 §2.1).
const LANGUAGE = /^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/;
const HOSTNAME =
  /^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*(:\d{1,5})?$/;

/** Whether a string is an http(s) URL. */
export function isUrl(value: unknown): value is string {
  if (typeof value !== 'string' || !URL_PATTERN.test(value)) return false;
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

/** Whether a string is an absolute IRI. */
export function isIri(value: unknown): value is string {
  return typeof value === 'string' && ABSOLUTE_IRI.test(value);
}

/** A string, or a JSON-LD value object holding one (a language-tagged string after compaction). */
export function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (isObject(value) && typeof value['@value'] === 'string') return value['@value'];
  return undefined;
}

/** What each value type accepts, and the code of a value it does not. */
const TYPES: Record<Exclude<ValueType, 'datetime'>, [(value: unknown) => boolean, Code, string]> = {
  iri: [isIri, 'OB2_IRI_INVALID', 'an absolute IRI'],
  url: [isUrl, 'OB2_URL_INVALID', 'an http(s) URL'],
  email: [(v) => typeof v === 'string' && EMAIL.test(v), 'OB2_EMAIL_INVALID', 'an email address'],
  telephone: [
    (v) => typeof v === 'string' && TELEPHONE.test(v),
    'OB2_TELEPHONE_INVALID',
    'a telephone number in E.164 form (like +16175551212)',
  ],
  text: [(v) => textOf(v) !== undefined, 'OB2_TEXT_INVALID', 'text'],
  markdown: [(v) => textOf(v) !== undefined, 'OB2_TEXT_INVALID', 'text or Markdown text'],
  'text-or-number': [
    (v) => textOf(v) !== undefined || (typeof v === 'number' && Number.isFinite(v)),
    'OB2_TEXT_INVALID',
    'text or a number',
  ],
  boolean: [(v) => typeof v === 'boolean', 'OB2_BOOLEAN_INVALID', 'a boolean'],
  language: [
    (v) => typeof v === 'string' && LANGUAGE.test(v),
    'OB2_LANGUAGE_INVALID',
    'a BCP 47 language tag',
  ],
  identity: [(v) => typeof v === 'string', 'OB2_TEXT_INVALID', 'text or an IdentityHash'],
  hostname: [
    (v) => typeof v === 'string' && HOSTNAME.test(v),
    'OB2_HOSTNAME_INVALID',
    'a host name such as example.org',
  ],
  'verification-property': [
    (v) => v === 'id',
    'OB2_VERIFICATION_PROPERTY',
    'id (the only verification property OB 2.0 supports)',
  ],
};

/** Checks a value against a primitive type: `undefined` if it conforms, else its code and the expectation. */
export function valueProblem(
  type: ValueType,
  value: unknown,
): { code: Code; expected: string } | undefined {
  if (type === 'datetime') {
    return typeof value === 'string' &&
      OB2_DATE_TIME.test(value) &&
      !Number.isNaN(Date.parse(value))
      ? undefined
      : {
          code: 'DATES_INVALID',
          expected: 'a date-time with a time zone, like 2016-12-31T23:59:59Z',
        };
  }
  const [accepts, code, expected] = TYPES[type];
  return accepts(value) ? undefined : { code, expected };
}

// Image formats by file extension, to recognise images that are certainly not PNG or SVG.
const OTHER_IMAGE_EXTENSION = /\.(jpe?g|gif|webp|bmp|tiff?|ico|avif|heic|heif|jxl)$/i;
const DATA_URI = /^data:([^;,]*)(;[^,]*)?,/i;

/**
 * §Image, §BadgeClass image (and the 2020 errata): an image is a data URI or a URL, of a PNG or
 * SVG image. A data URI says its type; a URL is judged by its path's extension when it has one.
 */
export function imageProblem(value: string): Code | undefined {
  const data = DATA_URI.exec(value);
  if (data) {
    const type = (data[1] ?? '').toLowerCase();
    return type === 'image/png' || type === 'image/svg+xml' ? undefined : 'OB2_IMAGE_TYPE';
  }
  if (!isUrl(value)) return 'OB2_IMAGE_INVALID';
  const path = new URL(value).pathname;
  return OTHER_IMAGE_EXTENSION.test(path) ? 'OB2_IMAGE_TYPE' : undefined;
}
