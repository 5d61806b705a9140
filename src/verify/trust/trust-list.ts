// A trust list you keep: DIDs (exact), and domains or https origins (every issuer whose key is
// bound to that domain).
import { InvalidArgumentError } from '../../errors/index.js';
import { bindingOf, httpsDomain, withoutDefaultPort } from './binding.js';
import type { TrustList, TrustRegistry } from './types.js';

const DOMAIN =
  /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*(?::\d{1,5})?$/;

/**
 * Makes a trust registry of a list you keep: each entry is a DID (trusted exactly), a domain
 * (`example.edu`: every `did:web` and `https:` issuer bound to it) or an https origin
 * (`https://example.edu`: the same as its domain). Subdomains are not included.
 *
 * @param list - The entries, and the list's name in reports (default `trust list`).
 * @returns A {@link TrustRegistry} answering `found` or `not-found` (never `unknown`).
 * @throws {InvalidArgumentError} `ERR_LERKIT_INVALID_ARGUMENT` for an entry that is none of the
 *   three (a URL with a path, an http: origin, a DID with a fragment…), naming it.
 * @example
 * ```ts
 * const partners = createTrustList({
 *   type: 'list',
 *   name: 'Partner institutions',
 *   entries: ['did:web:example.edu', 'https://badges.example.org', 'did:key:z6Mk…'],
 * });
 * await verify(badge, { trust: [partners] });
 * ```
 */
export function createTrustList(list: TrustList): TrustRegistry {
  const name = list.name ?? 'trust list';
  if (typeof name !== 'string' || name === '') {
    throw new InvalidArgumentError('A trust list name must be a non-empty string', 'trust.name');
  }
  if (!Array.isArray(list.entries)) {
    throw new InvalidArgumentError(
      'A trust list needs entries: an array of strings',
      'trust.entries',
    );
  }
  const dids = new Set<string>();
  const domains = new Set<string>();
  for (const entry of list.entries) {
    const read = readEntry(entry);
    (read.kind === 'did' ? dids : domains).add(read.value);
  }
  return {
    name,
    lookup: async (issuerId) => {
      if (dids.has(issuerId)) return { status: 'found' };
      const binding = bindingOf(issuerId);
      if (binding.type === 'domain' && domains.has(binding.domain)) return { status: 'found' };
      return { status: 'not-found' };
    },
  };
}

function readEntry(entry: unknown): { kind: 'did' | 'domain'; value: string } {
  const bad = (why: string) =>
    new InvalidArgumentError(
      `Trust list entry ${JSON.stringify(entry)} ${why}; entries are DIDs, domains (example.edu) or https origins (https://example.edu)`,
      'trust.entries',
    );
  if (typeof entry !== 'string' || entry === '') throw bad('is not a non-empty string');
  if (entry.startsWith('did:')) {
    if (!/^did:[a-z0-9]+:[A-Za-z0-9._:%-]+$/.test(entry))
      throw bad('is not a DID (no fragment, query or path)');
    return { kind: 'did', value: entry };
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(entry)) {
    const domain = httpsDomain(entry);
    const path = domain
      ? new URL(entry).pathname + new URL(entry).search + new URL(entry).hash
      : '';
    if (!domain || (path !== '/' && path !== '')) throw bad('is not an https origin');
    return { kind: 'domain', value: withoutDefaultPort(domain) };
  }
  const lower = entry.toLowerCase();
  if (!DOMAIN.test(lower)) throw bad('is not a domain');
  return { kind: 'domain', value: withoutDefaultPort(lower) };
}
