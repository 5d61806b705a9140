import {
  DocumentLoadError,
  DocumentNotFoundError,
  InvalidArgumentError,
  isLerkitError,
} from '../errors/index.js';
import { concatBytes, fromUtf8 } from '../internal/encoding.js';
import { deepFreeze, nestsDeeperThan } from '../internal/json.js';
import { parseJsonText } from '../internal/json-syntax.js';
import { bundledContextDocument, getBundledContext, getBundledSchema } from './bundled.js';
import type {
  DocumentLoader,
  DocumentLoaderOptions,
  FetchLike,
  FetchResponseLike,
  RemoteDocument,
} from './types.js';

const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;
/** Deeper than any real resource document (the deepest JSON-LD context nests ~10 levels). */
const MAX_RESOURCE_DEPTH = 64;

/**
 * Creates a JSON-LD document loader that works offline.
 *
 * It answers, in order: the contexts bundled with lerkit (by URL or documented alias, from memory,
 * with the JSON Schemas of the extensions lerkit publishes);
 * the `resources` you pass; your fallback `documentLoader`; and, only if you pass `fetch`, the
 * network. Any other URL is rejected with a {@link DocumentNotFoundError} naming it. The result is
 * itself a `DocumentLoader`, so loaders compose: pass one as another's `documentLoader`.
 *
 * @param options - Extra `resources`, a fallback `documentLoader`, an optional `fetch`.
 * @returns A loader usable by lerkit and by jsonld.js and the \@digitalbazaar libraries.
 * @throws {InvalidArgumentError} `ERR_LERKIT_INVALID_ARGUMENT` at creation if a resource is JSON
 *   text that does not parse, or an option has the wrong type. The returned loader rejects with it
 *   when called with a non-string or empty URL.
 * @throws {DocumentNotFoundError} `ERR_LERKIT_DOCUMENT_NOT_FOUND` (rejection of the returned
 *   loader) when nothing supplies the URL.
 * @throws {DocumentLoadError} `ERR_LERKIT_DOCUMENT_LOAD_FAILED` (rejection) when a fetch fails,
 *   times out, is too large or is not JSON.
 * @example
 * ```ts
 * const loader = createDocumentLoader({
 *   resources: { 'https://example.edu/issuers/565049': issuerProfile },
 * });
 * const { document } = await loader('https://www.w3.org/ns/credentials/v2'); // bundled, offline
 * ```
 */
export function createDocumentLoader(options: DocumentLoaderOptions = {}): DocumentLoader {
  if (typeof options !== 'object' || options === null) {
    throw new InvalidArgumentError('options must be an object', 'options');
  }
  const { documentLoader, fetch } = options;
  if (documentLoader !== undefined && typeof documentLoader !== 'function') {
    throw new InvalidArgumentError('documentLoader must be a function', 'documentLoader');
  }
  if (fetch !== undefined && typeof fetch !== 'function') {
    throw new InvalidArgumentError('fetch must be a function', 'fetch');
  }
  const resources = prepareResources(options.resources);
  const timeoutMs = options.fetchTimeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.fetchMaxBytes ?? DEFAULT_MAX_BYTES;

  return async function lerkitDocumentLoader(url: string): Promise<RemoteDocument> {
    if (typeof url !== 'string' || url.length === 0) {
      throw new InvalidArgumentError(
        `A document URL must be a non-empty string, got ${describe(url)}`,
        'url',
      );
    }
    const bundled = getBundledContext(url) ?? getBundledSchema(url);
    if (bundled) {
      return { contextUrl: null, documentUrl: url, document: bundledContextDocument(bundled) };
    }
    if (resources.has(url)) {
      return { contextUrl: null, documentUrl: url, document: resources.get(url) };
    }
    const fetchable = fetch !== undefined && /^https?:\/\//i.test(url);
    if (documentLoader) {
      if (!fetchable) return documentLoader(url);
      try {
        return await documentLoader(url);
      } catch (error) {
        // The fallback loader does not have it: the network may.
        if (!isLerkitError(error, 'ERR_LERKIT_DOCUMENT_NOT_FOUND')) throw error;
      }
    }
    if (fetchable) return fetchDocument(fetch, url, timeoutMs, maxBytes);
    throw new DocumentNotFoundError(url);
  };
}

function prepareResources(resources: DocumentLoaderOptions['resources']): Map<string, unknown> {
  const map = new Map<string, unknown>();
  if (resources === undefined) return map;
  if (typeof resources !== 'object' || resources === null || Array.isArray(resources)) {
    throw new InvalidArgumentError(
      'resources must be an object mapping URLs to documents',
      'resources',
    );
  }
  for (const [url, value] of Object.entries(resources)) {
    let document: unknown = value;
    if (typeof value === 'string' || value instanceof Uint8Array) {
      document = resourceJson(url, value);
      // Not JSON (an HTML page served at an issuer's id, a compact JWT): kept as it is, for the
      // check that reads it to report what it expected instead.
      if (typeof document === 'string' || document instanceof Uint8Array) {
        map.set(url, document);
        continue;
      }
    }
    // Before copying: structuredClone (and JSON-LD processing later) recurse, and a document
    // nested deeper than the stack would throw a RangeError from inside them.
    if (nestsDeeperThan(document, MAX_RESOURCE_DEPTH)) {
      throw new InvalidArgumentError(
        `resources["${url}"] nests objects or arrays more than ${MAX_RESOURCE_DEPTH} levels deep; no DID document, context or status list needs that`,
        `resources.${url}`,
      );
    }
    // Copy so later changes to the caller's object cannot alter what was verified.
    if (document === value) document = structuredClone(value);
    map.set(url, deepFreeze(document));
  }
  return map;
}

// JSON text or UTF-8 bytes of it, parsed; other text (HTML, a JWT) as a string, other bytes as
// bytes (a copy). Text that starts like JSON but is not is the caller's mistake: its error gives
// a position, never JSON.parse's message (or a cause carrying it), which quotes the text.
function resourceJson(url: string, value: string | Uint8Array): unknown {
  let text: string;
  try {
    text = typeof value === 'string' ? value : fromUtf8(value);
  } catch {
    return new Uint8Array(value as Uint8Array);
  }
  const parsed = parseJsonText(text);
  if (parsed.ok) return parsed.value;
  if (!/^\s*[[{]/.test(text)) return text;
  throw new InvalidArgumentError(`resources["${url}"] is ${parsed.message}`, `resources.${url}`);
}

async function fetchDocument(
  fetch: FetchLike,
  url: string,
  timeoutMs: number,
  maxBytes: number,
): Promise<RemoteDocument> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    let response: FetchResponseLike;
    try {
      response = await fetch(url, {
        headers: { accept: 'application/ld+json, application/json;q=0.9, */*;q=0.1' },
        signal: controller.signal,
        redirect: 'follow',
      });
    } catch (cause) {
      if (isLerkitError(cause)) throw cause;
      const reason = controller.signal.aborted ? `timed out after ${timeoutMs} ms` : 'failed';
      throw new DocumentLoadError(url, `Fetching "${url}" ${reason}`, { cause });
    }
    if (!response.ok) {
      if (response.status === 404 || response.status === 410) {
        throw new DocumentNotFoundError(url, `Fetching "${url}" returned HTTP ${response.status}`);
      }
      throw new DocumentLoadError(url, `Fetching "${url}" returned HTTP ${response.status}`);
    }
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > maxBytes) {
      throw new DocumentLoadError(url, `"${url}" is larger than the ${maxBytes}-byte limit`);
    }
    const text = await readLimited(response, url, maxBytes);
    // No `cause`: JSON.parse's message quotes the start of the remote body.
    const parsed = parseJsonText(text);
    if (!parsed.ok)
      throw new DocumentLoadError(url, `"${url}" did not return JSON: ${parsed.message}`);
    const document = parsed.value;
    if (nestsDeeperThan(document, MAX_RESOURCE_DEPTH)) {
      throw new DocumentLoadError(
        url,
        `"${url}" nests objects or arrays more than ${MAX_RESOURCE_DEPTH} levels deep`,
      );
    }
    return { contextUrl: null, documentUrl: response.url || url, document };
  } finally {
    clearTimeout(timer);
  }
}

async function readLimited(response: FetchResponseLike, url: string, maxBytes: number) {
  const tooLarge = () =>
    new DocumentLoadError(url, `"${url}" is larger than the ${maxBytes}-byte limit`);
  if (!response.body) {
    const text = await response.text();
    if (text.length > maxBytes) throw tooLarge();
    return text;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  try {
    return fromUtf8(concatBytes(...chunks));
  } catch (cause) {
    throw new DocumentLoadError(url, `"${url}" is not UTF-8`, { cause });
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return 'an empty string';
  return typeof value;
}
