// RDFC-1.0 canonical N-Quads of a JSON-LD document: the fast path (walker -> quads ->
// rdf-canonize) when the document is within the supported features, jsonld.js otherwise. The
// result is identical to jsonld.canonize(document, {algorithm: 'RDFC-1.0', format:
// 'application/n-quads', safe: true, documentLoader}) either way.
import rdfCanonize from 'rdf-canonize';
import type { DocumentLoader } from '../context/types.js';
import { runWithContexts } from './compile.js';
import { getContextSource } from './context-source.js';
import { JsonLdProcessingError, UnsupportedFeatureError } from './errors.js';
import type { RdfQuad } from './rdf-terms.js';
import { toQuads } from './to-quads.js';

/** Options of {@link canonize}. */
export interface CanonizeOptions {
  /** Resolves context URLs. Reuse one loader: compiled contexts are cached per loader. */
  readonly documentLoader: DocumentLoader;
  /** Run jsonld.js when the fast path declines (default `true`); `false` reports the decline. */
  readonly fallback?: boolean;
  /**
   * Document base: `''` (default, as jsonld.canonize) or `null` (as the Data Integrity suites and
   * jsonld-signatures pass it). Only changes how an empty IRI-coerced string is treated.
   */
  readonly base?: '' | null;
  /**
   * Extra jsonld.js options for the fallback, as the calling suite passes them (e.g. `{ base:
   * null, rdfDirection: 'i18n-datatype' }` for eddsa-rdfc-2022). They cannot change the output of
   * documents the fast path accepts (no relative IRIs, no `@direction`).
   */
  readonly jsonldOptions?: Readonly<Record<string, unknown>>;
}

/** Which implementation produced a result. */
export type CanonizePath = 'fast' | 'fallback' | 'declined';

/** Outcome of {@link canonize}; never thrown. */
export type CanonizeResult =
  | {
      readonly ok: true;
      /** Canonical N-Quads. */
      readonly nquads: string;
      readonly path: 'fast' | 'fallback';
      /** Why the fast path declined (with `path: 'fallback'`). */
      readonly reason?: string;
    }
  | {
      readonly ok: false;
      readonly path: CanonizePath;
      /**
       * jsonld.js condition: a safe-mode event code (`invalid property`, `relative @id
       * reference`, ...), an error code (`protected term redefinition`, `loading remote context
       * failed`, ...), or `fast path declined` when `fallback: false`.
       */
      readonly code: string;
      readonly message: string;
      /** JSON Pointer of the offending place (fast path only). */
      readonly pointer?: string;
      readonly cause?: unknown;
    };

/** Counters of which path ran, for tests, benchmarks and debugging. */
export interface CanonizeStats {
  fast: number;
  fallback: number;
  failed: number;
  /** Decline reasons and how often each occurred. */
  readonly reasons: Map<string, number>;
}

const stats: CanonizeStats = { fast: 0, fallback: 0, failed: 0, reasons: new Map() };

/** The process-wide counters of {@link canonize} (live object). */
export function getCanonizeStats(): Readonly<CanonizeStats> {
  return stats;
}

/** Resets the counters of {@link canonize}. */
export function resetCanonizeStats(): void {
  stats.fast = 0;
  stats.fallback = 0;
  stats.failed = 0;
  stats.reasons.clear();
}

/**
 * The dataset of a document on the fast path: quads, a safe-mode failure, or a decline.
 * Loads remote contexts as needed.
 */
export async function documentToQuads(
  document: unknown,
  documentLoader: DocumentLoader,
  base: '' | null = '',
): Promise<
  { quads: RdfQuad[] } | { declined: UnsupportedFeatureError } | { error: JsonLdProcessingError }
> {
  const source = getContextSource(documentLoader);
  try {
    return { quads: await runWithContexts(source, () => toQuads(document, { source, base })) };
  } catch (error) {
    if (error instanceof UnsupportedFeatureError) return { declined: error };
    if (error instanceof JsonLdProcessingError) return { error };
    throw error;
  }
}

/**
 * Canonicalizes a JSON-LD document with RDFC-1.0 to canonical N-Quads, byte-identical to
 * `jsonld.canonize(document, { algorithm: 'RDFC-1.0', format: 'application/n-quads', safe: true,
 * documentLoader })`. Uses the fast path when it supports the document and jsonld.js otherwise.
 *
 * @param document - The JSON-LD document (not modified).
 * @param options - Document loader, fallback switch, jsonld.js options for the fallback.
 * @returns The N-Quads and the path that produced them, or the condition that made JSON-LD
 *   processing fail (safe mode), with a JSON Pointer when the fast path found it. Never throws.
 * @example
 * ```ts
 * const result = await canonize(credential, { documentLoader });
 * if (result.ok) hash(result.nquads); else report(result.code, result.pointer);
 * ```
 */
export async function canonize(
  document: object,
  options: CanonizeOptions,
): Promise<CanonizeResult> {
  let reason: string | undefined;
  try {
    const fast = await documentToQuads(
      document,
      options.documentLoader,
      options.base === null ? null : '',
    );
    if ('quads' in fast) {
      const nquads = await rdfCanonize.canonize(fast.quads, { algorithm: 'RDFC-1.0' });
      stats.fast++;
      return { ok: true, nquads, path: 'fast' };
    }
    if ('error' in fast)
      return failure('fast', fast.error.code, fast.error.message, fast.error, fast.error.pointer);
    reason = fast.declined.reason;
  } catch (error) {
    // rdf-canonize refusing a graph (work factor) fails jsonld.canonize the same way.
    return failure('fast', jsonLdErrorCode(error), messageOf(error), error);
  }
  stats.reasons.set(reason, (stats.reasons.get(reason) ?? 0) + 1);
  if (options.fallback === false) return failure('declined', 'fast path declined', reason);
  return canonizeWithJsonLd(document, options, reason);
}

async function canonizeWithJsonLd(
  document: object,
  options: CanonizeOptions,
  reason: string,
): Promise<CanonizeResult> {
  try {
    // jsonld.js loads only when a document needs it (cold start).
    const { default: jsonld } = await import('jsonld');
    const nquads = await jsonld.canonize(document, {
      algorithm: 'RDFC-1.0',
      format: 'application/n-quads',
      safe: true,
      ...(options.base === null ? { base: null } : {}),
      ...options.jsonldOptions,
      documentLoader: options.documentLoader,
    });
    stats.fallback++;
    return { ok: true, nquads, path: 'fallback', reason };
  } catch (error) {
    return failure('fallback', jsonLdErrorCode(error), messageOf(error), error);
  }
}

function failure(
  path: CanonizePath,
  code: string,
  message: string,
  cause?: unknown,
  pointer?: string,
): CanonizeResult {
  stats.failed++;
  const result: { -readonly [K in string]: unknown } = { ok: false, path, code, message };
  if (pointer !== undefined) result.pointer = pointer;
  if (cause !== undefined) result.cause = cause;
  return result as CanonizeResult;
}

/** The condition code of a jsonld.js error: safe-mode event code, else `details.code`, else name. */
export function jsonLdErrorCode(error: unknown): string {
  const details = (error as { details?: { code?: unknown; event?: { code?: unknown } } })?.details;
  if (typeof details?.event?.code === 'string') return details.event.code;
  if (typeof details?.code === 'string') return details.code;
  return (error as { name?: string })?.name ?? 'jsonld error';
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
