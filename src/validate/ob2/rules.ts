// The OB 2.0 rule engine: walks a Badge Object with the class table (classes.ts) and reports every
// missing required property, value of the wrong type, and class-specific rule (§Open Badges
// Vocabulary, per class), with the JSON Pointer of the value in the document it reads. Type
// membership (`type` check) and the other rules (`ob2` check) come from the same walk, so both
// checks see the same nodes.
import { asArray, escapePointerToken, isObject, type JsonObject } from '../../internal/json.js';
import type { Code } from '../../report/codes.js';
import { CLASSES, type Ob2Class, type PropertyRule } from './classes.js';
import { IDENTITY_HASH, imageProblem, isIri, isUrl, textOf, valueProblem } from './values.js';

/** A problem the walk found: its code, where (in the document walked), and what. */
export interface RuleProblem {
  code: Code;
  at: string;
  message: string;
  hint?: string;
}

/** Which findings a walk makes: type membership, or every other rule. */
export type RuleMode = 'types' | 'rules';

/** How a node is used where the walk meets it. */
interface Visit {
  readonly mode: RuleMode;
  readonly out: RuleProblem[];
  /** A Profile in the issuer role (BadgeClass.issuer, Endorsement.issuer, an issuer document). */
  readonly issuer?: boolean;
  /** The value may be the IRI of the object instead of the object ("@id: Class"). */
  readonly link?: boolean;
  readonly depth: number;
  /** The walk started at this node (its own issuedOn / expires belong to the `dates` check). */
  readonly root?: boolean;
}

// The spec's one alias (v2 context: "verify": "verification"), read when JSON-LD compaction (which
// resolves it) could not run.
const ALIASES: Record<string, string> = { verification: 'verify', id: '@id', type: '@type' };
const MAX_DEPTH = 32;
const TYPE_CODES: ReadonlySet<Code> = new Set(['TYPE_MISSING', 'TYPE_WRONG']);

/**
 * Walks a Badge Object of a class and returns what the rules find.
 *
 * @param value - The node (an object, or an IRI where the class may be linked).
 * @param cls - Its class.
 * @param options - `mode`; `at`, the pointer of the node; `issuer` for a Profile used as issuer.
 */
export function checkBadgeObject(
  value: unknown,
  cls: Ob2Class,
  options: { mode: RuleMode; at?: string; issuer?: boolean; link?: boolean },
): RuleProblem[] {
  const out: RuleProblem[] = [];
  visit(value, cls, options.at ?? '', {
    mode: options.mode,
    out,
    depth: 0,
    root: true,
    ...(options.issuer ? { issuer: true } : {}),
    ...(options.link ? { link: true } : {}),
  });
  return out.filter((p) => TYPE_CODES.has(p.code) === (options.mode === 'types'));
}

/** The string values of a node's `type` (or `@type`). */
export function typeValues(node: JsonObject): string[] {
  return asArray(node.type ?? node['@type']).filter((t): t is string => typeof t === 'string');
}

/** A property's value, under its name or the spec's alias for it, with the key it was found at. */
export function propertyOf(node: JsonObject, name: string): [string, unknown] | undefined {
  if (node[name] !== undefined) return [name, node[name]];
  const alias = ALIASES[name];
  if (alias !== undefined && node[alias] !== undefined) return [alias, node[alias]];
  return undefined;
}

function visit(value: unknown, cls: Ob2Class, at: string, v: Visit): void {
  if (v.depth > MAX_DEPTH) return;
  if (typeof value === 'string' && v.link) {
    linkProblem(value, cls, at, v);
    return;
  }
  if (!isObject(value)) {
    const form = v.link ? `an IRI or an embedded ${cls}` : `an embedded ${cls} object`;
    push(v, 'OB2_OBJECT_EXPECTED', at, `This value must be ${form}`);
    return;
  }
  checkType(value, cls, at, v);
  checkProperties(value, cls, at, v);
  CLASS_RULES[cls]?.(value, at, v);
}

function linkProblem(value: string, cls: Ob2Class, at: string, v: Visit): void {
  if (cls === 'Image') {
    const code = imageProblem(value);
    if (code) push(v, code, at, imageMessage(code, value));
  } else if (!isIri(value)) {
    push(v, 'OB2_IRI_INVALID', at, `${JSON.stringify(value)} is not an IRI of a ${cls}`);
  }
}

function checkType(node: JsonObject, cls: Ob2Class, at: string, v: Visit): void {
  const rule = CLASSES[cls];
  if (!rule.types || !rule.typeRequired) return;
  // A revoked hosted Assertion (or Endorsement) needs only id and revoked (§Revoking Hosted Assertions).
  if (node.revoked === true && (cls === 'Assertion' || cls === 'Endorsement')) return;
  const types = typeValues(node);
  const expected = rule.types[0] as string;
  if (types.length === 0) {
    push(v, 'TYPE_MISSING', child(at, 'type'), `This ${cls} must have type "${expected}"`);
  } else if (!types.some((t) => rule.types?.includes(t))) {
    push(
      v,
      'TYPE_WRONG',
      child(at, 'type'),
      `This ${cls} must have type ${rule.types.map((t) => `"${t}"`).join(' or ')}, not ${JSON.stringify(node.type ?? node['@type'])}`,
      `Add "${expected}" to type`,
    );
  }
}

function checkProperties(node: JsonObject, cls: Ob2Class, at: string, v: Visit): void {
  const rule = CLASSES[cls];
  const revoked = node.revoked === true && (cls === 'Assertion' || cls === 'Endorsement');
  for (const [name, property] of Object.entries(rule.properties)) {
    const found = propertyOf(node, name);
    if (found === undefined) {
      if (requires(cls, name, property, revoked, v)) {
        const role = roleName(cls, v);
        const article = /^[AEIOU]/.test(role) ? 'An' : 'A';
        push(v, 'OB2_REQUIRED', child(at, name), `${article} ${role} must have ${name}`);
      }
      continue;
    }
    const [key, value] = found;
    checkValues(value, property, child(at, key), cls, name, v);
  }
}

// §Assertion / §Endorsement: a revoked one needs only id and revoked (and an Endorsement its issuer).
// §Profile: as an issuer, name, url and email are required too.
function requires(
  cls: Ob2Class,
  name: string,
  property: PropertyRule,
  revoked: boolean,
  v: Visit,
): boolean {
  if (revoked) return name === 'id' || (cls === 'Endorsement' && name === 'issuer');
  if (cls === 'Profile' && v.issuer && ['name', 'url', 'email'].includes(name)) return true;
  return property.required === true;
}

function checkValues(
  value: unknown,
  property: PropertyRule,
  at: string,
  cls: Ob2Class,
  name: string,
  v: Visit,
): void {
  if (Array.isArray(value) && !property.many && value.length > 1) {
    push(v, 'OB2_MULTIPLE_VALUES', at, `${cls}.${name} takes one value, not ${value.length}`);
    return;
  }
  const items = Array.isArray(value) ? value : [value];
  items.forEach((item, i) => {
    const here = Array.isArray(value) ? child(at, i) : at;
    if (property.value in CLASSES) {
      const next: Visit = {
        mode: v.mode,
        out: v.out,
        depth: v.depth + 1,
        ...(property.link ? { link: true } : {}),
        ...(name === 'issuer' ? { issuer: true } : {}),
      };
      visit(item, property.value as Ob2Class, here, next);
      return;
    }
    // The document's own dates are the `dates` check's.
    if (property.value === 'datetime' && v.root) return;
    const problem = valueProblem(property.value as never, item);
    if (problem) {
      push(v, problem.code, here, `${cls}.${name} must be ${problem.expected}, not ${show(item)}`);
    }
  });
}

type ClassCheck = (node: JsonObject, at: string, v: Visit) => void;

const CLASS_RULES: Partial<Record<Ob2Class, ClassCheck>> = {
  Assertion: (node, at, v) => {
    // §HostedBadge: "Hosted badge Assertions that have an HTTP(s) id".
    const verification = propertyOf(node, 'verification')?.[1];
    const type = isObject(verification) ? typeValues(verification) : [];
    if ((type.includes('hosted') || type.includes('HostedBadge')) && !isUrl(node.id)) {
      push(
        v,
        'OB2_HOSTED_ID_NOT_HTTP',
        child(at, 'id'),
        `A hosted Assertion's id must be the HTTP(S) URL it is hosted at, not ${show(node.id)}`,
      );
    }
  },
  Profile: (node, at, v) => {
    if (v.issuer && typeof node.id === 'string' && isIri(node.id) && !isUrl(node.id)) {
      push(
        v,
        'OB2_ISSUER_ID_NOT_HTTP',
        child(at, 'id'),
        `The issuer's id ${node.id} is not an HTTP(S) URL; most platforms only handle HTTP ids`,
      );
    }
  },
  IdentityObject: identityRules,
  Image: (node, at, v) => {
    if (typeof node.id !== 'string') return;
    const code = imageProblem(node.id);
    if (code) push(v, code, child(at, 'id'), imageMessage(code, node.id));
  },
  Criteria: (node, at, v) => {
    if (node.id === undefined && node.narrative === undefined) {
      push(v, 'OB2_CRITERIA_EMPTY', at, 'The criteria have neither an id nor a narrative');
    }
  },
  RevokedAssertion: (node, at, v) => {
    if (node.id === undefined && node.uid === undefined) {
      push(v, 'OB2_REQUIRED', at, 'A revoked assertion entry must have an id or (legacy) a uid');
    }
  },
};

// §IdentityObject: a hashed identity is an IdentityHash; a plain one is a value of its type.
function identityRules(node: JsonObject, at: string, v: Visit): void {
  const identity = node.identity;
  const type = textOf(node.type);
  if (type !== undefined && !['email', 'url', 'telephone'].includes(type)) {
    push(
      v,
      'OB2_RECIPIENT_TYPE',
      child(at, 'type'),
      `Recipients identified by ${JSON.stringify(type)} cannot be checked by most verifiers (email, url, telephone)`,
    );
  }
  if (typeof identity !== 'string') return;
  if (node.hashed === true) {
    if (!IDENTITY_HASH.test(identity)) {
      push(
        v,
        'OB2_IDENTITY_HASH_INVALID',
        child(at, 'identity'),
        `The identity is hashed but ${show(identity)} is not an IdentityHash (sha256$… or md5$… in hex)`,
      );
    }
    return;
  }
  const expected =
    type === 'email'
      ? 'email'
      : type === 'url'
        ? 'url'
        : type === 'telephone'
          ? 'telephone'
          : undefined;
  const problem = expected ? valueProblem(expected, identity) : undefined;
  if (problem) {
    push(v, problem.code, child(at, 'identity'), `A ${type} identity must be ${problem.expected}`);
  }
}

function imageMessage(code: Code, value: string): string {
  const shown = value.startsWith('data:') ? `${value.slice(0, 40)}…` : value;
  return code === 'OB2_IMAGE_TYPE'
    ? `The image ${shown} is not a PNG or SVG image`
    : `The image ${shown} is neither a data URI nor an http(s) URL`;
}

function roleName(cls: Ob2Class, v: Visit): string {
  return cls === 'Profile' && v.issuer ? 'issuer Profile' : cls;
}

function push(v: Visit, code: Code, at: string, message: string, hint?: string): void {
  v.out.push(hint === undefined ? { code, at, message } : { code, at, message, hint });
}

function child(at: string, token: string | number): string {
  return `${at}/${escapePointerToken(token)}`;
}

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
