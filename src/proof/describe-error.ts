import { isLerkitError } from '../errors/index.js';
import { isObject, type JsonObject } from '../internal/json.js';

// jsonld.js wraps loader failures; surface lerkit's own error (e.g. the unknown context URL).
export function unwrapLoaderError(error: unknown): unknown {
  let current = error;
  for (let depth = 0; depth < 5 && isObject(current); depth++) {
    if (isLerkitError(current)) return current;
    const next =
      (current as { cause?: unknown; details?: { cause?: unknown } }).details?.cause ??
      (current as { cause?: unknown }).cause;
    if (next === undefined) break;
    current = next;
  }
  return current;
}

/** A readable message for errors thrown by jsonld.js and the @digitalbazaar libraries. */
export function describeError(error: unknown): string {
  if (!isObject(error) && !(error instanceof Error)) return String(error);
  const e = error as {
    message?: string;
    details?: { event?: { message?: string; details?: JsonObject } };
  };
  const event = e.details?.event;
  if (event) {
    // Safe-mode JSON-LD events name what was dropped: a property, a type, a relative IRI.
    const details = event.details ?? {};
    const subject = ['property', 'term', 'type', 'value', 'id']
      .filter((k) => typeof details[k] === 'string')
      .map((k) => `${k} "${details[k]}"`)[0];
    return `${event.message ?? e.message ?? 'JSON-LD error'}${subject ? ` (${subject})` : ''}`;
  }
  return e.message ?? String(error);
}
