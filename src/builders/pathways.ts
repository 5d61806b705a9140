// Stackable pathways as CLR 2.0 Associations. The AACRAO Alternative Credentials Work Group report
// (§Stackability) names three ways credentials stack: vertically (an ordinal hierarchy:
// micro-credentials → certificate → degree, possibly in a required order), horizontally (a
// collection in one content area, no hierarchy) and value-added (expertise added after a
// credential, without a next ordinal credential). Each helper returns the associations that say so,
// to pass as `associations` to createClrCredential. CLR 2.0 AssociationType; `precedes` is read as
// CASE 1.0 defines it: the source comes before the target in time or order.
import { InvalidArgumentError } from '../errors/index.js';
import { type Cycle, findCycles } from '../internal/graph.js';
import { idOf } from '../internal/json.js';
import type { Association } from '../model/clr.js';
import { iri, list } from './fields.js';
import type { AssociationInput } from './inputs.js';
import { association } from './shapes.js';

/** An achievement: its id, or the achievement itself (anything with an `id`). */
export type AchievementRef =
  | string
  | {
      /** The achievement's id. */
      id: string;
    };

/** Input of {@link stackVertically}. */
export interface VerticalStackInput {
  /** The smaller credentials (e.g. micro-credentials), in their required order when `sequential`. */
  parts: AchievementRef[];
  /** What they stack into (e.g. a certificate or a degree). */
  whole: AchievementRef;
  /** The parts must be earned in the order given: `precedes` from each part to the next. */
  sequential?: boolean;
  /** Every part must be earned no later than the whole: `precedes` from each part to the whole. */
  partsFirst?: boolean;
}

/** Input of {@link stackHorizontally}. */
export interface HorizontalStackInput {
  /** The credentials of the collection (at least two, or one with a `collection`). */
  members: AchievementRef[];
  /** An achievement naming the content area; when given, each member `isPartOf` it. */
  collection?: AchievementRef;
}

/** Input of {@link stackValueAdded}. */
export interface ValueAddedStackInput {
  /** The credential expertise is added to. */
  base: AchievementRef;
  /** The value-added credentials. */
  additions: AchievementRef[];
  /** The additions must be earned no earlier than the base: `precedes` from the base to each. */
  after?: boolean;
}

/**
 * Builds one CLR 2.0 Association between two achievements.
 *
 * @param input - The relation and the ids (or achievements) at its ends.
 * @returns Plain JSON with `type: 'Association'`.
 * @throws {InvalidArgumentError} `ERR_LERKIT_INVALID_ARGUMENT` naming the field: an unknown
 *   `associationType`, an end that is not an absolute URI.
 * @example
 * ```ts
 * createAssociation({ associationType: 'isChildOf', sourceId: course.id, targetId: degree.id });
 * ```
 */
export function createAssociation(
  input: Omit<AssociationInput, 'sourceId' | 'targetId'> & {
    sourceId: AchievementRef;
    targetId: AchievementRef;
  },
): Association {
  const value = { ...input, sourceId: refOf(input?.sourceId, 'sourceId') };
  value.targetId = refOf(input?.targetId, 'targetId');
  return association(value, 'association') as unknown as Association;
}

/**
 * Vertical stacking: each part `isChildOf` the whole (an ordinal hierarchy); with `sequential`,
 * each part `precedes` the next; with `partsFirst`, each part `precedes` the whole. Call it once per
 * level: micro-credentials into a certificate, then the certificate into a degree.
 *
 * @param input - The parts, the whole, and whether their order is required.
 * @returns The associations, to pass to createClrCredential.
 * @throws {InvalidArgumentError} `ERR_LERKIT_INVALID_ARGUMENT` for no parts, a part that is the
 *   whole (a cycle), a repeated part, or an id that is not an absolute URI.
 * @example
 * ```ts
 * const associations = joinPathways(
 *   stackVertically({ parts: [m1, m2, m3], whole: certificate, sequential: true, partsFirst: true }),
 *   stackVertically({ parts: [certificate], whole: degree, partsFirst: true }),
 * );
 * ```
 */
export function stackVertically(input: VerticalStackInput): Association[] {
  const parts = refsOf(input?.parts, 'parts', 1);
  const whole = refOf(input.whole, 'whole');
  const out = parts.map((part) => edge('isChildOf', part, whole));
  if (input.sequential) {
    for (let i = 1; i < parts.length; i++)
      out.push(edge('precedes', parts[i - 1] as string, parts[i] as string));
  }
  if (input.partsFirst) for (const part of parts) out.push(edge('precedes', part, whole));
  return acyclic(out, 'parts');
}

/**
 * Horizontal stacking: credentials connected by subject, with no hierarchy. With a `collection`
 * achievement, each member `isPartOf` it; without one, every two members are `isPeerOf` each other
 * (n·(n−1)/2 associations).
 *
 * @param input - The members and, optionally, the collection they belong to.
 * @returns The associations, to pass to createClrCredential.
 * @throws {InvalidArgumentError} `ERR_LERKIT_INVALID_ARGUMENT` for fewer than two members without a
 *   collection, a repeated member, a member that is the collection, or an id that is not an
 *   absolute URI.
 * @example
 * ```ts
 * stackHorizontally({ members: [sql, python, tableau], collection: dataAnalytics });
 * ```
 */
export function stackHorizontally(input: HorizontalStackInput): Association[] {
  const collection =
    input?.collection === undefined ? undefined : refOf(input.collection, 'collection');
  const members = refsOf(input?.members, 'members', collection === undefined ? 2 : 1);
  if (collection !== undefined) {
    return acyclic(
      members.map((member) => edge('isPartOf', member, collection)),
      'members',
    );
  }
  const out: Association[] = [];
  for (let i = 0; i < members.length; i++) {
    for (let j = i + 1; j < members.length; j++) {
      out.push(edge('isPeerOf', members[i] as string, members[j] as string));
    }
  }
  return out;
}

/**
 * Value-added stacking: credentials that add expertise to a base credential without leading to a
 * next ordinal one. Each addition `isRelatedTo` the base; with `after`, the base `precedes` it.
 *
 * @param input - The base credential and the additions.
 * @returns The associations, to pass to createClrCredential.
 * @throws {InvalidArgumentError} `ERR_LERKIT_INVALID_ARGUMENT` for no additions, a repeated one, an
 *   addition that is the base, or an id that is not an absolute URI.
 * @example
 * ```ts
 * stackValueAdded({ base: bachelor, additions: [gisBadge], after: true });
 * ```
 */
export function stackValueAdded(input: ValueAddedStackInput): Association[] {
  const base = refOf(input?.base, 'base');
  const additions = refsOf(input.additions, 'additions', 1);
  const out = additions.map((addition) => edge('isRelatedTo', addition, base));
  if (input.after) for (const addition of additions) out.push(edge('precedes', base, addition));
  if (additions.includes(base)) {
    throw new InvalidArgumentError(`additions includes the base ${base}`, 'additions');
  }
  return out;
}

/**
 * Joins the associations of several stacks into one list for a CLR, without duplicates, and checks
 * that the ordered relations (`isChildOf`/`isParentOf`/`isPartOf`, `precedes`, `replacedBy`) have
 * no cycle — the condition verification reports as `ASSOCIATIONS_CYCLE`.
 *
 * @param stacks - Lists of associations (from the stack helpers or {@link createAssociation}).
 * @returns One list, in the order given, each association once.
 * @throws {InvalidArgumentError} `ERR_LERKIT_INVALID_ARGUMENT` when the associations form a cycle
 *   (the message lists it).
 * @example
 * ```ts
 * const associations = joinPathways(microsToCertificate, certificateToDegree);
 * ```
 */
export function joinPathways(...stacks: Association[][]): Association[] {
  const seen = new Set<string>();
  const out: Association[] = [];
  for (const stack of stacks) {
    for (const item of stack) {
      const key = `${item.associationType} ${item.sourceId} ${item.targetId}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(item);
    }
  }
  return acyclic(out, 'stacks');
}

/**
 * The cycles among associations, by family of ordered relation: containment (`isChildOf`,
 * `isPartOf` and the inverse `isParentOf`, read from part to whole), `precedes`, `replacedBy`.
 * Shared with verification (`ASSOCIATIONS_CYCLE`).
 */
export function associationCycles(
  associations: readonly { associationType?: unknown; sourceId?: unknown; targetId?: unknown }[],
): { family: string; cycle: Cycle }[] {
  const families = new Map<string, { from: string; to: string; index: number }[]>();
  associations.forEach((item, index) => {
    const { associationType: type, sourceId: source, targetId: target } = item;
    if (typeof source !== 'string' || typeof target !== 'string') return;
    const family = FAMILY[type as string];
    if (!family) return;
    const [from, to] = type === 'isParentOf' ? [target, source] : [source, target];
    const edges = families.get(family);
    if (edges) edges.push({ from, to, index });
    else families.set(family, [{ from, to, index }]);
  });
  return [...families].flatMap(([family, edges]) =>
    findCycles(edges).map((cycle) => ({ family, cycle })),
  );
}

const FAMILY: Record<string, string> = {
  isChildOf: 'isChildOf/isParentOf/isPartOf',
  isParentOf: 'isChildOf/isParentOf/isPartOf',
  isPartOf: 'isChildOf/isParentOf/isPartOf',
  precedes: 'precedes',
  replacedBy: 'replacedBy',
};

function acyclic(associations: Association[], field: string): Association[] {
  const [first] = associationCycles(associations);
  if (first) {
    throw new InvalidArgumentError(
      `the ${first.family} associations form a cycle: ${first.cycle.nodes.join(' → ')}`,
      field,
    );
  }
  return associations;
}

function edge(
  type: Association['associationType'],
  sourceId: string,
  targetId: string,
): Association {
  return { type: 'Association', associationType: type, sourceId, targetId };
}

function refOf(value: unknown, field: string): string {
  const id = idOf(value);
  return iri(id ?? value, field);
}

function refsOf(value: unknown, field: string, min: number): string[] {
  if (!Array.isArray(value)) {
    throw new InvalidArgumentError(`${field} must be an array of achievements or ids`, field);
  }
  const ids = list((item, at) => refOf(item, at), 0)(value, field);
  if (ids.length < min) {
    throw new InvalidArgumentError(
      `${field} needs at least ${min} achievement${min === 1 ? '' : 's'}`,
      field,
    );
  }
  const repeated = ids.find((id, i) => ids.indexOf(id) !== i);
  if (repeated !== undefined) {
    throw new InvalidArgumentError(`${field} lists ${repeated} twice`, field);
  }
  return ids;
}
