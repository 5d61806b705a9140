// JSON Canonicalization Scheme (RFC 8785): object members sorted by UTF-16 code units, no
// whitespace, ECMAScript number and string serialization (which JSON.stringify already follows).

/** Serializes a JSON value canonically (RFC 8785). Throws TypeError for non-JSON values. */
export function canonicalizeJson(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') {
    return JSON.stringify(value);
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError('JCS cannot serialize NaN or Infinity');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) {
    return `[${value.map((item) => canonicalizeJson(item === undefined ? null : item)).join(',')}]`;
  }
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const members = Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalizeJson(record[key])}`);
    return `{${members.join(',')}}`;
  }
  throw new TypeError(`JCS cannot serialize a ${typeof value}`);
}
