// Reading verify()'s options: API misuse throws a typed error naming the option.
import type { KnownIdentifier } from '../builders/identity.js';
import { createDocumentLoader } from '../context/document-loader.js';
import type { DocumentLoader, RemoteDocument } from '../context/types.js';
import { InvalidArgumentError } from '../errors/index.js';
import { isObject } from '../internal/json.js';
import { resolveLimits } from '../limits/limits.js';
import { resolveProfile } from '../profile/compile.js';
import { createKeyResolver } from '../proof/key-resolver.js';
import { selectChecks } from '../report/select.js';
import { genericOf } from '../validate/validate.js';
import type { Session } from './env.js';
import { readTrustSources } from './trust/sources.js';
import type { VerifyOptions } from './types.js';

/** Checks the options and builds the verifier's session: one loader, shared caches. */
export function createSession(options: VerifyOptions): Session {
  if (typeof options !== 'object' || options === null) {
    throw new InvalidArgumentError('options must be an object', 'options');
  }
  const { clockSkew } = options;
  if (clockSkew !== undefined && !(typeof clockSkew === 'number' && clockSkew >= 0)) {
    throw new InvalidArgumentError('clockSkew must be a number of seconds ≥ 0', 'clockSkew');
  }
  checkKnownIdentifier(options.knownIdentifier);
  readClock(options.now); // validate now early
  if (options.profile !== undefined) resolveProfile(options.profile); // a built-in name, early
  const documentLoader = cachingLoader(
    createDocumentLoader({
      ...(options.resources ? { resources: options.resources } : {}),
      ...(options.documentLoader ? { documentLoader: options.documentLoader } : {}),
      ...(options.fetch ? { fetch: options.fetch } : {}),
      ...(options.fetchTimeoutMs !== undefined ? { fetchTimeoutMs: options.fetchTimeoutMs } : {}),
      ...(options.fetchMaxBytes !== undefined ? { fetchMaxBytes: options.fetchMaxBytes } : {}),
    }),
  );
  const select = selectChecks(options);
  const trust = readTrustSources(options.trust);
  checkTrustPolicy(options.requireTrustedIssuer, trust.length, select);
  return {
    options,
    documentLoader,
    keyResolver: createKeyResolver({
      documentLoader,
      ...(options.acceptUnconfirmedKeys ? { acceptUnconfirmedKeys: true } : {}),
    }),
    lists: new Map(),
    schemaCache: new Map(),
    select,
    limits: resolveLimits(options.limits),
    generic: genericOf(options.kind),
    trust,
  };
}

// requireTrustedIssuer needs something to trust and the check that decides.
function checkTrustPolicy(value: unknown, sources: number, select: Session['select']): void {
  if (value === undefined || value === false) return;
  if (value !== true) {
    throw new InvalidArgumentError(
      'requireTrustedIssuer must be a boolean',
      'requireTrustedIssuer',
    );
  }
  if (sources === 0) {
    throw new InvalidArgumentError(
      'requireTrustedIssuer needs at least one trust source (the trust option): nothing could be trusted',
      'requireTrustedIssuer',
    );
  }
  if (!select.runs('trust') || select.skipped('trust')) {
    throw new InvalidArgumentError(
      'requireTrustedIssuer needs the trust check: do not skip it (or leave it out of only)',
      'requireTrustedIssuer',
    );
  }
}

/** The time of a call: a fixed date, or a function called per verification. */
export function readClock(now: Date | (() => Date) | undefined): Date {
  if (now === undefined) return new Date();
  const value = typeof now === 'function' ? now() : now;
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
    throw new InvalidArgumentError('now must be a valid Date or a function returning one', 'now');
  }
  return value;
}

/** Throws for a knownIdentifier that is neither a string nor `{ identityType, value }`. */
export function checkKnownIdentifier(
  value: unknown,
): asserts value is string | KnownIdentifier | undefined {
  if (value === undefined) return;
  const ok =
    (typeof value === 'string' && value !== '') ||
    (isObject(value) && typeof value.identityType === 'string' && typeof value.value === 'string');
  if (!ok) {
    throw new InvalidArgumentError(
      'knownIdentifier must be a string or { identityType, value }',
      'knownIdentifier',
    );
  }
}

// Successful loads are kept for the verifier's lifetime; failures are retried.
function cachingLoader(loader: DocumentLoader): DocumentLoader {
  const cache = new Map<string, Promise<RemoteDocument>>();
  return (url) => {
    const hit = cache.get(url);
    if (hit) return hit;
    const loading = loader(url);
    cache.set(url, loading);
    loading.catch(() => cache.delete(url));
    return loading;
  };
}
