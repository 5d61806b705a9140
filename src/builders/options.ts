import { InvalidArgumentError } from '../errors/index.js';
import { DATE_TIME } from '../internal/patterns.js';

/** Options shared by every builder, for reproducible output. */
export interface BuildOptions {
  /** The clock; defaults to the current time. Used for `validFrom` and similar defaults. */
  now?: () => Date;
  /** Id generator; defaults to a random `urn:uuid:` URN. */
  generateId?: () => string;
}

/** A date given as a `Date` or an ISO 8601 / XSD dateTime string. */
export type DateInput = Date | string;

// XSD dateTime with a mandatory time zone (VC Data Model 2.0 dateTimeStamp).

/** Calls the injected id generator, or makes a random `urn:uuid:`. */
export function newId(options: BuildOptions): string {
  return options.generateId ? options.generateId() : `urn:uuid:${crypto.randomUUID()}`;
}

/** The injected clock's time, or now. */
export function nowOf(options: BuildOptions): Date {
  return options.now ? options.now() : new Date();
}

/** A Date as an XSD dateTime in UTC, truncated to whole seconds (never later than `date`). */
export function formatDateTime(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

/** Checks and normalises a date input to an XSD dateTime string. */
export function toDateTime(value: DateInput, field: string): string {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime()))
      throw new InvalidArgumentError(`${field} is an invalid Date`, field);
    return formatDateTime(value);
  }
  if (typeof value !== 'string' || !DATE_TIME.test(value) || Number.isNaN(Date.parse(value))) {
    throw new InvalidArgumentError(
      `${field} must be a Date or a date-time with a time zone such as 2024-05-01T12:00:00Z, got ${show(value)}`,
      field,
    );
  }
  return value;
}

/** Checks that a value is an object (the argument of a builder). */
export function requireObject<T>(value: T, field: string): T & Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InvalidArgumentError(`${field} must be an object, got ${show(value)}`, field);
  }
  return value as T & Record<string, unknown>;
}

function show(value: unknown): string {
  if (value === undefined) return 'undefined';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
