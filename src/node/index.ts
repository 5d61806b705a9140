/**
 * Node-only adapters: a `fetch` safe to point at URLs from untrusted credentials. Import from
 * `lerkit/node`; the rest of lerkit stays runtime-agnostic.
 *
 * @module node
 */
export type { HostResolver, ResolvedAddress, SafeFetchOptions } from './safe-fetch.js';
export { createSafeFetch } from './safe-fetch.js';
