// The vocabulary lerkit's checks read: every (term, IRI) pair the bundled contexts define, at the
// top level and in every property- and type-scoped context. The signed-data gate (gate.ts) uses it
// to tell a term written as the spec writes it from the same IRI under another name (an expanded
// IRI, a compact IRI, an alias from another context) and from a known name given another meaning.
import { listBundledContexts } from '../context/bundled.js';
import { createDocumentLoader } from '../context/document-loader.js';
import { runWithContexts } from './compile.js';
import { type ContextSource, getContextSource } from './context-source.js';
import { applyContext, INITIAL_CONTEXT } from './process-context.js';
import type { ActiveContext } from './types.js';

/** Terms and IRIs of the bundled contexts, both ways. */
export interface KnownTerms {
  /** IRI (or keyword) -> the names the bundled contexts give it. */
  readonly byIri: ReadonlyMap<string, ReadonlySet<string>>;
  /** Name -> the IRIs (or keywords) the bundled contexts map it to. */
  readonly byName: ReadonlyMap<string, ReadonlySet<string>>;
}

// Example contexts (VC examples) define loose demonstration terms; they are not vocabulary lerkit
// reads, and the gate must not let their names stand in for real terms.
const EXCLUDED = /\/examples\//;
const SCOPED = { propagate: true, overrideProtected: true } as const;
const MAX_SCOPES = 5000;

let known: Promise<KnownTerms> | undefined;

/**
 * The (term, IRI) pairs of every bundled context, computed once per process (a few milliseconds)
 * from the compiled contexts, scoped contexts included.
 *
 * @returns The table.
 */
export function knownTerms(): Promise<KnownTerms> {
  known ??= collect();
  return known;
}

async function collect(): Promise<KnownTerms> {
  const source = getContextSource(createDocumentLoader());
  const byIri = new Map<string, Set<string>>();
  const byName = new Map<string, Set<string>>();
  const add = (name: string, iri: string) => {
    addTo(byIri, iri, name);
    addTo(byName, name, iri);
  };
  const urls = listBundledContexts()
    .map((c) => c.url)
    .filter((url) => !EXCLUDED.test(url));
  for (const url of urls) {
    await runWithContexts(source, () => {
      const seen = new Set<unknown>();
      const root = applyContext(INITIAL_CONTEXT, url, SCOPED, source).context;
      visit(root, source, seen, add);
    });
  }
  return { byIri, byName };
}

function visit(
  context: ActiveContext,
  source: ContextSource,
  seen: Set<unknown>,
  add: (name: string, iri: string) => void,
): void {
  for (const [name, definition] of context.terms) {
    if (typeof definition.id === 'string') add(name, definition.id);
  }
  for (const definition of context.terms.values()) {
    if (definition.hasContext !== true || seen.has(definition.context)) continue;
    if (seen.size >= MAX_SCOPES) return;
    seen.add(definition.context);
    visit(applyContext(context, definition.context, SCOPED, source).context, source, seen, add);
  }
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}
