// Entry point of the context compiler: a list of context references -> compiled active context.
import type { DocumentLoader } from '../context/types.js';
import { type ContextSource, getContextSource, MissingContextError } from './context-source.js';
import { applyContext, INITIAL_CONTEXT } from './process-context.js';
import type { ActiveContext } from './types.js';
import { walkDocument } from './walk.js';

// Each retry loads at least one new context URL; more than this many is a runaway document.
const MAX_LOAD_ROUNDS = 64;

/**
 * Runs a synchronous computation that may need remote contexts: whenever it stops on a context
 * that is not loaded yet, loads it through the source and runs it again. Once every context a
 * document uses is cached, the computation runs exactly once, with no awaiting in between.
 */
export async function runWithContexts<T>(source: ContextSource, compute: () => T): Promise<T> {
  for (let round = 0; ; round++) {
    try {
      return compute();
    } catch (error) {
      if (!(error instanceof MissingContextError) || round >= MAX_LOAD_ROUNDS) throw error;
      await source.load(error.url);
    }
  }
}

/** Options of {@link compileContext}. */
export interface CompileContextOptions {
  /** Resolves context URLs (use lerkit's `createDocumentLoader`). Reuse it: caches are per loader. */
  readonly documentLoader: DocumentLoader;
}

/**
 * Compiles a `@context` value (a URL, a context object, or an array of them) into an immutable
 * active context, as JSON-LD 1.1 context processing does from the initial context. Memoised: the
 * same references with the same loader return the same object.
 *
 * @param context - The `@context` value, e.g. `['https://www.w3.org/ns/credentials/v2', OB]`.
 * @param options - The document loader.
 * @returns The compiled active context.
 * @throws {JsonLdProcessingError} with the jsonld.js error code (e.g. `protected term
 *   redefinition`, `loading remote context failed`) where jsonld.js would throw.
 * @throws {UnsupportedFeatureError} for context features this module cannot compile (a relative
 *   context URL, a context `Link` header); callers fall back to jsonld.js.
 * @example
 * ```ts
 * const active = await compileContext(credential['@context'], { documentLoader });
 * active.terms.get('achievement')?.id; // 'https://purl.imsglobal.org/spec/vc/ob/vocab.html#achievement'
 * ```
 */
export async function compileContext(
  context: unknown,
  options: CompileContextOptions,
): Promise<ActiveContext> {
  const source = getContextSource(options.documentLoader);
  return runWithContexts(source, () => compileContextSync(context, source));
}

/** {@link compileContext} on an already loaded source (throws `MissingContextError` otherwise). */
export function compileContextSync(context: unknown, source: ContextSource): ActiveContext {
  const flags = { propagate: true, overrideProtected: false };
  return applyContext(INITIAL_CONTEXT, context, flags, source).context;
}

/**
 * Loads every remote context a document uses (its `@context` values, scoped contexts of the terms
 * it uses, and what those refer to), so that `walkDocument` on it runs synchronously.
 *
 * @param document - The parsed JSON-LD document.
 * @param options - The document loader.
 * @returns The context source to pass to `walkDocument`.
 * @throws {JsonLdProcessingError} where jsonld.js expansion would fail (see `walkDocument`).
 * @example
 * ```ts
 * const source = await loadDocumentContexts(credential, { documentLoader });
 * walkDocument(credential, visitor, { source });
 * ```
 */
export async function loadDocumentContexts(
  document: unknown,
  options: CompileContextOptions,
): Promise<ContextSource> {
  const source = getContextSource(options.documentLoader);
  await runWithContexts(source, () => walkDocument(document, {}, { source }));
  return source;
}
