// A small declarative checker for builder input. Each check validates one value, names the field
// in the typed error when it is wrong, and returns the value normalised to spec-exact JSON (arrays
// for multi-valued properties, XSD date-times, no `undefined`).
import { InvalidArgumentError } from '../errors/index.js';
import { isObject, type JsonObject } from '../internal/json.js';
import { ABSOLUTE_IRI, DATE_TIME } from '../internal/patterns.js';
import { suggest } from '../internal/suggest.js';
import { formatDateTime } from './options.js';

/** Checks one value; throws an InvalidArgumentError naming `field` when it is wrong. */
export type Check<T> = (value: unknown, field: string) => T;

// XSD dateTime with a mandatory time zone (VC Data Model 2.0 dateTimeStamp, OB 3.0 DateTimeZ).
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const EMAIL = /^[^\s@]+@[^\s@]+$/;

/** Describes a value for an error message. */
export function show(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

function fail(field: string, expected: string, value: unknown): never {
  throw new InvalidArgumentError(`${field} must be ${expected}, got ${show(value)}`, field);
}

/** A non-empty string (after trimming). */
export const text: Check<string> = (value, field) => {
  if (typeof value !== 'string' || value.trim() === '') fail(field, 'a non-empty string', value);
  return value;
};

/** An absolute URI or IRI: `https://…`, `did:…`, `urn:uuid:…`, `mailto:…`. */
export const iri: Check<string> = (value, field) => {
  if (typeof value !== 'string' || !ABSOLUTE_IRI.test(value)) fail(field, 'an absolute URI', value);
  return value;
};

/** An email address. */
export const email: Check<string> = (value, field) => {
  if (typeof value !== 'string' || !EMAIL.test(value)) fail(field, 'an email address', value);
  return value;
};

/** A `Date` or an XSD date-time with a time zone, normalised to a string. */
export const dateTime: Check<string> = (value, field) => {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) fail(field, 'a valid Date', 'Invalid Date');
    return formatDateTime(value);
  }
  if (typeof value !== 'string' || !DATE_TIME.test(value) || Number.isNaN(Date.parse(value))) {
    fail(field, 'a Date or a date-time with a time zone such as 2024-05-01T12:00:00Z', value);
  }
  return value;
};

/** A calendar date `YYYY-MM-DD` (e.g. a date of birth). */
export const date: Check<string> = (value, field) => {
  if (
    typeof value !== 'string' ||
    !DATE.test(value) ||
    Number.isNaN(Date.parse(`${value}T00:00:00Z`))
  ) {
    fail(field, 'a date such as 2001-09-30', value);
  }
  const [y, m, d] = value.split('-').map(Number);
  const check = new Date(Date.UTC(y as number, (m as number) - 1, d as number));
  if (check.getUTCMonth() !== (m as number) - 1) fail(field, 'a real calendar date', value);
  return value;
};

/** `true` or `false`. */
export const bool: Check<boolean> = (value, field) => {
  if (typeof value !== 'boolean') fail(field, 'true or false', value);
  return value;
};

/** A finite number. */
export const number: Check<number> = (value, field) => {
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(field, 'a finite number', value);
  return value;
};

/** A non-negative integer. */
export const count: Check<number> = (value, field) => {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0)
    fail(field, 'a non-negative integer', value);
  return value;
};

/** One of a fixed set of values. */
export function oneOf<const V extends string>(values: readonly V[]): Check<V> {
  return (value, field) => {
    if (typeof value !== 'string' || !(values as readonly string[]).includes(value)) {
      fail(field, `one of ${values.map((v) => JSON.stringify(v)).join(', ')}`, value);
    }
    return value as V;
  };
}

/** A value of an extensible enumeration: one of `values`, or an `ext:` extension term (OB 3.0 §Extending Enumerated Vocabularies). */
export function extensible<const V extends string>(
  values: readonly V[],
): Check<V | `ext:${string}`> {
  const known = oneOf(values);
  return (value, field) => {
    if (typeof value === 'string' && /^ext:[A-Za-z0-9._-]+$/.test(value))
      return value as `ext:${string}`;
    try {
      return known(value, field);
    } catch {
      return fail(
        field,
        `one of ${values.map((v) => JSON.stringify(v)).join(', ')} or an extension term such as "ext:MyTerm"`,
        value,
      );
    }
  };
}

/** A list (a single value is accepted and wrapped), each item checked; never empty unless `min` is 0. */
export function list<T>(check: Check<T>, min = 1): Check<T[]> {
  return (value, field) => {
    const items = Array.isArray(value) ? value : [value];
    if (items.length < min)
      fail(field, `a list of at least ${min} item${min === 1 ? '' : 's'}`, value);
    return items.map((item, i) => check(item, `${field}[${i}]`));
  };
}

/** A JSON object passed through as is (extension data). */
export const json: Check<JsonObject> = (value, field) => {
  if (!isObject(value)) fail(field, 'an object', value);
  return structuredClone(value);
};

/** A field path: `parent.name`, or just `name` at the top level. */
export function join(field: string, name: string): string {
  return field === '' ? name : `${field}.${name}`;
}

/** Property checks of an object shape. */
export type Shape = Record<string, Check<unknown>>;

/** Options of {@link object}. */
export interface ObjectOptions {
  /** Properties that must be present. */
  required?: readonly string[];
  /** The class's `type` value; prepended to any extra types the input gives. */
  type?: string;
  /** Emit `type` as a single string (classes whose type is exactly one IRI) instead of an array. */
  singleType?: boolean;
  /** Input properties consumed by the builder itself rather than copied to the output. */
  ignore?: readonly string[];
  /**
   * Accept `extensions`: extra properties (defined by an extension context) merged into the output
   * as given. They may not redefine a property of the class.
   */
  extensions?: boolean;
}

/**
 * An object with known properties: each present property is checked; unknown properties are
 * rejected (with a suggestion for likely typos); `type` defaults to the class type.
 */
export function object(shape: Shape, options: ObjectOptions = {}): Check<JsonObject> {
  const known = new Set([
    ...Object.keys(shape),
    ...(options.ignore ?? []),
    ...(options.extensions ? ['extensions'] : []),
    'type',
  ]);
  return (value, field) => {
    if (!isObject(value)) fail(field || 'input', 'an object', value);
    for (const name of Object.keys(value)) {
      if (!known.has(name)) {
        const [hint] = suggest(name, known);
        throw new InvalidArgumentError(
          `${join(field, name)} is not a property of this class${hint ? ` (did you mean "${hint}"?)` : ''}`,
          join(field, name),
        );
      }
    }
    for (const name of options.required ?? []) {
      if (value[name] === undefined) {
        throw new InvalidArgumentError(`${join(field, name)} is required`, join(field, name));
      }
    }
    const out: JsonObject = {};
    if (options.type !== undefined) {
      const extra = value.type === undefined ? [] : list(text, 0)(value.type, join(field, 'type'));
      const types = [options.type, ...extra.filter((t) => t !== options.type)];
      out.type = options.singleType && types.length === 1 ? options.type : types;
    } else if (value.type !== undefined) {
      out.type = list(text)(value.type, join(field, 'type'));
    }
    for (const [name, check] of Object.entries(shape)) {
      if (value[name] !== undefined) out[name] = check(value[name], join(field, name));
    }
    if (options.extensions && value.extensions !== undefined) {
      const extensions = json(value.extensions, join(field, 'extensions'));
      for (const [name, extra] of Object.entries(extensions)) {
        if (known.has(name) || name.startsWith('@')) {
          throw new InvalidArgumentError(
            `${join(field, `extensions.${name}`)} would replace a property of the class`,
            join(field, `extensions.${name}`),
          );
        }
        out[name] = extra;
      }
    }
    return out;
  };
}
