// Internal JSON-LD fast path: compiled contexts, a document walker, JSON -> RDF quads and RDFC-1.0
// canonicalization that agree byte for byte with jsonld.js (the fallback and the oracle).
// Not a public entry point: imported by proof/, validate/ and verify/.

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
export { expandIri, isAbsoluteIri, isKeyword } from './iri.js';
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
export { checkTerms, type TermFinding, toFinding } from './term-findings.js';
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
