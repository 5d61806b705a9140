// Remote contexts for the compiler: loads them through the caller's DocumentLoader (async, once
// per loader and URL) and resolves context references synchronously afterwards, flattening remote
// contexts that refer to other contexts exactly as jsonld.js lib/ContextResolver.js does.
import type { DocumentLoader } from '../context/types.js';
import { asArray, isObject, type JsonObject } from '../internal/json.js';
import { JsonLdProcessingError, UnsupportedFeatureError } from './errors.js';
import { isAbsoluteIri } from './iri.js';

/** A resolved local context: a context definition object, or `null` (reset to the initial context). */
export type ResolvedEntry = JsonObject | null;

/** Thrown by a synchronous resolution that needs a context not loaded yet; the driver loads it. */
export class MissingContextError extends Error {
  /** The context URL to load. */
  readonly url: string;
  /** @param url - The context URL to load. */
  constructor(url: string) {
    super(`Context ${url} is not loaded yet`);
    // Set here, not from the class name: the published build is minified.
    this.name = 'MissingContextError';
    this.url = url;
  }
}

/** Where compiled contexts get their remote contexts from (one per document loader). */
export interface ContextSource {
  /** Unique number, part of cache keys of source-dependent compilations. */
  readonly id: number;
  /** Resolves a local context (URL, object, null or an array of them) to definition objects. */
  resolve(local: unknown, cycles?: Set<string>): readonly ResolvedEntry[];
  /** Loads a context URL and, eagerly, the contexts it refers to. */
  load(url: string): Promise<void>;
}

// jsonld.js ContextResolver MAX_CONTEXT_URLS.
const MAX_CONTEXT_URLS = 10;
// A loader that served this many distinct context URLs has its cache dropped (hostile input).
const MAX_CACHED_URLS = 1000;

let nextSourceId = 1;
const sources = new WeakMap<DocumentLoader, ContextSource>();

/** The context source of a document loader (created on first use, then reused). */
export function getContextSource(loader: DocumentLoader): ContextSource {
  let source = sources.get(loader);
  if (source === undefined) {
    source = new LoaderContextSource(loader);
    sources.set(loader, source);
  }
  return source;
}

class LoaderContextSource implements ContextSource {
  readonly id = nextSourceId++;
  private documents = new Map<string, unknown>();
  private resolved = new Map<string, readonly ResolvedEntry[]>();
  private readonly loader: DocumentLoader;

  constructor(loader: DocumentLoader) {
    this.loader = loader;
  }

  resolve(local: unknown, cycles: Set<string> = new Set()): readonly ResolvedEntry[] {
    let value = local;
    if (isObject(value) && value['@context']) value = value['@context'];
    const out: ResolvedEntry[] = [];
    for (const item of asArray(value)) {
      if (typeof item === 'string') out.push(...this.resolveUrl(item, cycles));
      else if (item === null) out.push(null);
      else if (isObject(item)) out.push(item);
      else throw new JsonLdProcessingError('invalid local context', '@context must be an object');
    }
    return out;
  }

  async load(url: string): Promise<void> {
    if (this.documents.has(url)) return;
    if (this.documents.size >= MAX_CACHED_URLS) {
      this.documents = new Map();
      this.resolved = new Map();
    }
    let document: unknown;
    try {
      const remote = await this.loader(url);
      if (remote.contextUrl) throw new UnsupportedFeatureError('context Link header');
      document = remote.document ?? null;
      if (typeof document === 'string') document = JSON.parse(document);
    } catch (cause) {
      if (cause instanceof UnsupportedFeatureError) throw cause;
      throw new JsonLdProcessingError(
        'loading remote context failed',
        `The context ${url} could not be loaded`,
        { cause },
      );
    }
    this.documents.set(url, document);
    // Load what it refers to now, rather than one retry of the caller per URL.
    for (const next of referencedContextUrls(
      isObject(document) ? document['@context'] : undefined,
    )) {
      if (!this.documents.has(next)) await this.load(next).catch(() => undefined);
    }
  }

  private resolveUrl(url: string, cycles: Set<string>): readonly ResolvedEntry[] {
    if (!isAbsoluteIri(url)) throw new UnsupportedFeatureError('relative context URL');
    const cached = this.resolved.get(url);
    if (cached !== undefined) return cached;
    if (cycles.size > MAX_CONTEXT_URLS || cycles.has(url)) {
      throw new JsonLdProcessingError(
        'context overflow',
        `Too many or cyclical @context URLs (${url})`,
      );
    }
    if (!this.documents.has(url)) throw new MissingContextError(url);
    cycles.add(url);
    const document = this.documents.get(url);
    if (!isObject(document)) {
      throw new JsonLdProcessingError('invalid remote context', `${url} is not a JSON object`);
    }
    // jsonld.js wraps the remote @context as {'@context': value} before resolving it.
    const wrapped = { '@context': '@context' in document ? document['@context'] : {} };
    const entries = this.resolve(wrapped, cycles);
    this.resolved.set(url, entries);
    return entries;
  }
}

/** Context URLs a context value refers to: directly, in scoped contexts, and by `@import`. */
export function referencedContextUrls(
  value: unknown,
  out = new Set<string>(),
  depth = 0,
): Set<string> {
  if (depth > 32) return out;
  if (typeof value === 'string') {
    out.add(value);
  } else if (Array.isArray(value)) {
    for (const item of value) referencedContextUrls(item, out, depth + 1);
  } else if (isObject(value)) {
    if (typeof value['@import'] === 'string') out.add(value['@import']);
    for (const [key, definition] of Object.entries(value)) {
      if (key === '@context') referencedContextUrls(definition, out, depth + 1);
      else if (isObject(definition) && '@context' in definition) {
        referencedContextUrls(definition['@context'], out, depth + 1);
      }
    }
  }
  return out;
}
