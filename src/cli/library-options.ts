// Library options built from the command line: resources, network, clock, recipient, profile,
// trust.
import type { VerifyOptions } from 'lerkit';
import { createSafeFetch, type SafeFetchOptions } from 'lerkit/node';
import type { Options } from './args.js';
import { loadResources } from './inputs.js';
import { loadProfileOption } from './profile-option.js';
import { readTrustFiles } from './trust-files.js';

const FETCH_TIMEOUT_MS = 10_000;
const FETCH_MAX_BYTES = 2 * 1024 * 1024;

/**
 * UNSAFE, for tests only: `LERKIT_UNSAFE_ALLOW_LOOPBACK=1` lets --allow-network reach 127.0.0.1
 * and ::1, so a test can prove a fetch with a local server. Undocumented in --help on purpose.
 */
const UNSAFE_LOOPBACK = 'LERKIT_UNSAFE_ALLOW_LOOPBACK';

/** Options for createVerifier (and, minus the verify-only ones, validate and sign). */
export async function verifyOptionsOf(options: Options): Promise<VerifyOptions> {
  const result: VerifyOptions = {};
  if (options.resources !== undefined) {
    result.resources = await loadResources(options.resources, options.resourcesRoot);
  }
  if (options.now !== undefined) result.now = options.now;
  if (options.knownIdentifier !== undefined) result.knownIdentifier = options.knownIdentifier;
  if (options.profile !== undefined) result.profile = await loadProfileOption(options.profile);
  if (options.trust.length > 0) result.trust = await readTrustFiles(options.trust);
  if (options.requireTrusted) result.requireTrustedIssuer = true;
  if (options.limits !== undefined) result.limits = options.limits;
  if (options.kind !== undefined) result.kind = options.kind;
  const fetchOptions = safeFetchOptionsOf(options);
  if (fetchOptions) {
    result.fetch = createSafeFetch(fetchOptions);
    result.fetchTimeoutMs = FETCH_TIMEOUT_MS;
    result.fetchMaxBytes = FETCH_MAX_BYTES;
  }
  return result;
}

/**
 * With --allow-network, the options of the safe fetch: HTTPS to public addresses only, re-checked
 * on every redirect (see createSafeFetch). Plain data, so worker threads can build their own.
 */
export function safeFetchOptionsOf(options: Options): SafeFetchOptions | undefined {
  if (!options.allowNetwork) return undefined;
  const fetchOptions: SafeFetchOptions = { timeoutMs: FETCH_TIMEOUT_MS, maxBytes: FETCH_MAX_BYTES };
  if (process.env[UNSAFE_LOOPBACK] === '1') {
    fetchOptions.unsafeAllowAddresses = ['127.0.0.1', '::1'];
  }
  return fetchOptions;
}
