import { InvalidArgumentError } from '../errors/index.js';
import { isObject, type JsonObject } from '../internal/json.js';
import { iri, join } from './fields.js';
import { createIdentityObject, type IdentityInput } from './identity.js';
import type { BuildOptions } from './options.js';
import { identityObject } from './shapes.js';

/** Builds the `id` / `identifier` part of a credential subject; one of them is required (OB 3.0 §AchievementSubject). */
export function buildRecipient(
  value: unknown,
  options: BuildOptions,
  field = 'recipient',
): JsonObject {
  if (!isObject(value))
    throw new InvalidArgumentError(
      `${field} is required: an object with an id and/or identifiers`,
      field,
    );
  for (const name of Object.keys(value)) {
    if (name !== 'id' && name !== 'identifier') {
      throw new InvalidArgumentError(
        `${join(field, name)} is not a property of a recipient (use id or identifier)`,
        join(field, name),
      );
    }
  }
  if (value.id === undefined && value.identifier === undefined) {
    throw new InvalidArgumentError(`${field} needs an id or at least one identifier`, field);
  }
  const out: JsonObject = {};
  if (value.id !== undefined) out.id = iri(value.id, join(field, 'id'));
  if (value.identifier !== undefined) {
    const items = Array.isArray(value.identifier) ? value.identifier : [value.identifier];
    if (items.length === 0)
      throw new InvalidArgumentError(
        `${field}.identifier must not be empty`,
        join(field, 'identifier'),
      );
    out.identifier = items.map((item, i) => {
      const at = `${field}.identifier[${i}]`;
      // An IdentityObject already built (e.g. copied from another credential) is checked as is.
      if (isObject(item) && 'identityHash' in item) return identityObject(item, at);
      return createIdentityObject(item as unknown as IdentityInput, options, at);
    });
  }
  return out;
}
