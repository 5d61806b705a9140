// Internal JSON-LD fast path (not a public entry point; imported by proof/, validate/, verify/).
// It agrees byte for byte with jsonld.js, which stays the fallback and the oracle.
//
// - compileContext / applyContext: JSON-LD 1.1 context processing (jsonld.js context.js ported),
//   immutable compiled contexts, every transition memoised (getContextStats counts real work).
// - walkDocument: visits node objects, keys and values in expansion order with JSON Pointers, the
//   active context per node and each key's resolution; loadDocumentContexts preloads contexts.
// - toQuads / documentToQuads: JSON -> RDF quads without an expanded form (the walker + jsonld.js's
//   node-map rules); safe-mode conditions as JsonLdProcessingError (jsonld.js code + pointer).
// - canonize / canonizeProofConfiguration: RDFC-1.0 N-Quads via rdf-canonize, with jsonld.js as
//   fallback for declined documents; never throws; getCanonizeStats says which path ran.
// - collectTermEvents / checkTerms: the `jsonld` validation check without expansion.
//
// Supported on the fast path: node objects, @id/@type and their aliases, term/compact-IRI/absolute
// IRI/@vocab keys, type coercion (@id, @vocab, @json, datatypes), native numbers and booleans,
// term and default languages, @set, @list and @graph containers, value objects {@value, @type} /
// {@value, @language}, embedded @context URL lists (nested credentials), property- and type-scoped
// contexts, @propagate, @import, protected terms, document blank node ids. Declined (jsonld.js
// runs): inline context objects in the document, @nest/@included/@graph/@reverse/@index/unknown
// keyword keys, @reverse terms, @index/@id/@type/@language map containers, @base, @direction,
// list and set objects, nested arrays, other value-object shapes, context Link headers, relative
// context URLs, top-level values that are not node objects.
export {
  type CanonizeOptions,
  type CanonizePath,
  type CanonizeResult,
  type CanonizeStats,
  canonize,
  documentToQuads,
  getCanonizeStats,
  jsonLdErrorCode,
  resetCanonizeStats,
} from './canonize.js';
export {
  type CompileContextOptions,
  compileContext,
  compileContextSync,
  loadDocumentContexts,
  runWithContexts,
} from './compile.js';
export { type ContextSource, getContextSource, MissingContextError } from './context-source.js';
export { JsonLdProcessingError, UnsupportedFeatureError } from './errors.js';
export { type GateCode, type GateProblem, SignedShapeGate } from './gate.js';
export { expandIri, isAbsoluteIri, isKeyword } from './iri.js';
export { type KnownTerms, knownTerms } from './known-terms.js';
export {
  type ApplyFlags,
  applyContext,
  INITIAL_CONTEXT,
  type Transition,
} from './process-context.js';
export {
  canonizeProofConfiguration,
  createProofConfiguration,
  type ProofConfigurationOptions,
  type ProofFamily,
} from './proof-configuration.js';
export type { RdfQuad } from './rdf-terms.js';
export { collectTermEvents, type TermEvent, type TermEventsResult } from './term-check.js';
export {
  checkTerms,
  type PlacedEvent,
  subjectOf,
  termFinding,
  termNames,
} from './term-findings.js';
export { type ToQuadsOptions, toQuads } from './to-quads.js';
export type { ActiveContext, ContextEvent, TermDefinition } from './types.js';
export { resolveKey, type WalkOptions, walkDocument } from './walk.js';
export type {
  JsonLdVisitor,
  KeyResolution,
  KeyVisit,
  NodeVisit,
  ValueKind,
  ValueObjectEntries,
  ValueVisit,
} from './walk-types.js';
