// Library options built from the command line: resources, network, clock, recipient, trust.
import type { VerifyOptions } from 'lerkit';
import type { Options } from './args.js';
import { loadResources } from './inputs.js';
import { readTrustFiles } from './trust-files.js';

const FETCH_TIMEOUT_MS = 10_000;
const FETCH_MAX_BYTES = 2 * 1024 * 1024;

/** Options for createVerifier (and, minus the verify-only ones, validate and sign). */
export async function verifyOptionsOf(options: Options): Promise<VerifyOptions> {
  const result: VerifyOptions = {};
  if (options.resources !== undefined) result.resources = await loadResources(options.resources);
  if (options.now !== undefined) result.now = options.now;
  if (options.knownIdentifier !== undefined) result.knownIdentifier = options.knownIdentifier;
  if (options.trust.length > 0) result.trust = await readTrustFiles(options.trust);
  if (options.requireTrusted) result.requireTrustedIssuer = true;
  if (options.allowNetwork) {
    result.fetch = globalThis.fetch;
    result.fetchTimeoutMs = FETCH_TIMEOUT_MS;
    result.fetchMaxBytes = FETCH_MAX_BYTES;
  }
  return result;
}
