// The seeded rewrite generator: JSON-LD-equivalent rewrites of a signed credential (1–3 per
// case, composed), sometimes with a value mutation that changes what was signed. Cases are data
// (kind + the numbers that drive its choices), so fast-check prints them and a seed replays them.
import fc from 'fast-check';
import { clone, type JsonObject } from './json.js';
import {
  aliasTerm,
  compactIriKey,
  type Done,
  graph,
  included,
  iriKey,
  keywordAlias,
  keywordKey,
  nest,
  nestAlias,
  type RewriteEnv,
  type RewriteFn,
  scopedAlias,
  typeIri,
  valueObject,
} from './rewrite-kinds.js';
import {
  arrayOrder,
  changeDate,
  changeId,
  changeIndex,
  changeString,
  duplicate,
  emptyArray,
  indexKey,
  keyOrder,
  localContext,
  nestedArray,
  nullValue,
  setObject,
  unwrap,
  whitespace,
  wrap,
} from './shape-kinds.js';
import { Picker } from './targets.js';

/** How a kind is judged. */
interface KindSpec {
  run: RewriteFn;
  /** What it does, for the report. */
  title: string;
  /**
   * The result is still in the shape lerkit reads (key order, whitespace, array order, one-item
   * arrays the schema allows, repeated items): checks must give the same results, and validate()
   * owes no jsonld finding. Every other rewrite must be refused by the jsonld check.
   */
  canonical?: boolean;
  /** Finding paths are unchanged by it (key order, whitespace). */
  keepsPaths?: boolean;
  /** It changes the signed data: the proof must fail. */
  mutation?: boolean;
  /** How often it is drawn, relative to 4 (kinds lerkit's proof check always refuses: less). */
  weight?: number;
}

/** Every kind, rewrites first, then value mutations. */
export const KINDS = {
  nest: { run: nest, title: 'property moved into {"@nest": {…}}' },
  'nest-alias': { run: nestAlias, title: 'property moved under an inline alias of @nest' },
  included: { run: included, title: 'node replaced by a reference, moved into @included' },
  graph: { run: graph, title: 'document wrapped in a top-level @graph', weight: 1 },
  'iri-key': { run: iriKey, title: 'key written as its absolute IRI, value explicit' },
  'compact-iri-key': {
    run: compactIriKey,
    title: 'key written as a compact IRI (context or inline prefix)',
  },
  'alias-term': { run: aliasTerm, title: 'inline context term aliasing the key' },
  'scoped-alias': { run: scopedAlias, title: 'alias defined in the node’s own @context' },
  'keyword-alias': { run: keywordAlias, title: 'inline "myid": "@id" / "mytype": "@type"' },
  'keyword-key': { run: keywordKey, title: '@id / @type instead of id / type' },
  'type-iri': { run: typeIri, title: 'type value written as the type term’s IRI', weight: 2 },
  'value-object': { run: valueObject, title: 'scalar as {"@value", "@type"} or {"@id"}' },
  wrap: { run: wrap, title: 'x → [x] (where the schema allows)', canonical: true },
  unwrap: { run: unwrap, title: '[x] → x (where the schema allows)', canonical: true },
  'nested-array': { run: nestedArray, title: 'x → [[x]]' },
  'set-object': { run: setObject, title: 'x → {"@set": [x]}' },
  duplicate: { run: duplicate, title: 'array item repeated (JSON-LD keeps one)' },
  'array-order': { run: arrayOrder, title: 'array items reordered', canonical: true },
  'key-order': { run: keyOrder, title: 'object keys reordered', canonical: true, keepsPaths: true },
  null: { run: nullValue, title: 'absent read key written as null' },
  'empty-array': { run: emptyArray, title: 'absent read key written as []' },
  index: { run: indexKey, title: '@index on a node' },
  'local-context': { run: localContext, title: 'node repeats the credential’s @context' },
  whitespace: {
    run: whitespace,
    title: 'JSON text with other whitespace',
    canonical: true,
    keepsPaths: true,
  },
  'change-date': { run: changeDate, title: 'VALUE: a date changed', mutation: true },
  'change-id': { run: changeId, title: 'VALUE: an id changed', mutation: true },
  'change-index': { run: changeIndex, title: 'VALUE: a status index changed', mutation: true },
  'change-string': { run: changeString, title: 'VALUE: a string changed', mutation: true },
} satisfies Record<string, KindSpec>;

/** A kind of rewrite or mutation. */
export type Kind = keyof typeof KINDS;
const ALL: readonly Kind[] = Object.keys(KINDS) as Kind[];
const spec = (kind: Kind): KindSpec => KINDS[kind];

/** The equivalence-preserving kinds. */
export const REWRITE_KINDS: readonly Kind[] = ALL.filter((k) => !spec(k).mutation);
/** The value mutations. */
export const MUTATION_KINDS: readonly Kind[] = ALL.filter((k) => spec(k).mutation === true);
/** The kinds a JCS proof survives: they leave the canonical JSON unchanged. */
export const JCS_KINDS: readonly Kind[] = ['key-order', 'whitespace'];

/** One generated step. */
export interface Step {
  kind: Kind;
  /** The numbers its choices are drawn from. */
  picks: number[];
}

/** A step as applied: where it acted. */
export interface Applied {
  kind: Kind;
  at: string;
}

/** A rewritten document. */
export interface Rewritten {
  document: JsonObject;
  /** JSON text to verify instead of the object, when a step asked for other whitespace. */
  text?: string;
  applied: Applied[];
}

/** Applies the steps in order; steps with nothing to act on are dropped. */
export function applySteps(
  original: JsonObject,
  steps: readonly Step[],
  env: RewriteEnv,
): Rewritten {
  let document = clone(original);
  const applied: Applied[] = [];
  let indent: string | undefined;
  for (const step of steps) {
    const pick = new Picker(step.picks, env.focus);
    let result: Done | undefined;
    try {
      result = spec(step.kind).run(document, pick, env);
    } catch (error) {
      throw new Error(`rewrite ${step.kind} failed: ${(error as Error).message}`, { cause: error });
    }
    if (!result) continue;
    document = result.document;
    applied.push({ kind: step.kind, at: result.at });
    if (step.kind === 'whitespace') indent = pick.one(['\t', '  ', '    ', '\r\n']);
  }
  const out: Rewritten = { document, applied };
  if (indent !== undefined) {
    out.text =
      indent === '\r\n'
        ? JSON.stringify(document, null, ' ').replace(/\n/g, '\r\n')
        : JSON.stringify(document, null, indent);
  }
  return out;
}

/** Whether every applied step keeps the shape lerkit reads. */
export const isCanonical = (applied: readonly Applied[]) =>
  applied.every((a) => spec(a.kind).canonical === true);
/** Whether every applied step keeps finding paths. */
export const keepsPaths = (applied: readonly Applied[]) =>
  applied.every((a) => spec(a.kind).keepsPaths === true);
/** Whether every applied step only reorders keys or changes whitespace (JSON-LD ignores both). */
export const onlyLayout = (applied: readonly Applied[]) =>
  applied.every((a) => JCS_KINDS.includes(a.kind));
/** Whether a step changed the signed data. */
export const isMutated = (applied: readonly Applied[]) =>
  applied.some((a) => spec(a.kind).mutation === true);

const picks = fc.array(fc.noBias(fc.nat()), { minLength: 12, maxLength: 12 });
const stepOf = (kinds: readonly Kind[]) =>
  fc.record({
    kind: fc.oneof(
      ...kinds.map((k) => ({ weight: spec(k).weight ?? 4, arbitrary: fc.constant(k) })),
    ),
    picks,
  });

/** How cases are drawn for a suite. */
export type Profile = 'rdfc' | 'jcs' | 'jwt';

/**
 * 1–3 rewrites, and with probability 1/10 a value mutation at a random place among them. For JCS
 * proofs, most cases use only the kinds the proof survives (key order, whitespace), so that enough
 * cases keep the proof valid; the rest are the general mix (whose proofs must fail).
 */
export function casesFor(profile: Profile): fc.Arbitrary<Step[]> {
  const general = fc
    .tuple(
      fc.array(stepOf(REWRITE_KINDS), { minLength: 1, maxLength: 3 }),
      fc.oneof(
        { weight: 9, arbitrary: fc.constant(null) },
        { weight: 1, arbitrary: stepOf(MUTATION_KINDS) },
      ),
      fc.nat(3),
    )
    .map(([steps, mutation, where]) => {
      if (!mutation) return steps;
      const at = where % (steps.length + 1);
      return [...steps.slice(0, at), mutation, ...steps.slice(at)];
    });
  if (profile !== 'jcs') return general;
  const jcs = fc.array(stepOf(JCS_KINDS), { minLength: 1, maxLength: 2 });
  return fc.oneof({ weight: 4, arbitrary: jcs }, { weight: 1, arbitrary: general });
}
