/** A JSON-LD context shipped inside lerkit. */
export interface BundledContext {
  /** The URL the context is published at. */
  readonly url: string;
  /** Other URLs documented to serve the same file. */
  readonly aliases: readonly string[];
  /** What the context is, in a few words. */
  readonly title: string;
  /** Lower-case hex SHA-256 of `text`, the published bytes. */
  readonly sha256: string;
  /** The published file, byte for byte. */
  readonly text: string;
}

/**
 * A JSON document shipped inside lerkit that is not a context: the JSON Schema of an extension
 * lerkit publishes. Same fields as a {@link BundledContext}.
 */
export type BundledDocument = BundledContext;

/** What a document loader resolves to, as JSON-LD processors (jsonld.js) expect. */
export interface RemoteDocument {
  /** URL of a context linked by an HTTP `Link` header, if any (always `null` for bundled data). */
  contextUrl: string | null;
  /** The final URL of the document (after redirects, for fetched documents). */
  documentUrl: string;
  /** The parsed JSON document. Bundled and resource documents are frozen: copy before changing. */
  document: unknown;
}

/**
 * Resolves a URL to a JSON(-LD) document. Loaders compose: every lerkit loader accepts another one
 * to fall back on.
 */
export type DocumentLoader = (url: string) => Promise<RemoteDocument>;

/** The subset of the WHATWG `Response` lerkit reads. */
export interface FetchResponseLike {
  /** `true` for 2xx statuses. */
  readonly ok: boolean;
  /** HTTP status code. */
  readonly status: number;
  /** Final URL after redirects (may be empty). */
  readonly url: string;
  /** Response headers. */
  readonly headers: {
    /** The value of a header, or `null`. */
    get(name: string): string | null;
  };
  /** The body as a stream, when the implementation exposes one. */
  readonly body?: ReadableStream<Uint8Array> | null;
  /** The whole body as text. */
  text(): Promise<string>;
}

/** The subset of the WHATWG `fetch` lerkit calls. Pass `globalThis.fetch` to allow network access. */
export type FetchLike = (
  url: string,
  init: { headers: Record<string, string>; signal: AbortSignal; redirect: 'follow' },
) => Promise<FetchResponseLike>;

/** Options of {@link createDocumentLoader}. */
export interface DocumentLoaderOptions {
  /**
   * Extra documents by URL (DID documents, controller documents, status lists, schemas, contexts),
   * each a parsed JSON value or JSON text. Bundled contexts take precedence over these, so a
   * resource cannot replace a pinned context.
   */
  resources?: Readonly<Record<string, unknown>>;
  /** Loader asked for any URL that is neither bundled nor in `resources`. */
  documentLoader?: DocumentLoader;
  /**
   * `fetch` to call, last, for `http:`/`https:` URLs nothing else supplies. Without it (the default)
   * lerkit never touches the network.
   */
  fetch?: FetchLike;
  /** Abort a fetch after this many milliseconds. Default 10 000. */
  fetchTimeoutMs?: number;
  /** Refuse fetched documents larger than this many bytes. Default 2 MiB. */
  fetchMaxBytes?: number;
}
