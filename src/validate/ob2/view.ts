// What the OB 2.0 rules read: a Badge Object compacted into the pinned OB 2.0 context. OB 2.0
// (§Changes from 1.1): "verifiers … must now explicitly perform a JSON-LD expansion/contraction
// operation to guarantee data integrity before further analysis of any object in the Open Badges
// context". Compaction gives every object the spec's term names, whatever context or aliases it
// was written with (`verify` becomes `verification`; a term another context redefines is no longer
// read as the spec's). Findings point into the document as written: paths in the compacted form
// are mapped back (`toInputPath`).
import { bundledContextDocument, getBundledContext } from '../../context/bundled.js';
import type { DocumentLoader } from '../../context/types.js';
import { OB_V2_CONTEXT_URL } from '../../context/urls.js';
import { escapePointerToken, isObject, type JsonObject } from '../../internal/json.js';

/** A Badge Object as written, and as the rules read it. */
export interface Ob2View {
  /** The document as written. */
  readonly input: JsonObject;
  /** Its compaction into the OB 2.0 context, or the input itself when compaction failed. */
  readonly view: JsonObject;
  /** Why compaction failed (the `jsonld` check reports it). */
  readonly error?: unknown;
  /** Maps a JSON Pointer in `view` to the pointer of the same value in `input`. */
  toInputPath(pointer: string): string;
}

// Prefixes of the OB 2.0 context: compaction writes IRIs under them as compact IRIs
// (https://w3id.org/openbadges#x → obi:x); the rules read the full IRI.
const PREFIXES: Readonly<Record<string, string>> = (() => {
  const context = getBundledContext(OB_V2_CONTEXT_URL);
  const document = context ? (bundledContextDocument(context) as JsonObject) : {};
  const terms = isObject(document['@context']) ? document['@context'] : {};
  const out: Record<string, string> = {};
  for (const [term, iri] of Object.entries(terms)) {
    if (typeof iri === 'string' && /[#/]$/.test(iri)) out[term] = iri;
  }
  return out;
})();
// Terms whose values are node references (`"@type": "@id"` in the context), and `id`.
const ID_VALUED = new Set([
  'id',
  'author',
  'claim',
  'creator',
  'endorsement',
  'image',
  'owner',
  'publicKey',
  'related',
  'url',
  'alignment',
  'badge',
  'criteria',
  'evidence',
  'issuer',
  'recipient',
  'revocationList',
  'verification',
]);

/**
 * Compacts a Badge Object into the OB 2.0 context, for the rules to read.
 *
 * @param input - The document as written.
 * @param documentLoader - Loads its contexts (the OB 2.0 context is bundled).
 * @returns Both forms and the mapping between their paths.
 */
export async function compactView(
  input: JsonObject,
  documentLoader: DocumentLoader,
): Promise<Ob2View> {
  try {
    const { default: jsonld } = await import('jsonld');
    const compacted = (await jsonld.compact(structuredClone(input), OB_V2_CONTEXT_URL, {
      documentLoader,
      safe: false,
    })) as JsonObject;
    const { '@context': _context, ...view } = compacted;
    const expanded = expandPrefixed(view) as JsonObject;
    return { input, view: expanded, toInputPath: (p) => inputPathOf(input, expanded, p) };
  } catch (error) {
    return { input, view: input, error, toInputPath: (p) => p };
  }
}

/** The view of a document that is read as written (no compaction). */
export function plainView(input: JsonObject): Ob2View {
  return { input, view: input, toInputPath: (p) => p };
}

// Restores full IRIs where compaction wrote compact IRIs in id-valued places.
function expandPrefixed(node: unknown, key?: string): unknown {
  if (Array.isArray(node)) return node.map((item) => expandPrefixed(item, key));
  if (isObject(node)) {
    const out: JsonObject = {};
    for (const [name, value] of Object.entries(node)) out[name] = expandPrefixed(value, name);
    return out;
  }
  if (typeof node === 'string' && key !== undefined && ID_VALUED.has(key)) {
    const colon = node.indexOf(':');
    const prefix = colon > 0 ? PREFIXES[node.slice(0, colon)] : undefined;
    if (prefix !== undefined && !node.startsWith('//', colon + 1)) {
      return prefix + node.slice(colon + 1);
    }
  }
  return node;
}

// The keys a compacted key may have been written as.
const WRITTEN_AS: Record<string, string[]> = {
  verification: ['verify'],
  id: ['@id'],
  type: ['@type'],
};

/**
 * Maps a pointer into the compacted form to the same value in the input: keys are matched by name
 * or alias; compaction turns one-element arrays into values (and back), which is followed. Where
 * the two forms part, the rest of the pointer is kept as it is.
 */
export function inputPathOf(input: unknown, view: unknown, pointer: string): string {
  const segments = pointer === '' ? [] : pointer.slice(1).split('/').map(unescapeToken);
  const out: string[] = [];
  let source = input;
  let target = view;
  for (const [i, segment] of segments.entries()) {
    const rest = () => join([...out, ...segments.slice(i)]);
    if (Array.isArray(target)) {
      const index = Number(segment);
      if (Array.isArray(source)) {
        out.push(segment);
        source = source[index];
      } else if (index !== 0) return rest();
      target = target[index];
      continue;
    }
    if (!isObject(target) || !isObject(source)) return rest();
    const key = [segment, ...(WRITTEN_AS[segment] ?? [])].find((k) => k in (source as JsonObject));
    if (key === undefined) return rest();
    out.push(key);
    source = (source as JsonObject)[key];
    target = target[segment];
    if (Array.isArray(source) && source.length === 1 && !Array.isArray(target)) {
      out.push('0');
      source = source[0];
    }
  }
  return join(out);
}

function unescapeToken(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

function join(tokens: string[]): string {
  return tokens.map((t) => `/${escapePointerToken(t)}`).join('');
}
