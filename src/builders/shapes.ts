// The shape of every OB 3.0 / CLR 2.0 class, as builder-input checks. Required properties, `type`
// values and value kinds follow the official JSON Schemas (strict set): classes whose type is a
// single IRI (Image, IdentityObject, IdentifierEntry, GeoCoordinates) get a string, all others an
// array. Human-readable text is a plain string: the OB contexts define no language containers, so
// a language map would not survive JSON-LD processing.
import { InvalidArgumentError } from '../errors/index.js';
import type { JsonObject } from '../internal/json.js';
import {
  ACHIEVEMENT_TYPES,
  ALIGNMENT_TARGET_TYPES,
  ASSOCIATION_TYPES,
  IDENTIFIER_TYPES,
  RESULT_STATUS_TYPES,
  RESULT_TYPES,
} from '../model/index.js';
import {
  bool,
  type Check,
  count,
  date,
  email,
  extensible,
  iri,
  json,
  list,
  number,
  object,
  oneOf,
  text,
} from './fields.js';
import { expandProgram } from './program.js';

const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+$/;
const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const COUNTRY_CODE = /^[A-Z]{2}$/;

/** A compact JWS (a VC-JWT endorsement). */
export const compactJws: Check<string> = (value, field) => {
  if (typeof value !== 'string' || !COMPACT_JWS.test(value)) {
    throw new InvalidArgumentError(
      `${field} must be a compact JWS (header.payload.signature)`,
      field,
    );
  }
  return value;
};

/** A BCP 47 language code such as `en` or `es-MX`. */
export const languageCode: Check<string> = (value, field) => {
  if (typeof value !== 'string' || !LANGUAGE.test(value)) {
    throw new InvalidArgumentError(
      `${field} must be a language code such as "en" or "es-MX"`,
      field,
    );
  }
  return value;
};

const countryCode: Check<string> = (value, field) => {
  if (typeof value !== 'string' || !COUNTRY_CODE.test(value)) {
    throw new InvalidArgumentError(
      `${field} must be an ISO 3166-1 alpha-2 country code such as "US"`,
      field,
    );
  }
  return value;
};

/** A signed credential embedded as JSON (an endorsement, a credential inside a CLR). */
export const credentialObject: Check<JsonObject> = (value, field) => {
  const credential = json(value, field);
  const types = Array.isArray(credential.type) ? credential.type : [credential.type];
  if (!types.includes('VerifiableCredential')) {
    throw new InvalidArgumentError(
      `${field} must be a verifiable credential (its type must include "VerifiableCredential")`,
      field,
    );
  }
  return credential;
};

export const image = object(
  { id: iri, caption: text },
  { required: ['id'], type: 'Image', singleType: true },
);

export const geoCoordinates = object(
  { latitude: number, longitude: number },
  { required: ['latitude', 'longitude'], type: 'GeoCoordinates', singleType: true },
);

export const address = object(
  {
    addressCountry: text,
    addressCountryCode: countryCode,
    addressRegion: text,
    addressLocality: text,
    streetAddress: text,
    postOfficeBoxNumber: text,
    postalCode: text,
    geo: geoCoordinates,
  },
  { type: 'Address' },
);

export const identifierEntry = object(
  { identifier: text, identifierType: extensible(IDENTIFIER_TYPES) },
  { required: ['identifier', 'identifierType'], type: 'IdentifierEntry', singleType: true },
);

export const alignment = object(
  {
    targetCode: text,
    targetDescription: text,
    targetName: text,
    targetFramework: text,
    targetType: extensible(ALIGNMENT_TARGET_TYPES),
    targetUrl: iri,
  },
  { required: ['targetName', 'targetUrl'], type: 'Alignment' },
);

const criteriaObject = object({ id: iri, narrative: text });
export const criteria: Check<JsonObject> = (value, field) => {
  const out = criteriaObject(value, field);
  if (out.id === undefined && out.narrative === undefined) {
    throw new InvalidArgumentError(
      `${field} needs an id (a URL describing the criteria) or a narrative`,
      field,
    );
  }
  return out;
};

export const related = object(
  { id: iri, inLanguage: languageCode, version: text },
  { required: ['id'], type: 'Related' },
);

export const rubricCriterionLevel = object(
  { id: iri, alignment: list(alignment), description: text, level: text, name: text, points: text },
  { required: ['id', 'name'], type: 'RubricCriterionLevel' },
);

export const resultDescription = object(
  {
    id: iri,
    alignment: list(alignment),
    allowedValue: list(text),
    name: text,
    requiredLevel: iri,
    requiredValue: text,
    resultType: extensible(RESULT_TYPES),
    rubricCriterionLevel: list(rubricCriterionLevel),
    valueMax: text,
    valueMin: text,
  },
  { required: ['id', 'name', 'resultType'], type: 'ResultDescription' },
);

export const result = object(
  {
    achievedLevel: iri,
    alignment: list(alignment),
    resultDescription: iri,
    status: oneOf(RESULT_STATUS_TYPES),
    value: text,
  },
  { type: 'Result' },
);

export const evidence = object(
  { id: iri, narrative: text, name: text, description: text, genre: text, audience: text },
  { type: 'Evidence' },
);

export const identityObject = object(
  { hashed: bool, identityHash: text, identityType: extensible(IDENTIFIER_TYPES), salt: text },
  {
    required: ['hashed', 'identityHash', 'identityType'],
    type: 'IdentityObject',
    singleType: true,
  },
);

const profileShape: Record<string, Check<unknown>> = {
  id: iri,
  name: text,
  url: iri,
  phone: text,
  description: text,
  endorsement: list(credentialObject),
  endorsementJwt: list(compactJws),
  image,
  email,
  address,
  otherIdentifier: list(identifierEntry),
  official: text,
  familyName: text,
  givenName: text,
  additionalName: text,
  patronymicName: text,
  honorificPrefix: text,
  honorificSuffix: text,
  familyNamePrefix: text,
  dateOfBirth: date,
  // A parent organisation is itself a Profile; the shape refers to itself, so check it lazily.
  parentOrg: (value, field) => profile(value, field),
};
export const profile: Check<JsonObject> = object(profileShape, {
  required: ['id'],
  type: 'Profile',
  extensions: true,
});

const achievementShape = object(
  {
    id: iri,
    alignment: list(alignment),
    achievementType: extensible(ACHIEVEMENT_TYPES),
    creator: profile,
    creditsAvailable: number,
    criteria,
    description: text,
    endorsement: list(credentialObject),
    endorsementJwt: list(compactJws),
    fieldOfStudy: text,
    humanCode: text,
    image,
    inLanguage: languageCode,
    name: text,
    otherIdentifier: list(identifierEntry),
    related: list(related),
    resultDescription: list(resultDescription),
    specialization: text,
    tag: list(text),
    version: text,
  },
  { required: ['id', 'criteria', 'description', 'name'], type: 'Achievement', extensions: true },
);
/** An Achievement; its `program` option becomes the lerkit Program extension (./program.ts). */
export const achievement: Check<JsonObject> = (value, field) =>
  achievementShape(expandProgram(value, field), field);

export const association = object(
  { associationType: oneOf(ASSOCIATION_TYPES), sourceId: iri, targetId: iri },
  { required: ['associationType', 'sourceId', 'targetId'], type: 'Association', singleType: true },
);

export const credentialSchema = object({ id: iri, type: text }, { required: ['id', 'type'] });
const statusMessage = object({ status: text, message: text }, { required: ['status', 'message'] });
export const credentialStatus = object(
  {
    id: iri,
    type: text,
    statusPurpose: text,
    statusListIndex: text,
    statusListCredential: iri,
    // Bitstring Status List v1.0 §2.1: a `message` entry's size and what its values mean.
    statusSize: count,
    statusMessage: list(statusMessage),
    statusReference: list(iri),
  },
  { required: ['type'] },
);
export const refreshService = object({ id: iri, type: text }, { required: ['id', 'type'] });
export const termsOfUse = object({ id: iri, type: text }, { required: ['type'] });
