// Shapes of the compiled JSON-LD contexts and of the walker's visits. The field semantics follow
// JSON-LD 1.1 Processing Algorithms §4.1 (context processing) and §4.2 (term definitions), and the
// behaviour of jsonld.js (lib/context.js), the oracle this module must agree with byte for byte.

/** A term definition of a compiled active context (JSON-LD 1.1 API §4.2, "Create Term Definition"). */
export interface TermDefinition {
  /** The term as written in the context. */
  readonly term: string;
  /** Expanded IRI, blank node identifier or keyword the term maps to; `null` if mapped to null. */
  readonly id: string | null;
  /** `true` for `@reverse` terms (never used by quads: they fall back). */
  readonly reverse: boolean;
  /** Type coercion: `@id`, `@vocab`, `@json`, `@none` or an absolute datatype IRI. */
  readonly type?: string;
  /** Container mapping (`@list`, `@set`, `@graph`, `@language`, `@index`, `@id`, `@type`). */
  readonly container?: readonly string[];
  /** Whether the definition has its own `@language` entry (it may be `null`). */
  readonly hasLanguage: boolean;
  /** Default language of the term (lower-cased), when `hasLanguage`. */
  readonly language?: string | null;
  /** Whether the definition has its own `@direction` entry. */
  readonly hasDirection: boolean;
  /** Base direction of the term, when `hasDirection`. */
  readonly direction?: string | null;
  /** `@index` property of an index container. */
  readonly index?: string;
  /** `@nest` value. */
  readonly nest?: string;
  /** Whether the term may be used as a compact IRI prefix (`undefined` when jsonld.js leaves it unset). */
  readonly prefix: boolean | undefined;
  /** Protected terms cannot be redefined differently outside property-scoped contexts. */
  readonly protected: boolean;
  /** Whether the term contains a colon after its first character (affects compact IRIs). */
  readonly termHasColon: boolean;
  /** Whether the definition carries a scoped context (`@context`). */
  readonly hasContext: boolean;
  /** The scoped context (property-scoped, or type-scoped when the term is used as a type). */
  readonly context?: unknown;
}

/** An event jsonld.js would emit while processing a context (replayed whenever it is applied). */
export interface ContextEvent {
  /** jsonld.js event code, e.g. `reserved term`, `relative @vocab reference`. */
  readonly code: string;
  /** Event details as jsonld.js reports them. */
  readonly details: Readonly<Record<string, unknown>>;
}

/**
 * An immutable compiled active context. Obtain one with `compileContext` and move between them with
 * `applyContext`; both are memoised, so the same shape of document costs no context work twice.
 */
export interface ActiveContext {
  /** Unique number of this context (process-wide), a cache key for transitions. */
  readonly serial: number;
  /** Term definitions by term. */
  readonly terms: ReadonlyMap<string, TermDefinition>;
  /** `@vocab` mapping, if any. */
  readonly vocab?: string;
  /** Whether the context sets `@base` (then `base` is its value, possibly `null`). */
  readonly hasBase: boolean;
  /** `@base` value when `hasBase`. */
  readonly base?: string | null;
  /** Default language (lower-cased), if any. */
  readonly language?: string;
  /** Default base direction, if any. */
  readonly direction?: string;
  /** Terms ever marked protected in this context (jsonld.js never unmarks an overridden one). */
  readonly protectedTerms: ReadonlySet<string>;
  /**
   * The context before a non-propagating (type-scoped) context was applied; node objects below the
   * node that applied it revert to this one (JSON-LD 1.1 API §4.1.2 step 5 and §5.1.2 step 7).
   */
  readonly previous?: ActiveContext;
  /**
   * Why quads cannot be produced under this context (a feature the fast path does not implement,
   * e.g. `@base`, `@import`, `@direction`); `undefined` when fully supported.
   */
  readonly unsupported?: string;
  /** Events the processing of the last local context produced (replayed on every application). */
  readonly events: readonly ContextEvent[];
}

/** Resolves a context URL to its (already loaded) document, synchronously. */
export type ContextSource = (url: string) => unknown;
