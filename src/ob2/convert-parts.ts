// The OB 2.0 → OB 3.0 field mapping, one Badge Object class at a time (docs/ob2.md has the table):
// Profile → Profile, BadgeClass → Achievement, IdentityObject → IdentityObject, Evidence →
// Evidence, Image → Image, AlignmentObject → Alignment, Criteria → Criteria. Every property that has
// no OB 3.0 place is reported, with why, never silently dropped.
import { asArray, escapePointerToken, idOf, isObject, type JsonObject } from '../internal/json.js';
import { DATE_TIME } from '../internal/patterns.js';
import { textOf } from '../validate/ob2/values.js';

/** A property of the OB 2.0 badge that the OB 3.0 credential does not carry (or carries changed). */
export interface ConversionNote {
  /**
   * JSON Pointer of the property in the OB 2.0 graph as read in the OB 2.0 context
   * (`/badge/issuer/publicKey`; an aliased `verify` is `/verification`).
   */
  path: string;
  /** Why it is not (or not unchanged) in the OB 3.0 credential. */
  reason: string;
}

/** What a mapping collects while it runs. */
export interface Notes {
  /** Dropped: no OB 3.0 place. */
  readonly lost: ConversionNote[];
  /** Kept, in another form. */
  readonly changed: ConversionNote[];
}

/** The IRI of the OB 2.0 BadgeClass and Assertion types, for links back (OB 3.0 Impl. §Migrating). */
export const OB2_BADGECLASS_TYPE = 'https://w3id.org/openbadges#BadgeClass';
export const OB2_ASSERTION_TYPE = 'https://w3id.org/openbadges#Assertion';

const NO_PLACE = 'no OB 3.0 property carries it (an extension or additional property)';
const ENDORSEMENTS =
  'OB 2.0 Endorsements are not OB 3.0 EndorsementCredentials; the endorser must issue one (it is not copied)';

/** Reports every property of a node the mapping did not use. */
export function reportUnmapped(
  node: JsonObject,
  path: string,
  used: readonly string[],
  notes: Notes,
  reasons: Readonly<Record<string, string>> = {},
): void {
  for (const key of Object.keys(node)) {
    if (key === '@context' || key === 'id' || key === 'type' || used.includes(key)) continue;
    const reason = reasons[key] ?? (key === 'endorsement' ? ENDORSEMENTS : NO_PLACE);
    notes.lost.push({ path: `${path}/${escapePointerToken(key)}`, reason });
  }
}

/** Copies the text properties that keep their name (a language-tagged value keeps its text). */
function copyText(from: JsonObject, to: JsonObject, names: readonly string[]): void {
  for (const name of names) {
    const value = textOf(from[name]);
    if (value !== undefined) to[name] = value;
  }
}

/** §Image → Image: the IRI or data URI, with its caption; author has no place. */
export function convertImage(value: unknown, path: string, notes: Notes): JsonObject | undefined {
  const id = idOf(value);
  if (id === undefined) return undefined;
  const image: JsonObject = { id, type: 'Image' };
  if (isObject(value)) {
    copyText(value, image, ['caption']);
    reportUnmapped(value, path, ['caption'], notes, {
      author: 'an OB 3.0 Image has no author',
    });
  }
  return image;
}

/** §Profile → Profile (the issuer). `telephone` becomes `phone`; the 2.0 id is kept in otherIdentifier. */
export function convertProfile(
  node: JsonObject,
  newId: string | undefined,
  path: string,
  notes: Notes,
): JsonObject {
  const oldId = String(node.id);
  const profile: JsonObject = { id: newId ?? oldId, type: ['Profile'] };
  copyText(node, profile, ['name', 'description', 'email']);
  if (typeof node.url === 'string') profile.url = node.url;
  if (typeof node.telephone === 'string') {
    profile.phone = node.telephone;
    notes.changed.push({ path: `${path}/telephone`, reason: 'OB 3.0 calls it phone' });
  }
  const image = convertImage(node.image, `${path}/image`, notes);
  if (image) profile.image = image;
  if (profile.id !== oldId) {
    // OB 3.0 Impl. §Migrating: "an otherIdentifier property … may be used to link to the 2.0
    // representation".
    profile.otherIdentifier = [
      { type: 'IdentifierEntry', identifier: oldId, identifierType: 'identifier' },
    ];
    notes.changed.push({
      path: `${path}/id`,
      reason: `the issuer is now ${profile.id}; its OB 2.0 id is kept in otherIdentifier`,
    });
  }
  reportUnmapped(node, path, ['name', 'description', 'email', 'url', 'telephone', 'image'], notes, {
    publicKey:
      'OB 2.0 signing keys do not sign OB 3.0 credentials; the new issuer signs with its own key',
    verification:
      'the OB 2.0 hosted-verification policy does not apply: an OB 3.0 credential carries its proof',
    revocationList:
      'an OB 2.0 RevocationList does not apply; give the credential a credentialStatus if it can be revoked',
  });
  return profile;
}

/** §AlignmentObject → Alignment; an entry without targetName or targetUrl (both required) is lost. */
export function convertAlignments(value: unknown, path: string, notes: Notes): JsonObject[] {
  const out: JsonObject[] = [];
  asArray(value).forEach((entry, i) => {
    const here = Array.isArray(value) ? `${path}/${i}` : path;
    if (
      !isObject(entry) ||
      textOf(entry.targetName) === undefined ||
      typeof entry.targetUrl !== 'string'
    ) {
      notes.lost.push({ path: here, reason: 'an OB 3.0 Alignment needs targetName and targetUrl' });
      return;
    }
    const alignment: JsonObject = { type: ['Alignment'] };
    copyText(entry, alignment, [
      'targetName',
      'targetDescription',
      'targetFramework',
      'targetCode',
    ]);
    alignment.targetUrl = entry.targetUrl;
    reportUnmapped(
      entry,
      here,
      ['targetName', 'targetDescription', 'targetFramework', 'targetCode', 'targetUrl'],
      notes,
    );
    out.push(alignment);
  });
  return out;
}

/** §Criteria → Criteria: an IRI, an embedded Criteria, or the document at the IRI (from the graph). */
export function convertCriteria(
  value: unknown,
  document: JsonObject | undefined,
  path: string,
  notes: Notes,
): JsonObject {
  const source = isObject(value) ? value : (document ?? {});
  const criteria: JsonObject = {};
  const id = idOf(value);
  if (id !== undefined) criteria.id = id;
  copyText(source, criteria, ['narrative']);
  if (isObject(value)) reportUnmapped(value, path, ['narrative'], notes);
  return criteria;
}

/** §related → Related: id, version and language of another edition. */
export function convertRelated(value: unknown, path: string, notes: Notes): JsonObject[] {
  const out: JsonObject[] = [];
  asArray(value).forEach((entry, i) => {
    const id = idOf(entry);
    if (id === undefined) return;
    const related: JsonObject = { id, type: ['Related'] };
    if (isObject(entry)) {
      const language = textOf(entry['@language']);
      if (language !== undefined) related.inLanguage = language;
      if (entry.version !== undefined) related.version = String(entry.version);
      const here = Array.isArray(value) ? `${path}/${i}` : path;
      reportUnmapped(entry, here, ['@language', 'version'], notes);
    }
    out.push(related);
  });
  return out;
}

/** §Evidence → Evidence: an IRI, or the object with its narrative, name, description, genre, audience. */
export function convertEvidence(value: unknown, path: string, notes: Notes): JsonObject[] {
  const names = ['narrative', 'name', 'description', 'genre', 'audience'];
  const out: JsonObject[] = [];
  asArray(value).forEach((entry, i) => {
    const evidence: JsonObject = {};
    const id = idOf(entry);
    if (id !== undefined) evidence.id = id;
    evidence.type = ['Evidence'];
    if (isObject(entry)) {
      copyText(entry, evidence, names);
      reportUnmapped(entry, Array.isArray(value) ? `${path}/${i}` : path, names, notes);
    }
    if (Object.keys(evidence).length > 1) out.push(evidence);
  });
  return out;
}

// OB 3.0 identity types for the OB 2.0 recipient types (§Profile Identifier Properties).
const IDENTITY_TYPES: Record<string, string> = { email: 'emailAddress' };

/** §IdentityObject → IdentityObject: the hash (or plain value) and salt kept as they are. */
export function convertIdentity(recipient: JsonObject, path: string, notes: Notes): JsonObject {
  const type = textOf(recipient.type) ?? '';
  let identityType = IDENTITY_TYPES[type];
  if (identityType === undefined) {
    // OB 3.0 has no url or telephone identity type: an extension term, as its vocabulary allows.
    const local = (type.split(/[#/:]/).pop() ?? '').replace(/[^A-Za-z0-9._-]/g, '') || 'identity';
    identityType = `ext:${local}`;
    notes.changed.push({
      path: `${path}/type`,
      reason: `OB 3.0 has no ${JSON.stringify(type)} identity type; it is ${identityType}`,
    });
  }
  const identity: JsonObject = {
    type: 'IdentityObject',
    identityHash: String(recipient.identity),
    identityType,
    hashed: recipient.hashed === true,
  };
  const salt = textOf(recipient.salt);
  if (salt !== undefined && recipient.hashed === true) identity.salt = salt;
  reportUnmapped(recipient, path, ['identity', 'hashed', 'salt'], notes);
  return identity;
}

/** A 2.0 DateTime as an OB 3.0 dateTime: as it is when it already is one, else in UTC. */
export function convertDate(value: unknown, path: string, notes: Notes): string | undefined {
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) return undefined;
  if (DATE_TIME.test(value)) return value;
  const utc = `${new Date(value).toISOString().slice(0, 19)}Z`;
  notes.changed.push({
    path,
    reason: `${value} is written ${utc} (OB 3.0 dateTime, with seconds)`,
  });
  return utc;
}

// The language tags OB 3.0 accepts (its schema's pattern): language, script, region.
const OB3_LANGUAGE = /^[a-z]{2,4}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$/;

/** A BCP 47 tag in its canonical case (en-us → en-US), when OB 3.0 accepts it. */
export function convertLanguage(
  tag: string | undefined,
  path: string,
  notes: Notes,
): string | undefined {
  if (tag === undefined) return undefined;
  const canonical = tag
    .split('-')
    .map((part, i) =>
      i === 0
        ? part.toLowerCase()
        : part.length === 4
          ? part[0]?.toUpperCase() + part.slice(1).toLowerCase()
          : part.toUpperCase(),
    )
    .join('-');
  if (!OB3_LANGUAGE.test(canonical)) {
    notes.lost.push({
      path,
      reason: `${tag} is not a language tag OB 3.0 accepts (language, script, region)`,
    });
    return undefined;
  }
  if (canonical !== tag) notes.changed.push({ path, reason: `${tag} is written ${canonical}` });
  return canonical;
}
