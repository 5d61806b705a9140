// Helpers for the parts of a credential, each returning spec-exact JSON with its `type` filled in.
import type { JsonObject } from '../internal/json.js';
import type { EvidenceInput } from './credential.js';
import type {
  AddressInput,
  AlignmentInput,
  IdentifierEntryInput,
  ImageInput,
  ResultInput,
} from './inputs.js';
import { address, alignment, evidence, identifierEntry, image, result } from './shapes.js';

/**
 * Builds a Result (a grade, score or status the recipient obtained).
 *
 * @param input - The result's properties.
 * @returns Plain JSON with `type: ['Result']`.
 * @throws {InvalidArgumentError} `ERR_LERKIT_INVALID_ARGUMENT` naming the field.
 * @example
 * ```ts
 * createResult({ resultDescription: 'urn:uuid:…', value: 'A' });
 * ```
 */
export function createResult(input: ResultInput): JsonObject {
  return result(input, 'result');
}

/**
 * Builds an Alignment to a competency, standard or framework item.
 *
 * @param input - Target URL and name, and optional code, framework and type.
 * @returns Plain JSON with `type: ['Alignment']`.
 * @throws {InvalidArgumentError} `ERR_LERKIT_INVALID_ARGUMENT` naming the field.
 * @example
 * ```ts
 * createAlignment({ targetName: 'Collaboration', targetUrl: 'https://case.example/items/42', targetType: 'CFItem' });
 * ```
 */
export function createAlignment(input: AlignmentInput): JsonObject {
  return alignment(input, 'alignment');
}

/**
 * Builds an Evidence entry.
 *
 * @param input - A URL and/or a narrative, name and description.
 * @returns Plain JSON with `type: ['Evidence']`.
 * @throws {InvalidArgumentError} `ERR_LERKIT_INVALID_ARGUMENT` naming the field.
 * @example
 * ```ts
 * createEvidence({ id: 'https://portfolio.example/ada/project', name: 'Final project' });
 * ```
 */
export function createEvidence(input: EvidenceInput): JsonObject {
  return evidence(input, 'evidence');
}

/**
 * Builds an IdentifierEntry (another identifier of a profile or an achievement).
 *
 * @param input - The identifier and its type.
 * @returns Plain JSON with `type: 'IdentifierEntry'`.
 * @throws {InvalidArgumentError} `ERR_LERKIT_INVALID_ARGUMENT` naming the field.
 * @example
 * ```ts
 * createIdentifierEntry({ identifier: 'S-1234', identifierType: 'sisSourcedId' });
 * ```
 */
export function createIdentifierEntry(input: IdentifierEntryInput): JsonObject {
  return identifierEntry(input, 'identifierEntry');
}

/**
 * Builds an Image.
 *
 * @param input - URL or data URI, and an optional caption.
 * @returns Plain JSON with `type: 'Image'`.
 * @throws {InvalidArgumentError} `ERR_LERKIT_INVALID_ARGUMENT` naming the field.
 * @example
 * ```ts
 * createImage({ id: 'https://example.edu/badges/teamwork.png', caption: 'Teamwork badge' });
 * ```
 */
export function createImage(input: ImageInput): JsonObject {
  return image(input, 'image');
}

/**
 * Builds an Address.
 *
 * @param input - Street, locality, region, country, postal code, coordinates.
 * @returns Plain JSON with `type: ['Address']`.
 * @throws {InvalidArgumentError} `ERR_LERKIT_INVALID_ARGUMENT` naming the field.
 * @example
 * ```ts
 * createAddress({ streetAddress: '1 Campus Way', addressLocality: 'Springfield', addressCountryCode: 'US' });
 * ```
 */
export function createAddress(input: AddressInput): JsonObject {
  return address(input, 'address');
}
