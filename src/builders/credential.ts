// What every credential builder shares: contexts in the spec's order, id, type, issuer, validity
// dates, the optional credential-level properties, extension contexts and properties.
import { InvalidArgumentError } from '../errors/index.js';
import { isObject, type JsonObject } from '../internal/json.js';
import { dateTime, iri, json, list, object, text } from './fields.js';
import type { ImageInput, Many } from './inputs.js';
import { type BuildOptions, formatDateTime, newId, nowOf } from './options.js';
import { programCredentialParts } from './program.js';
import {
  compactJws,
  credentialObject,
  credentialSchema,
  credentialStatus,
  evidence,
  image,
  profile,
  refreshService,
  termsOfUse,
} from './shapes.js';

/** Properties every credential builder accepts. */
export interface CredentialCommonInput {
  /** Credential id; a `urn:uuid:` is generated when omitted. */
  id?: string;
  /** Display name of the credential. */
  name?: string;
  /** A short description of the credential. */
  description?: string;
  /** An image for wallets to show: `{ id: 'https://…png' }` or a data URI. */
  image?: ImageInput;
  /** When the credential becomes valid; defaults to now. */
  validFrom?: Date | string;
  /** When it stops being valid. */
  validUntil?: Date | string;
  /** When the achievement was originally awarded (kept when the credential is re-issued). */
  awardedDate?: Date | string;
  /** Evidence of the work done. */
  evidence?: EvidenceInput | EvidenceInput[];
  /** JSON Schemas the credential conforms to (`1EdTechJsonSchemaValidator2019`). */
  credentialSchema?: Many<TypedReferenceInput>;
  /** Where to check revocation/suspension (a status list entry). */
  credentialStatus?: CredentialStatusInput;
  /** Where to get a fresh copy of the credential. */
  refreshService?: TypedReferenceInput;
  /** Terms of use. */
  termsOfUse?: Many<TermsOfUseInput>;
  /** Endorsements signed with an embedded proof. */
  endorsement?: object | object[];
  /** Endorsements as VC-JWT compact JWS strings. */
  endorsementJwt?: string | string[];
  /** Extra JSON-LD contexts (for extensions), appended after the required ones. */
  additionalContexts?: string[];
  /** Extension properties merged into the credential as given (declare their terms in `additionalContexts`). */
  extensions?: JsonObject;
}

/** A typed reference: a `credentialSchema` or `refreshService` entry. */
export interface TypedReferenceInput {
  /** URL of the schema or service. */
  id: string;
  /** Its type, e.g. `1EdTechJsonSchemaValidator2019`, `1EdTechCredentialRefresh`. */
  type: string;
}

/** A `credentialStatus` entry (status list entry, revocation list). */
export interface CredentialStatusInput {
  /** Its type, e.g. `BitstringStatusListEntry`, `1EdTechRevocationList`. */
  type: string;
  /** Id of the entry. */
  id?: string;
  /** `revocation` or `suspension` (status list entries). */
  statusPurpose?: string;
  /** Index of the credential in the list (status list entries). */
  statusListIndex?: string;
  /** URL of the status list credential (status list entries). */
  statusListCredential?: string;
  /** Bits per entry, for `message` status lists (Bitstring Status List v1.0 §2.1). */
  statusSize?: number;
  /** What each value of a `message` entry means. */
  statusMessage?: {
    /** The value, in hex: `0x0`, `0x1`, … */
    status: string;
    /** What it means. */
    message: string;
  }[];
  /** Where the status values are documented. */
  statusReference?: string | string[];
}

/** A `termsOfUse` entry. */
export interface TermsOfUseInput {
  /** Its type. */
  type: string;
  /** Its id. */
  id?: string;
}

/** Input of an Evidence. */
export interface EvidenceInput {
  /** URL of a web page presenting the evidence. */
  id?: string;
  /** A narrative of the evidence (Markdown). */
  narrative?: string;
  /** Name of the evidence. */
  name?: string;
  /** A longer description. */
  description?: string;
  /** A category, e.g. `Poetry`, `Prose`. */
  genre?: string;
  /** The intended audience. */
  audience?: string;
}

const COMMON_SHAPE = {
  id: iri,
  name: text,
  description: text,
  image,
  awardedDate: dateTime,
  evidence: list(evidence),
  credentialSchema: list(credentialSchema),
  credentialStatus,
  refreshService,
  termsOfUse: list(termsOfUse),
  endorsement: list(credentialObject),
  endorsementJwt: list(compactJws),
};
const COMMON_KEYS = [
  ...Object.keys(COMMON_SHAPE),
  'validFrom',
  'validUntil',
  'additionalContexts',
  'extensions',
];

/** How a credential class differs. */
export interface CredentialKindSpec {
  /** Required contexts, in order. */
  contexts: string[];
  /** Required types, in order. */
  types: string[];
  /** Input keys the class builder consumes itself. */
  ownKeys: readonly string[];
  /** Whether `name` is required (EndorsementCredential, ClrCredential). */
  nameRequired?: boolean;
}

/** The issuer: an IRI or a Profile object. */
export function issuerOf(value: unknown): string | JsonObject {
  if (typeof value === 'string') return iri(value, 'issuer');
  if (!isObject(value))
    throw new InvalidArgumentError('issuer is required: an IRI or a Profile object', 'issuer');
  return profile(value, 'issuer');
}

/** Builds the credential around an already-built `credentialSubject`. */
export function buildCredential(
  spec: CredentialKindSpec,
  input: JsonObject,
  credentialSubject: JsonObject,
  options: BuildOptions,
): JsonObject {
  for (const name of Object.keys(input)) {
    if (!COMMON_KEYS.includes(name) && !spec.ownKeys.includes(name)) {
      throw new InvalidArgumentError(`${name} is not an input of this builder`, name);
    }
  }
  const common = object(COMMON_SHAPE)(pick(input, Object.keys(COMMON_SHAPE)), '');
  const { validFrom, validUntil } = validity(input, options);
  if (spec.nameRequired && common.name === undefined)
    throw new InvalidArgumentError('name is required', 'name');
  const additional =
    input.additionalContexts === undefined
      ? []
      : list(iri)(input.additionalContexts, 'additionalContexts');
  // An extension lerkit publishes brings its context and JSON Schema (OB 3.0 §Extending).
  const program = programCredentialParts(credentialSubject);
  const contexts = [...spec.contexts];
  for (const url of [...additional, ...program.contexts]) {
    if (!contexts.includes(url)) contexts.push(url);
  }
  addSchemas(common, program.credentialSchema);

  const credential: JsonObject = {
    '@context': contexts,
    id: common.id ?? newId(options),
    type: [...spec.types],
    issuer: issuerOf(input.issuer),
    validFrom,
  };
  if (validUntil !== undefined) credential.validUntil = validUntil;
  copy(common, credential, ['name', 'description', 'image', 'awardedDate']);
  credential.credentialSubject = credentialSubject;
  copy(common, credential, [
    'evidence',
    'credentialSchema',
    'credentialStatus',
    'refreshService',
    'termsOfUse',
    'endorsement',
    'endorsementJwt',
  ]);
  addExtensions(credential, input.extensions);
  return credential;
}

// Appends credentialSchema entries the credential does not already name.
function addSchemas(common: JsonObject, entries: JsonObject[]): void {
  if (entries.length === 0) return;
  const schemas = (common.credentialSchema ?? []) as JsonObject[];
  const named = new Set(schemas.map((s) => s.id));
  common.credentialSchema = [...schemas, ...entries.filter((e) => !named.has(e.id))];
}

function validity(input: JsonObject, options: BuildOptions) {
  const validFrom =
    input.validFrom === undefined
      ? formatDateTime(nowOf(options))
      : dateTime(input.validFrom, 'validFrom');
  const validUntil =
    input.validUntil === undefined ? undefined : dateTime(input.validUntil, 'validUntil');
  if (validUntil !== undefined && Date.parse(validUntil) < Date.parse(validFrom)) {
    throw new InvalidArgumentError('validUntil must not be before validFrom', 'validUntil');
  }
  return { validFrom, validUntil };
}

// In the order the spec's examples show them.
function copy(from: JsonObject, to: JsonObject, keys: readonly string[]): void {
  for (const key of keys) if (from[key] !== undefined) to[key] = from[key];
}

function addExtensions(credential: JsonObject, extensions: unknown): void {
  if (extensions === undefined) return;
  for (const [name, value] of Object.entries(json(extensions, 'extensions'))) {
    if (name in credential || COMMON_KEYS.includes(name) || name.startsWith('@')) {
      throw new InvalidArgumentError(
        `extensions.${name} would replace a property of the credential`,
        `extensions.${name}`,
      );
    }
    credential[name] = value;
  }
}

function pick(input: JsonObject, keys: string[]): JsonObject {
  const out: JsonObject = {};
  for (const key of keys) if (input[key] !== undefined) out[key] = input[key];
  return out;
}
