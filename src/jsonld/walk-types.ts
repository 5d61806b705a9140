// What the walker reports for each node object, key and value of a JSON-LD document.
import type { ActiveContext, ContextEvent, TermDefinition } from './types.js';

/**
 * How a key of a node object resolves in the node's active context (JSON-LD 1.1 API §5.2 with
 * `vocab: true`, the way expansion reads keys).
 */
export type KeyResolution =
  /** A term defined by the context, mapping to an absolute IRI (or blank node, see `iri`). */
  | { readonly kind: 'term'; readonly iri: string; readonly definition: TermDefinition }
  /** A keyword written as such (`@id`) or through an alias term (`id`). */
  | {
      readonly kind: 'keyword';
      readonly keyword: string;
      readonly alias: boolean;
      readonly definition?: TermDefinition;
    }
  /** `prefix:suffix` with `prefix` a term usable as a prefix. */
  | { readonly kind: 'compact-iri'; readonly iri: string; readonly prefix: string }
  /** An absolute IRI written as the key (`https://schema.org/name`, `did:...`, `x:y`). */
  | { readonly kind: 'absolute-iri'; readonly iri: string }
  /** A blank node identifier (`_:b0`) used as a key (never a valid RDF predicate). */
  | { readonly kind: 'blank-node'; readonly iri: string }
  /** Not a term, resolved by the context's `@vocab`. */
  | { readonly kind: 'vocab'; readonly iri: string }
  /**
   * Does not expand to an absolute IRI or keyword: JSON-LD drops it (`invalid property`).
   * `reason`: `undefined-term` (no definition, no `@vocab`), `null-term` (mapped to null),
   * `reserved` (`@`-form non-keyword), `relative` (expands to a relative IRI).
   */
  | {
      readonly kind: 'undefined';
      readonly reason: 'undefined-term' | 'null-term' | 'reserved' | 'relative';
      readonly iri: string | null;
    };

/** A node object (a JSON object that is not a value, list or set object). */
export interface NodeVisit {
  /** JSON Pointer (RFC 6901) of the object. */
  readonly pointer: string;
  /** The object itself. */
  readonly node: Readonly<Record<string, unknown>>;
  /** Active context for the object's keys and values (after @context, scoped contexts, reverts). */
  readonly context: ActiveContext;
  /** Active context `@type` values are expanded with (before type-scoped contexts apply). */
  readonly typeContext: ActiveContext;
  /** The keys in the order JSON-LD expansion visits them (sorted by code unit). */
  readonly keys: readonly string[];
  /** The expanded `@id` (may be relative or `null`), or `undefined` without an `@id` key. */
  readonly id: string | null | undefined;
  /** The value slot the object sits in; `undefined` for top-level objects. */
  readonly parent: ValueVisit | undefined;
  /** Whether the object is top-level (no active property): JSON-LD drops some shapes there. */
  readonly topLevel: boolean;
}

/** A key of a node object. */
export interface KeyVisit {
  /** JSON Pointer of the member. */
  readonly pointer: string;
  /** The key as written. */
  readonly key: string;
  /** The member's value as written. */
  readonly value: unknown;
  /** The node object the key belongs to. */
  readonly node: NodeVisit;
  /** How the key resolves. */
  readonly resolution: KeyResolution;
  /** The key's term definition in the node's context, if the key is a term (also for aliases). */
  readonly definition: TermDefinition | undefined;
  /** Context the key's values are interpreted in (after the term's property-scoped context). */
  readonly valueContext: ActiveContext;
}

/** What a value is, as the expansion algorithm reads it. */
export type ValueKind =
  /** A node object (see `child`). */
  | 'node'
  /** A string coerced to an IRI (`@type: @id` or `@vocab`); see `iri`, `coercion`. */
  | 'iri'
  /** A string, number or boolean that becomes a literal; see `datatype`, `language`. */
  | 'literal'
  /** A JSON literal (`@type: @json` term): the whole member value, unexpanded. */
  | 'json'
  /** A value object (`{"@value": ...}`). */
  | 'value-object'
  /** A `@list` or `@set` object written in the document. */
  | 'list-object'
  | 'set-object'
  /** `null`: dropped by JSON-LD. */
  | 'null'
  /** An array directly inside an array. */
  | 'nested-array'
  /** The value of an `@id` key; see `iri`. */
  | 'id'
  /** One value of a `@type` key; see `iri`. */
  | 'type'
  /** The value of a `@context` key (see `inlineContext`). */
  | 'context'
  /** The value of any other keyword (`@graph`, `@nest`, `@included`, `@reverse`, ...). */
  | 'keyword-value'
  /** A language, index, id or type map of a map container (not descended into). */
  | 'map'
  /** A value of a `@reverse` term (not descended into). */
  | 'reverse';

/** One value of a key (each array item separately; arrays themselves are not values). */
export interface ValueVisit {
  /** JSON Pointer of the value. */
  readonly pointer: string;
  /** The value as written. */
  readonly value: unknown;
  /** What it is. */
  readonly kind: ValueKind;
  /** The key holding it. */
  readonly key: KeyVisit;
  /** Index in the member's array, or `undefined` for a single value. */
  readonly index: number | undefined;
  /** Whether the member's term has a `@list` container (the value is a list item). */
  readonly inList: boolean;
  /** Expanded IRI for `iri`, `id` and `type` values (`null` for keyword-like strings). */
  readonly iri?: string | null;
  /** For `iri`: the coercion that made it one. */
  readonly coercion?: '@id' | '@vocab';
  /** For `literal`: the coerced datatype IRI, if any. */
  readonly datatype?: string;
  /** For `literal`: the language (from the term or the context default), if any. */
  readonly language?: string;
  /** For `literal`: the base direction (term or context default), if any. */
  readonly direction?: string;
  /** For `context`: whether it contains a context object (an inline definition), not only URLs. */
  readonly inlineContext?: boolean;
  /** For `node`: the node object (visited right after this value). */
  readonly child?: NodeVisit;
  /** For `value-object`: its entries. */
  readonly valueObject?: ValueObjectEntries;
}

/** The entries of a value object, by the keyword their key expands to. */
export interface ValueObjectEntries {
  /** `@value` (absent when the object has none, e.g. a list object). */
  readonly value?: unknown;
  /** `@type`, expanded (a string) when it is a string, else as written. */
  readonly type?: unknown;
  /** `@language` as written. */
  readonly language?: unknown;
  /** Keys expanding to anything else (`@index`, `@direction`, terms, ...). */
  readonly other: readonly string[];
}

/**
 * Callbacks of {@link walkDocument}. Calls come in expansion order: `node`, then per key (sorted)
 * `key`, its `value`s (a `node` value is followed by that node's own calls), `endKey`; `endNode`.
 */
export interface JsonLdVisitor {
  /** A node object, before its keys. */
  node?(visit: NodeVisit): void;
  /** A key of the current node object, before its values. */
  key?(visit: KeyVisit): void;
  /** A value of the current key. */
  value?(visit: ValueVisit): void;
  /** After the values of a key. */
  endKey?(visit: KeyVisit): void;
  /** After the keys of a node object. */
  endNode?(visit: NodeVisit): void;
  /** Context processing events (jsonld.js replays them each time the context is applied). */
  contextEvents?(events: readonly ContextEvent[], pointer: string): void;
}
