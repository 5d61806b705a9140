// Where the OB 3.0 / CLR 2.0 classes sit in a document (OB 3.0 §Data Model), so each rule check
// visits the nodes of the classes it is about instead of walking the JSON its own way.
import { asArray, escapePointerToken, isObject, type JsonObject } from '../internal/json.js';
import type { CredentialKind } from '../model/kind.js';

/** The classes the rule checks look at. */
export type ClassName =
  | 'Profile'
  | 'Achievement'
  | 'AchievementSubject'
  | 'ClrSubject'
  | 'EndorsementSubject'
  | 'Result'
  | 'ResultDescription'
  | 'Evidence'
  | 'IdentityObject'
  | 'IdentifierEntry';

/** Why a Profile is where it is. */
export type ProfileRole = 'issuer' | 'creator' | 'source' | 'parentOrg' | 'document';

/** A node of one class, with its JSON Pointer. */
export interface ClassNode {
  /** The class the node is an instance of (by where it sits). */
  cls: ClassName;
  /** The node (an object: IRI references are not class nodes). */
  node: JsonObject;
  /** JSON Pointer of the node. */
  path: string;
  /** For profiles: where the profile sits. */
  role?: ProfileRole;
}

/** Appends a token to a JSON Pointer. */
export const child = (path: string, key: string | number): string =>
  `${path}/${escapePointerToken(key)}`;

/** Calls `visit` for a value or each item of an array, with its pointer. */
export function forEachAt(
  value: unknown,
  path: string,
  visit: (node: unknown, path: string) => void,
): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      visit(item, `${path}/${i}`);
    });
  } else if (value !== undefined) visit(value, path);
}

const CREDENTIALS: readonly CredentialKind[] = [
  'AchievementCredential',
  'EndorsementCredential',
  'ClrCredential',
  'VerifiableCredential',
];

const memo = new WeakMap<JsonObject, ClassNode[]>();

/** Every class node of a document of the given kind, parents before children (memoised). */
export function classNodes(document: JsonObject, kind: CredentialKind): ClassNode[] {
  const known = memo.get(document);
  if (known) return known;
  const out: ClassNode[] = [];
  memo.set(document, out);
  const add = (cls: ClassName, value: unknown, path: string, role?: ProfileRole) => {
    forEachAt(value, path, (node, p) => {
      if (!isObject(node)) return;
      out.push(role ? { cls, node, path: p, role } : { cls, node, path: p });
      expand(cls, node, p, add);
    });
  };
  if (CREDENTIALS.includes(kind)) {
    add('Profile', document.issuer, '/issuer', 'issuer');
    add('Evidence', document.evidence, '/evidence');
    const subjectClass: ClassName | undefined =
      kind === 'AchievementCredential'
        ? 'AchievementSubject'
        : kind === 'ClrCredential'
          ? 'ClrSubject'
          : kind === 'EndorsementCredential'
            ? 'EndorsementSubject'
            : undefined;
    if (subjectClass) add(subjectClass, document.credentialSubject, '/credentialSubject');
  } else if (kind === 'Achievement') {
    add('Achievement', document, '');
  } else if (kind === 'Profile') {
    add('Profile', document, '', 'document');
  }
  return out;
}

type Add = (cls: ClassName, value: unknown, path: string, role?: ProfileRole) => void;

// The classes inside each class (OB 3.0 §Data Model, CLR 2.0 ClrSubject).
function expand(cls: ClassName, node: JsonObject, path: string, add: Add): void {
  switch (cls) {
    case 'Profile':
      add('Profile', node.parentOrg, child(path, 'parentOrg'), 'parentOrg');
      add('IdentifierEntry', node.otherIdentifier, child(path, 'otherIdentifier'));
      return;
    case 'AchievementSubject':
      add('IdentityObject', node.identifier, child(path, 'identifier'));
      add('Result', node.result, child(path, 'result'));
      add('Profile', node.source, child(path, 'source'), 'source');
      add('Achievement', node.achievement, child(path, 'achievement'));
      return;
    case 'ClrSubject':
      add('IdentityObject', node.identifier, child(path, 'identifier'));
      add('Achievement', node.achievement, child(path, 'achievement'));
      return;
    case 'Achievement':
      add('ResultDescription', node.resultDescription, child(path, 'resultDescription'));
      add('IdentifierEntry', node.otherIdentifier, child(path, 'otherIdentifier'));
      add('Profile', node.creator, child(path, 'creator'), 'creator');
      return;
    default:
      return;
  }
}

/** The string values of a node's `type`. */
export function typesOf(node: JsonObject): string[] {
  return asArray(node.type).filter((t): t is string => typeof t === 'string');
}

/**
 * Drops errors at (or inside) a path the schema check already flagged as an error: the same
 * mistake, reported once.
 */
export function unlessSchemaFlagged<T extends { severity: string; path: string }>(
  findings: T[],
  prior: readonly { check: string; severity: string; path: string }[],
): T[] {
  const flagged = prior
    .filter((f) => f.check === 'schema' && f.severity === 'error')
    .map((f) => f.path);
  if (flagged.length === 0) return findings;
  return findings.filter(
    (f) =>
      f.severity !== 'error' || !flagged.some((p) => f.path === p || f.path.startsWith(`${p}/`)),
  );
}
