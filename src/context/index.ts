/**
 * JSON-LD contexts bundled with lerkit and the offline document loader.
 *
 * @module context
 */
export {
  getBundledContext,
  getBundledSchema,
  listBundledContexts,
  listBundledSchemas,
} from './bundled.js';
export { createDocumentLoader } from './document-loader.js';
export type {
  BundledContext,
  BundledDocument,
  DocumentLoader,
  DocumentLoaderOptions,
  FetchLike,
  FetchResponseLike,
  RemoteDocument,
} from './types.js';
export {
  CLR_V2P0_CONTEXT_URL,
  DATA_INTEGRITY_V2_CONTEXT_URL,
  DID_V1_CONTEXT_URL,
  ED25519_2020_CONTEXT_URL,
  MULTIKEY_V1_CONTEXT_URL,
  OB_V2_CONTEXT_URL,
  OB_V3P0_CONTEXT_URL,
  OB_V3P0_EXTENSIONS_CONTEXT_URL,
  PROGRAM_V1_CONTEXT_URL,
  PROGRAM_V1_SCHEMA_URL,
  VC_V1_CONTEXT_URL,
  VC_V2_CONTEXT_URL,
} from './urls.js';
