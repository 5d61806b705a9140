// Re-issuing an Open Badges 2.0 badge as an Open Badges 3.0 OpenBadgeCredential, as the OB 3.0
// Implementation Guide (§Migrating from OB 2.0) describes: the BadgeClass becomes an Achievement
// linked back to it (`related`), the issuer Profile a Profile that keeps its 2.0 id
// (`otherIdentifier`), the recipient an `identifier` (hash and salt kept), and the original
// assertion an Evidence entry. The result is unsigned: the new issuer signs it.
import { newId } from '../builders/options.js';
import { createDocumentLoader } from '../context/document-loader.js';
import type { DocumentLoader } from '../context/types.js';
import { OB_V3P0_CONTEXT_URL, VC_V2_CONTEXT_URL } from '../context/urls.js';
import { InvalidArgumentError } from '../errors/index.js';
import { fromBase64url, fromUtf8 } from '../internal/encoding.js';
import { idOf, isObject, type JsonObject } from '../internal/json.js';
import { ABSOLUTE_IRI } from '../internal/patterns.js';
import type { AchievementCredential } from '../model/ob3.js';
import { detectKind } from '../parse/detect.js';
import { parseInput } from '../parse/parse-input.js';
import { propertyOf } from '../validate/ob2/rules.js';
import { textOf } from '../validate/ob2/values.js';
import { compactView } from '../validate/ob2/view.js';
import {
  type ConversionNote,
  convertAlignments,
  convertCriteria,
  convertDate,
  convertEvidence,
  convertIdentity,
  convertImage,
  convertLanguage,
  convertProfile,
  convertRelated,
  type Notes,
  OB2_ASSERTION_TYPE,
  OB2_BADGECLASS_TYPE,
  reportUnmapped,
} from './convert-parts.js';

export type { ConversionNote } from './convert-parts.js';

/** Options of {@link convertOb2ToOb3}. */
export interface ConvertOb2Options {
  /**
   * The id of the OB 3.0 issuer (e.g. the institution's DID), which signs the credential. Default:
   * the OB 2.0 issuer Profile's id.
   */
  issuer?: string;
  /** The credential's id. Default: a new `urn:uuid:`. */
  id?: string;
  /**
   * The Achievement's id. Default: a new `urn:uuid:` (OB 3.0 Impl. §Migrating: a new id, related to
   * the BadgeClass).
   */
  achievementId?: string;
  /** Id generator for the defaults, for reproducible output. */
  generateId?: () => string;
  /** Loader for linked documents not in `graph`, and for contexts. Nothing is fetched by default. */
  documentLoader?: DocumentLoader;
}

/** What {@link convertOb2ToOb3} returns. */
export interface Ob2Conversion {
  /** The unsigned OpenBadgeCredential. */
  credential: AchievementCredential;
  /** OB 2.0 properties the credential does not carry, with why (JSON Pointers into the 2.0 graph). */
  lost: ConversionNote[];
  /** OB 2.0 properties carried in another form (a renamed property, a new issuer id, a date). */
  changed: ConversionNote[];
}

// Assertion properties the mapping uses, and why the others are not carried.
const ASSERTION_USED = [
  'recipient',
  'badge',
  'issuedOn',
  'expires',
  'evidence',
  'narrative',
  'image',
];
const ASSERTION_REASONS: Record<string, string> = {
  verification:
    'OB 2.0 hosted/signed verification does not apply: the OB 3.0 credential carries its own proof once signed',
  verify:
    'OB 2.0 hosted/signed verification does not apply: the OB 3.0 credential carries its own proof once signed',
  revoked: 'the 2.0 assertion is revoked: do not re-issue it',
  revocationReason: 'the 2.0 assertion is revoked: do not re-issue it',
  uid: 'a legacy 1.x identifier; the original assertion is linked from evidence',
};

/**
 * Converts an Open Badges 2.0 assertion to an unsigned Open Badges 3.0 OpenBadgeCredential (the
 * mapping is in docs/ob2.md). BadgeClass → Achievement (name, description, criteria, image,
 * alignment, tags, version, related, language; `related` links back to the BadgeClass); issuer
 * Profile → Profile (the new `issuer` id, the 2.0 id in `otherIdentifier`); recipient → an
 * `identifier` (hash and salt kept); evidence → evidence, plus an entry linking the original
 * assertion; `issuedOn` → `validFrom` and `awardedDate`; `expires` → `validUntil`. Whatever has no
 * OB 3.0 place (keys, verification policy, endorsements, extensions) is listed in `lost`. Verify
 * the 2.0 badge first: this function converts, it does not verify.
 *
 * @param assertion - The assertion: a JSON object or text, or a signed assertion's compact JWS.
 * @param graph - Linked documents by URL (BadgeClass, issuer Profile, criteria); embedded ones are
 *   read where they are.
 * @param options - The new `issuer` id; ids; a `documentLoader` for documents not in `graph`.
 * @returns `{ credential, lost, changed }`.
 * @throws {InvalidArgumentError} `ERR_LERKIT_INVALID_ARGUMENT` when the input is not an OB 2.0
 *   assertion, a BadgeClass or issuer Profile it needs is neither embedded nor supplied, or a
 *   property OB 3.0 requires (name, description, issuedOn) is missing.
 * @example
 * ```ts
 * const { credential, lost } = await convertOb2ToOb3(assertion, {
 *   [badgeClass.id]: badgeClass,
 *   [issuerProfile.id]: issuerProfile,
 * }, { issuer: key.controller });
 * const signed = await sign(credential, { key });
 * ```
 */
export async function convertOb2ToOb3(
  assertion: object | string,
  graph: Readonly<Record<string, unknown>> = {},
  options: ConvertOb2Options = {},
): Promise<Ob2Conversion> {
  checkOptions(graph, options);
  const loader = createDocumentLoader({
    resources: graph,
    ...(options.documentLoader ? { documentLoader: options.documentLoader } : {}),
  });
  const root = readAssertion(assertion);
  const view = (await compactView(root, loader)).view;
  const notes: Notes = { lost: [], changed: [] };
  const badge = await linked(view.badge, 'BadgeClass', 'badge', loader);
  const issuerNode = await linked(badge.issuer, 'issuer Profile', 'badge.issuer', loader, true);
  const issuer = convertProfile(issuerNode, options.issuer, '/badge/issuer', notes);
  const achievement = await convertAchievement(badge, issuer, options, loader, notes);
  const credential = assemble(view, issuer, achievement, options, notes);
  reportUnmapped(view, '', ASSERTION_USED, notes, ASSERTION_REASONS);
  return { credential: credential as unknown as AchievementCredential, ...notes };
}

function checkOptions(graph: unknown, options: ConvertOb2Options): void {
  if (!isObject(graph))
    throw new InvalidArgumentError('graph must be an object of documents by URL', 'graph');
  if (!isObject(options)) throw new InvalidArgumentError('options must be an object', 'options');
  for (const name of ['issuer', 'id', 'achievementId'] as const) {
    const value = options[name];
    if (value !== undefined && !(typeof value === 'string' && ABSOLUTE_IRI.test(value))) {
      throw new InvalidArgumentError(
        `${name} must be an absolute IRI (a DID, https URL or urn:uuid)`,
        name,
      );
    }
  }
}

function readAssertion(input: object | string): JsonObject {
  const parsed = parseInput(input as object);
  if (!parsed.ok)
    throw new InvalidArgumentError(`assertion cannot be read: ${parsed.message}`, 'assertion');
  let document = parsed.document;
  if (parsed.format === 'vc-jwt' && parsed.jwt) {
    // A signed assertion: its payload is the assertion (registered JWT claims included).
    document = JSON.parse(fromUtf8(fromBase64url(parsed.jwt.split('.')[1] ?? '')));
  }
  if (detectKind(document) !== 'OB2Assertion' || typeof document.id !== 'string') {
    throw new InvalidArgumentError(
      'assertion is not an Open Badges 2.0 Assertion with an id',
      'assertion',
    );
  }
  return document;
}

// A linked Badge Object: embedded, or the document at its IRI (graph first, then the loader).
// An issuer is read from its own id when the graph has it (the hosted Profile is authoritative).
async function linked(
  value: unknown,
  what: string,
  where: string,
  loader: DocumentLoader,
  preferHosted = false,
): Promise<JsonObject> {
  const id = idOf(value);
  if (isObject(value) && !(preferHosted && id !== undefined)) return value;
  if (id !== undefined) {
    try {
      const { document } = await loader(id);
      if (isObject(document)) return (await compactView(document, loader)).view;
    } catch {
      if (isObject(value)) return value;
    }
  }
  if (isObject(value)) return value;
  throw new InvalidArgumentError(
    `The ${what} ${id ?? '(none)'} (${where}) is neither embedded nor in the graph`,
    'graph',
  );
}

async function convertAchievement(
  badge: JsonObject,
  issuer: JsonObject,
  options: ConvertOb2Options,
  loader: DocumentLoader,
  notes: Notes,
): Promise<JsonObject> {
  const name = required(textOf(badge.name), 'The BadgeClass has no name');
  const description = required(textOf(badge.description), 'The BadgeClass has no description');
  const criteriaId = typeof badge.criteria === 'string' ? badge.criteria : undefined;
  const criteriaDocument = criteriaId ? await optionalDocument(criteriaId, loader) : undefined;
  const achievement: JsonObject = {
    id: options.achievementId ?? newId(options),
    type: ['Achievement'],
    name,
    description,
    criteria: convertCriteria(badge.criteria, criteriaDocument, '/badge/criteria', notes),
    creator: issuer,
  };
  const image = convertImage(badge.image, '/badge/image', notes);
  if (image) achievement.image = image;
  const alignment = convertAlignments(badge.alignment, '/badge/alignment', notes);
  if (alignment.length > 0) achievement.alignment = alignment;
  const tags = [badge.tags].flat().filter((t): t is string => typeof t === 'string');
  if (tags.length > 0) achievement.tag = tags;
  if (badge.version !== undefined) achievement.version = String(badge.version);
  const language = convertLanguage(textOf(badge['@language']), '/badge/@language', notes);
  if (language !== undefined) achievement.inLanguage = language;
  achievement.related = [
    { id: String(badge.id), type: ['Related', OB2_BADGECLASS_TYPE], version: 'Open Badges v2p0' },
    ...convertRelated(badge.related, '/badge/related', notes),
  ];
  reportUnmapped(
    badge,
    '/badge',
    [
      'name',
      'description',
      'criteria',
      'image',
      'alignment',
      'tags',
      'version',
      'related',
      'issuer',
    ].concat(language === undefined ? [] : ['@language']),
    notes,
  );
  return achievement;
}

async function optionalDocument(
  url: string,
  loader: DocumentLoader,
): Promise<JsonObject | undefined> {
  try {
    const { document } = await loader(url);
    return isObject(document) ? document : undefined;
  } catch {
    return undefined; // a criteria page: its URL is kept
  }
}

function assemble(
  view: JsonObject,
  issuer: JsonObject,
  achievement: JsonObject,
  options: ConvertOb2Options,
  notes: Notes,
): JsonObject {
  const recipient = propertyOf(view, 'recipient')?.[1];
  if (!isObject(recipient))
    throw new InvalidArgumentError('The assertion has no recipient', 'assertion');
  const subject: JsonObject = {
    type: ['AchievementSubject'],
    identifier: [convertIdentity(recipient, '/recipient', notes)],
    achievement,
  };
  const narrative = textOf(view.narrative);
  if (narrative !== undefined) subject.narrative = narrative;
  const image = convertImage(view.image, '/image', notes);
  if (image) subject.image = image;
  const issuedOn = required(
    convertDate(view.issuedOn, '/issuedOn', notes),
    'The assertion has no valid issuedOn',
  );
  const credential: JsonObject = {
    '@context': [VC_V2_CONTEXT_URL, OB_V3P0_CONTEXT_URL],
    id: options.id ?? newId(options),
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer,
    validFrom: issuedOn,
  };
  const expires = convertDate(view.expires, '/expires', notes);
  if (expires) credential.validUntil = expires;
  credential.awardedDate = issuedOn;
  credential.name = achievement.name;
  credential.credentialSubject = subject;
  credential.evidence = [...convertEvidence(view.evidence, '/evidence', notes), original(view)];
  return credential;
}

// OB 3.0 Impl. §Migrating: "an association to the original OB 2.0 Assertion may be made using
// evidence".
function original(view: JsonObject): JsonObject {
  return {
    id: String(view.id),
    type: ['Evidence', OB2_ASSERTION_TYPE],
    name: 'Original Open Badges 2.0 assertion for this credential',
    description:
      'This credential was originally issued as an Open Badges 2.0 assertion and converted to Open Badges 3.0.',
  };
}

function required<T>(value: T | undefined, message: string): T {
  if (value === undefined) throw new InvalidArgumentError(message, 'assertion');
  return value;
}
