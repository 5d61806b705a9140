// The graph an OB 2.0 Assertion (or Endorsement) is verified with: the assertion as verified (the
// hosted copy, or the JWS payload), its BadgeClass and issuer Profile (linked by IRI and loaded, or
// embedded), and for a signed one the issuer's keys and revocation list. Every document comes
// through the session's loader; each is compacted into the OB 2.0 context for the checks to read.
//
// Trust: the issuer Profile decides the verification policy, the keys and the revocation list, so
// it is read from its own HTTP(S) id (OB 2.0 Examples, Linked Data notes: "publicKeys referenced in
// an embedded issuer Profile should not be trusted … without checking the hosted Profile"). An
// embedded copy whose hosted one cannot be loaded is not trusted.
import type { DocumentLoader } from '../context/types.js';
import { canonicalizeJson } from '../internal/jcs.js';
import { asArray, idOf, isObject, type JsonObject } from '../internal/json.js';
import type { Code } from '../report/codes.js';
import { finding } from '../report/finding.js';
import type { Finding } from '../report/types.js';
import type { Ob2Class } from '../validate/ob2/classes.js';
import { type Ob2Document, readOb2Document } from '../validate/ob2/document.js';
import { propertyOf, typeValues } from '../validate/ob2/rules.js';
import { isUrl } from '../validate/ob2/values.js';
import { type Loaded, type LoadFailure, loadBadgeObject } from './load.js';

/** How an assertion is verified (OB 2.0 §VerificationObject). */
export type Ob2Method = 'hosted' | 'signed' | 'none';

/** What became of loading a hosted assertion from its id. */
export interface HostedOutcome {
  /** The URL it is hosted at (its id), when that is an HTTP(S) URL. */
  readonly url?: string;
  readonly outcome: 'loaded' | 'not-http' | LoadFailure;
  readonly message?: string;
  /** The assertion given differs from the hosted copy (which is what was verified). */
  readonly differs?: boolean;
}

/** A node of the graph: where it is read from and how far it can be trusted. */
export interface GraphNode {
  /** The node as the checks read it. */
  readonly view: JsonObject;
  /** Its JSON Pointer in the graph. */
  readonly path: string;
  /** Read from its own id (or with nothing to confirm: not an HTTP id). */
  readonly trusted: boolean;
  /** The JSON Pointer in the graph of a value inside the node (a pointer relative to it). */
  readonly pathOf: (pointer: string) => string;
}

function node(view: JsonObject, doc: Ob2Document, at: string, trusted = true): GraphNode {
  return {
    view,
    path: doc.prefix + doc.view.toInputPath(at),
    trusted,
    pathOf: (pointer) => doc.prefix + doc.view.toInputPath(at + pointer),
  };
}

/** A key the issuer lists, as the signed verification tries it. */
export interface KeyNode {
  readonly id: string | undefined;
  readonly path: string;
  /** The CryptographicKey, when it was loaded or is embedded in the issuer's hosted Profile. */
  readonly view?: JsonObject;
  /** Why it could not be loaded. */
  readonly failure?: Extract<Loaded, { ok: false }>;
}

/** What the verification of an OB 2.0 assertion reads. */
export interface Ob2Graph {
  /** The method the checks apply: `signed` for a JWS, else the declared one. */
  readonly method: Ob2Method;
  /** The method the assertion declares. */
  readonly declared: Ob2Method;
  readonly jws?: { readonly compact: string; readonly header: JsonObject };
  readonly hosted?: HostedOutcome;
  readonly assertion: Ob2Document;
  readonly badge?: GraphNode;
  readonly issuer?: GraphNode;
  readonly keys: readonly KeyNode[];
  readonly revocationList?: { readonly loaded: Loaded; readonly path: string };
  /** The assertion first, then every document loaded. */
  readonly documents: readonly Ob2Document[];
  /** Linked documents the assertion needs that could not be loaded or are not what was asked for. */
  readonly linkProblems: readonly Finding[];
}

/** The assertion as read from the input. */
export type Ob2Input =
  | { readonly form: 'json'; readonly document: JsonObject }
  | {
      readonly form: 'jws';
      readonly document: JsonObject;
      readonly jws: string;
      readonly header: JsonObject;
    }
  | { readonly form: 'url'; readonly document: JsonObject; readonly hosted: HostedOutcome };

/** At most this many of an issuer's keys are tried. */
const MAX_KEYS = 8;

interface Builder {
  readonly loader: DocumentLoader;
  readonly documents: Ob2Document[];
  readonly problems: Finding[];
}

/** Resolves the graph of an assertion or endorsement. */
export async function resolveGraph(
  input: Ob2Input,
  cls: Ob2Class,
  loader: DocumentLoader,
): Promise<Ob2Graph> {
  const { document, hosted } = await readAssertion(input, loader);
  const assertion = await readOb2Document(document, cls, loader);
  const b: Builder = { loader, documents: [assertion], problems: [] };
  const declared = declaredMethod(assertion.view.view);
  const method: Ob2Method = input.form === 'jws' ? 'signed' : declared;
  const root = node(assertion.view.view, assertion, '');
  const badge =
    cls === 'Assertion' ? await linked(b, assertion, '/badge', 'BadgeClass') : undefined;
  const issuerHolder = cls === 'Assertion' ? badge : { node: root, doc: assertion, at: '' };
  const issuer = issuerHolder
    ? await resolveIssuer(b, issuerHolder.doc, `${issuerHolder.at}/issuer`)
    : undefined;
  const signed = method === 'signed' && issuer?.node.trusted === true;
  return {
    method,
    declared,
    ...(input.form === 'jws' ? { jws: { compact: input.jws, header: input.header } } : {}),
    ...(hosted ? { hosted } : {}),
    assertion,
    ...(badge ? { badge: badge.node } : {}),
    ...(issuer ? { issuer: issuer.node } : {}),
    keys: signed && issuer ? await resolveKeys(b, assertion, issuer) : [],
    ...(signed && issuer ? await resolveRevocationList(b, issuer) : {}),
    documents: b.documents,
    linkProblems: b.problems,
  };
}

// §HostedBadge Verification: "If starting with a full assertion that indicates HostedBadge
// verification, the input data should only be trusted to identify the URI of the hosted
// verification file, and upon loading the hosted verification file, the retrieved data should be
// used as the Assertion value."
async function readAssertion(
  input: Ob2Input,
  loader: DocumentLoader,
): Promise<{ document: JsonObject; hosted?: HostedOutcome }> {
  if (input.form === 'url') return { document: input.document, hosted: input.hosted };
  if (input.form === 'jws') return { document: input.document };
  const verification = propertyOf(input.document, 'verification')?.[1];
  if (methodOf(verification) !== 'hosted') return { document: input.document };
  const id = input.document.id;
  if (!isUrl(id)) return { document: input.document, hosted: { outcome: 'not-http' } };
  const loaded = await loadBadgeObject(id, loader);
  if (!loaded.ok) {
    return {
      document: input.document,
      hosted: { url: id, outcome: loaded.reason, message: loaded.message },
    };
  }
  const differs = canonicalizeJson(loaded.document) !== canonicalizeJson(input.document);
  return { document: loaded.document, hosted: { url: id, outcome: 'loaded', differs } };
}

/** The verification method a verification object declares. */
export function methodOf(verification: unknown): Ob2Method {
  const types = isObject(verification) ? typeValues(verification) : [];
  if (types.includes('hosted') || types.includes('HostedBadge')) return 'hosted';
  if (types.includes('signed') || types.includes('SignedBadge')) return 'signed';
  return 'none';
}

function declaredMethod(view: JsonObject): Ob2Method {
  return methodOf(propertyOf(view, 'verification')?.[1]);
}

interface Linked {
  node: GraphNode;
  /** The document the node is read from, and its place in it. */
  doc: Ob2Document;
  at: string;
}

/** A node a property links (by IRI, loaded) or embeds. */
async function linked(
  b: Builder,
  holder: Ob2Document,
  at: string,
  cls: Ob2Class,
): Promise<Linked | undefined> {
  const value = viewAt(holder.view.view, at);
  const path = holder.prefix + holder.view.toInputPath(at);
  if (isObject(value)) return { node: node(value, holder, at), doc: holder, at };
  if (typeof value !== 'string') return undefined; // missing: an `ob2` finding
  const loaded = await loadBadgeObject(value, b.loader);
  if (!loaded.ok) {
    b.problems.push(linkProblem(loaded, path, cls));
    return undefined;
  }
  const doc = await load(b, loaded.document, cls, path, value);
  return { node: node(doc.view.view, doc, ''), doc, at: '' };
}

async function resolveIssuer(
  b: Builder,
  holder: Ob2Document,
  at: string,
): Promise<Linked | undefined> {
  const found = await linked(b, holder, at, 'Profile');
  if (!found || found.doc !== holder) return found; // linked by IRI: read from its id
  const id = found.node.view.id;
  if (!isUrl(id)) return found; // nothing to confirm it against (OB2_ISSUER_ID_NOT_HTTP)
  // Embedded: its hosted copy is the one to trust.
  const loaded = await loadBadgeObject(id, b.loader);
  if (!loaded.ok) {
    b.problems.push(
      linkProblem(
        loaded,
        found.node.path,
        'Profile',
        ' (the embedded copy cannot be trusted for the issuer’s keys and verification policy without it)',
      ),
    );
    return { ...found, node: { ...found.node, trusted: false } };
  }
  const doc = await load(b, loaded.document, 'Profile', found.node.path, id);
  return { node: node(doc.view.view, doc, ''), doc, at: '' };
}

async function resolveKeys(b: Builder, assertion: Ob2Document, issuer: Linked): Promise<KeyNode[]> {
  const verification = propertyOf(assertion.view.view, 'verification')?.[1];
  const creator = isObject(verification) ? idOf(verification.creator) : undefined;
  const listed = asArray(issuer.node.view.publicKey);
  const entries = listed
    .map((entry, i) => ({ entry, i }))
    .filter(({ entry }) => creator === undefined || idOf(entry) === creator)
    .slice(0, MAX_KEYS);
  const keys: KeyNode[] = [];
  for (const { entry, i } of entries) {
    const at = Array.isArray(issuer.node.view.publicKey) ? `/publicKey/${i}` : '/publicKey';
    const path =
      creator !== undefined
        ? assertion.view.toInputPath('/verification/creator')
        : issuer.doc.prefix + issuer.doc.view.toInputPath(issuer.at + at);
    const id = idOf(entry);
    if (isObject(entry) && typeof entry.publicKeyPem === 'string') {
      keys.push({ id, path, view: entry }); // embedded in the issuer's own Profile
    } else if (id === undefined) {
    } else {
      const loaded = await loadBadgeObject(id, b.loader);
      if (!loaded.ok) keys.push({ id, path, failure: loaded });
      else
        keys.push({
          id,
          path,
          view: (await load(b, loaded.document, 'CryptographicKey', path, id)).view.view,
        });
    }
  }
  return keys;
}

async function resolveRevocationList(
  b: Builder,
  issuer: Linked,
): Promise<{ revocationList?: { loaded: Loaded; path: string } }> {
  const url = idOf(issuer.node.view.revocationList);
  if (url === undefined) return {};
  const path = issuer.doc.prefix + issuer.doc.view.toInputPath(`${issuer.at}/revocationList`);
  const loaded = await loadBadgeObject(url, b.loader);
  if (loaded.ok) await load(b, loaded.document, 'RevocationList', path, url);
  return { revocationList: { loaded, path } };
}

async function load(
  b: Builder,
  document: JsonObject,
  cls: Ob2Class,
  prefix: string,
  url: string,
): Promise<Ob2Document> {
  const doc = await readOb2Document(document, cls, b.loader, { prefix, url });
  b.documents.push(doc);
  return doc;
}

const CLASS_NAMES: Partial<Record<Ob2Class, string>> = {
  BadgeClass: 'BadgeClass',
  Profile: 'issuer Profile',
};

function linkProblem(
  loaded: Extract<Loaded, { ok: false }>,
  path: string,
  cls: Ob2Class,
  note = '',
): Finding {
  const what = CLASS_NAMES[cls] ?? cls;
  const code: Code =
    loaded.reason === 'id-mismatch' ? 'OB2_DOCUMENT_ID_MISMATCH' : 'OB2_DOCUMENT_UNAVAILABLE';
  const message =
    loaded.reason === 'id-mismatch'
      ? `The ${what} loaded from ${loaded.url} is not it: ${loaded.message}`
      : `The ${what} ${loaded.url} could not be loaded: ${loaded.message}${note}`;
  return finding(code, path, message);
}

/** The value at a JSON Pointer of a view (simple keys only). */
export function viewAt(root: JsonObject, pointer: string): unknown {
  let node: unknown = root;
  for (const token of pointer.split('/').slice(1)) {
    if (!isObject(node)) return undefined;
    node = node[token.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return node;
}
