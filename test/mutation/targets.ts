// Where a rewrite may act in the current document: the properties of node objects, biased to the
// ones lerkit's checks read, and a deterministic chooser driven by the generated numbers.
import { isObject, type Json, type JsonObject, type Path, walk } from './json.js';

/** Draws choices from generated numbers, deterministically. */
export class Picker {
  private next = 0;
  /**
   * @param numbers - The generated numbers.
   * @param focus - Keys that hold what makes the document fail (its `validUntil` when expired):
   *   rewrites target them a third of the time.
   */
  constructor(
    private readonly numbers: readonly number[],
    readonly focus: ReadonlySet<string> = new Set(),
  ) {}

  /** An index below `n`. */
  index(n: number): number {
    const value = this.numbers[this.next % this.numbers.length] ?? 0;
    this.next++;
    return n <= 0 ? 0 : value % n;
  }

  /** One of the items. */
  one<T>(items: readonly T[]): T | undefined {
    return items.length === 0 ? undefined : items[this.index(items.length)];
  }

  /** True with probability about p. */
  chance(p: number): boolean {
    return this.index(1000) < p * 1000;
  }
}

/**
 * Keys whose values decide the verdict: dates, status, issuer, subject, nested credentials,
 * endorsements, evidence, the proof's date. Rewrites target them half of the time.
 */
export const VERDICT_KEYS: ReadonlySet<string> = new Set([
  'validUntil',
  'validFrom',
  'credentialStatus',
  'statusListIndex',
  'statusListCredential',
  'issuer',
  'credentialSubject',
  'verifiableCredential',
  'endorsement',
  'evidence',
  'created',
]);

/**
 * Other keys lerkit's checks read (a fifth of the draws). Proof fields other than `created` are
 * left to the general draw: lerkit's proof check reads them as JSON, so rewriting them mostly
 * fails the proof, which tells nothing about the checks.
 */
export const READ_KEYS: ReadonlySet<string> = new Set([
  'statusPurpose',
  'achievement',
  'association',
  'sourceId',
  'targetId',
  'proof',
  'id',
  'type',
]);

/**
 * One of the candidates: a focus key of the document a third of the time, a verdict key a third,
 * a read key a sixth, else any.
 */
export function pickBiased<T>(
  pick: Picker,
  candidates: readonly T[],
  keyOf: (candidate: T) => string,
): T | undefined {
  const draw = pick.index(6);
  const tier = draw < 2 ? pick.focus : draw < 4 ? VERDICT_KEYS : draw < 5 ? READ_KEYS : undefined;
  const preferred = tier ? candidates.filter((c) => tier.has(keyOf(c))) : [];
  return pick.one(preferred.length > 0 ? preferred : candidates);
}

/** Keys a credential (or a proof) may carry that the checks read, for `null` and `[]` values. */
export const OPTIONAL_KEYS: Readonly<Record<'credential' | 'proof', readonly string[]>> = {
  credential: [
    'validUntil',
    'validFrom',
    'credentialStatus',
    'evidence',
    'endorsement',
    'issuer',
    'credentialSubject',
    'proof',
    'awardedDate',
    'termsOfUse',
    'credentialSchema',
    'refreshService',
  ],
  proof: ['expires', 'challenge', 'domain', 'nonce', 'previousProof'],
};

/** A property of a node object: the node's path and the key. */
export interface Property {
  node: Path;
  key: string;
  value: Json;
}

/**
 * A node object: not a value object (`@value`), not a graph or set object, not inside a
 * `@context`. Keys of nodes written as other keywords (`@nest`, `@included`) are still nodes.
 */
export function isNode(value: Json): value is JsonObject {
  return (
    isObject(value) &&
    !Object.hasOwn(value, '@value') &&
    !Object.hasOwn(value, '@set') &&
    !Object.hasOwn(value, '@list')
  );
}

/** Every node object with its path. */
export function nodesOf(document: Json): { path: Path; node: JsonObject }[] {
  return walk(document)
    .filter(({ value }) => isNode(value))
    .map(({ path, value }) => ({ path, node: value as JsonObject }));
}

/** Every property of a node whose key is a plain term (no keyword, no IRI). */
export function propertiesOf(document: Json): Property[] {
  const out: Property[] = [];
  for (const { path, node } of nodesOf(document)) {
    for (const [key, value] of Object.entries(node)) {
      if (key.startsWith('@') || key.includes(':')) continue;
      out.push({ node: path, key, value });
    }
  }
  return out;
}

/** One of the properties, biased to the keys checks read. */
export const pickProperty = (pick: Picker, candidates: readonly Property[]) =>
  pickBiased(pick, candidates, (c) => c.key);

/**
 * The path of the credential that holds a node: the nearest ancestor (or the node) with its own
 * `@context`, where inline context definitions go.
 */
export function credentialRoot(document: Json, path: Path): Path {
  for (let i = path.length; i >= 0; i--) {
    const prefix = path.slice(0, i);
    let value: Json | undefined = document;
    for (const step of prefix) value = (value as Record<string | number, Json>)?.[step];
    if (isObject(value) && Object.hasOwn(value, '@context')) return prefix;
  }
  return [];
}
