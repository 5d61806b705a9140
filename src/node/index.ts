/**
 * Node-only adapters: a `fetch` safe to point at URLs from untrusted credentials, and batches of
 * files verified or validated over worker threads (`verifyFiles`, `validateFiles`). Import from
 * `lerkit/node`; the rest of lerkit stays runtime-agnostic.
 *
 * @module node
 */

export type {
  FileResult,
  FilesOptions,
  ValidateFilesOptions,
  VerifyFilesOptions,
} from './batch.js';
export { SMALL_BATCH, validateFiles, verifyFiles } from './batch.js';
export type { HostResolver, ResolvedAddress, SafeFetchOptions } from './safe-fetch.js';
export { createSafeFetch } from './safe-fetch.js';
