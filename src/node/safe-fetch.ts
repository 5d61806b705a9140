// A fetch for Node that a verifier can point at URLs from strangers' credentials: HTTPS only, public
// addresses only (checked on the address actually connected to, on every redirect), a few
// redirects, a size cap counted while streaming, one deadline for DNS + connect + body.
import { lookup as dnsLookup } from 'node:dns/promises';
import { request as httpRequest, type IncomingMessage, type RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import type { FetchLike, FetchResponseLike } from '../context/types.js';
import { type FetchRefusal, FetchRefusedError } from '../errors/index.js';
import { classifyAddress } from './address-policy.js';

/** One DNS answer. */
export interface ResolvedAddress {
  /** The IP address. */
  address: string;
  /** 4 or 6. */
  family: number;
}

/** Resolves a host name to every address it has (`dns.lookup` with `all: true` by default). */
export type HostResolver = (hostname: string) => Promise<readonly ResolvedAddress[]>;

/** Options of {@link createSafeFetch}. */
export interface SafeFetchOptions {
  /** Allow plain `http:` URLs and redirects from https to http. Default `false`: https only. */
  allowHttp?: boolean;
  /**
   * Only these hosts may be fetched, on every redirect too: exact names (`issuer.example`) or
   * `*.example.edu` for any subdomain of example.edu (not example.edu itself). Default: any
   * host with public addresses.
   */
  allowHosts?: readonly string[];
  /** Refuse bodies larger than this many bytes (counted while reading). Default 2 MiB. */
  maxBytes?: number;
  /** One deadline for the whole request: DNS, connect, redirects and body. Default 10 000 ms. */
  timeoutMs?: number;
  /** Redirects followed at most. Default 3. */
  maxRedirects?: number;
  /** DNS resolver, for tests or a custom resolver. Default: `dns.lookup` with `all: true`. */
  resolve?: HostResolver;
  /** Extra trusted CA certificates (PEM), e.g. a test server's self-signed certificate. */
  ca?: string | readonly string[];
  /**
   * UNSAFE, for tests only: addresses to allow although the policy refuses them (e.g.
   * `['127.0.0.1']` for a local test server). Never set this from configuration a stranger can
   * influence: it reopens exactly the server-side request forgery the policy closes.
   */
  unsafeAllowAddresses?: readonly string[];
}

const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;
const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_MAX_REDIRECTS = 3;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

const defaultResolve: HostResolver = (hostname) =>
  dnsLookup(hostname, { all: true, verbatim: true });

interface Policy {
  allowHttp: boolean;
  allowHosts: readonly string[] | undefined;
  maxBytes: number;
  timeoutMs: number;
  maxRedirects: number;
  resolve: HostResolver;
  ca: string[] | undefined;
  unsafe: ReadonlySet<string>;
}

/**
 * Creates a `fetch` for `createDocumentLoader` / `verify({ fetch })` on Node that is safe to
 * point at URLs taken from untrusted credentials:
 *
 * - `https:` only (`http:` only with `allowHttp`), no credentials in URLs;
 * - only public unicast addresses: loopback, private (RFC 1918), CGNAT (100.64/10), link-local
 *   (169.254/16, fe80::/10) and cloud metadata endpoints, unique-local (fc00::/7), unspecified,
 *   multicast, broadcast, documentation/reserved ranges and IPv4-mapped IPv6 forms of them are
 *   refused. Every address the name resolves to is checked, and the connection is pinned to the
 *   checked address, so a DNS rebind cannot swap it;
 * - the same checks on every redirect, at most `maxRedirects` (3) of them;
 * - a body cap (2 MiB) counted while streaming, and one deadline (10 s) for DNS, connect,
 *   redirects and body;
 * - optionally, a host allowlist (`allowHosts`).
 *
 * Refusals reject with a {@link FetchRefusedError} (`ERR_LERKIT_DOCUMENT_LOAD_FAILED`, with a
 * `reason`) that says what was refused and why, never quoting the response body. Non-2xx responses
 * resolve with `ok: false` and an empty body. A `fetch` you supply instead of this one (for example
 * `globalThis.fetch`) is your own policy: lerkit applies only its size and time limits to it.
 *
 * @param options - Policy switches and limits; all optional.
 * @returns A function with the {@link FetchLike} signature.
 * @throws {FetchRefusedError} `ERR_LERKIT_DOCUMENT_LOAD_FAILED` (rejection of the returned
 *   function) for every refusal listed above, and for network errors.
 * @example
 * ```ts
 * // createSafeFetch comes from 'lerkit/node', verify from 'lerkit'
 * const report = await verify(credential, {
 *   fetch: createSafeFetch({ allowHosts: ['*.example.edu'] }),
 * });
 * ```
 */
export function createSafeFetch(options: SafeFetchOptions = {}): FetchLike {
  const policy: Policy = {
    allowHttp: options.allowHttp === true,
    allowHosts: options.allowHosts?.map((host) => host.toLowerCase().replace(/\.$/, '')),
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxRedirects: options.maxRedirects ?? DEFAULT_MAX_REDIRECTS,
    resolve: options.resolve ?? defaultResolve,
    ca: options.ca === undefined ? undefined : [options.ca].flat(),
    unsafe: new Set((options.unsafeAllowAddresses ?? []).map(normalizeAddress)),
  };
  return async function safeFetch(url, init) {
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(), policy.timeoutMs);
    const signal = init?.signal ? AbortSignal.any([init.signal, deadline.signal]) : deadline.signal;
    try {
      return await follow(url, init?.headers ?? {}, signal, policy, () =>
        deadline.signal.aborted ? 'timeout' : 'aborted',
      );
    } finally {
      clearTimeout(timer);
    }
  };
}

async function follow(
  start: string,
  headers: Record<string, string>,
  signal: AbortSignal,
  policy: Policy,
  whyAborted: () => 'timeout' | 'aborted',
): Promise<FetchResponseLike> {
  let url = start;
  let redirects = 0;
  for (;;) {
    const target = await checkUrl(url, policy, signal, whyAborted);
    const response = await send(target, headers, signal, policy, whyAborted);
    const location = response.headers.location;
    if (!REDIRECTS.has(response.statusCode ?? 0) || location === undefined) {
      return readResponse(url, response, policy, signal, whyAborted);
    }
    response.destroy();
    if (redirects >= policy.maxRedirects) {
      throw refuse(
        url,
        'too-many-redirects',
        `more than ${policy.maxRedirects} redirects (the last one to ${shorten(location)})`,
      );
    }
    redirects++;
    let next: URL;
    try {
      next = new URL(location, url);
    } catch {
      throw refuse(url, 'invalid-url', `it redirects to an invalid URL (${shorten(location)})`);
    }
    if (target.url.protocol === 'https:' && next.protocol === 'http:' && !policy.allowHttp) {
      throw refuse(url, 'scheme', `it redirects from https to http (${shorten(next.href)})`);
    }
    url = next.href;
  }
}

interface Target {
  url: URL;
  address: string;
  family: number;
}

async function checkUrl(
  text: string,
  policy: Policy,
  signal: AbortSignal,
  whyAborted: () => 'timeout' | 'aborted',
): Promise<Target> {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw refuse(text, 'invalid-url', 'it is not a URL');
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && policy.allowHttp)) {
    const allowed = policy.allowHttp ? 'https: or http:' : 'https: (http: needs allowHttp)';
    throw refuse(text, 'scheme', `the scheme ${url.protocol} is not allowed, only ${allowed}`);
  }
  if (url.username !== '' || url.password !== '') {
    throw refuse(text, 'invalid-url', 'it carries credentials (user:password@)');
  }
  const host = url.hostname
    .replace(/^\[(.*)\]$/, '$1')
    .replace(/\.$/, '')
    .toLowerCase();
  if (policy.allowHosts && !policy.allowHosts.some((pattern) => hostMatches(host, pattern))) {
    throw refuse(text, 'host-not-allowed', `the host ${host} is not on the allowHosts list`);
  }
  const answers = isIP(host) ? [{ address: host, family: isIP(host) }] : await lookup(host);
  for (const { address } of answers) {
    const kind = classifyAddress(address);
    if (kind !== undefined && !policy.unsafe.has(normalizeAddress(address))) {
      const via = isIP(host) ? '' : ` (${host} resolves to it)`;
      throw refuse(
        text,
        'address',
        `${address} is a ${kind} address${via}; only public addresses are fetched`,
      );
    }
  }
  const chosen = answers[0] as ResolvedAddress;
  return { url, address: chosen.address, family: chosen.family };

  async function lookup(hostname: string): Promise<readonly ResolvedAddress[]> {
    let answers: readonly ResolvedAddress[];
    try {
      answers = await abortable(policy.resolve(hostname), signal);
    } catch (cause) {
      if (signal.aborted) throw aborted(text, policy, whyAborted());
      throw refuse(text, 'dns', `${hostname} could not be resolved`, cause);
    }
    if (!Array.isArray(answers) || answers.length === 0) {
      throw refuse(text, 'dns', `${hostname} has no address`);
    }
    return answers;
  }
}

function hostMatches(host: string, pattern: string): boolean {
  if (pattern.startsWith('*.'))
    return host.endsWith(pattern.slice(1)) && host.length > pattern.length - 1;
  return host === pattern;
}

function send(
  target: Target,
  headers: Record<string, string>,
  signal: AbortSignal,
  policy: Policy,
  whyAborted: () => 'timeout' | 'aborted',
): Promise<IncomingMessage> {
  const { url, address, family } = target;
  const https = url.protocol === 'https:';
  // The connection goes to the address that was checked, whatever DNS says now (no rebinding).
  const pinned: RequestOptions['lookup'] = (_host, options, callback) => {
    if ((options as { all?: boolean }).all) callback(null, [{ address, family }]);
    else (callback as (e: null, a: string, f: number) => void)(null, address, family);
  };
  const requestOptions: RequestOptions & { ca?: string[]; servername?: string } = {
    method: 'GET',
    protocol: url.protocol,
    hostname: url.hostname.replace(/^\[(.*)\]$/, '$1'),
    port: url.port === '' ? undefined : Number(url.port),
    path: `${url.pathname}${url.search}`,
    headers: { ...headers, 'accept-encoding': 'identity' },
    lookup: pinned,
    agent: false,
    signal,
  };
  if (https && policy.ca) requestOptions.ca = policy.ca;
  return new Promise((resolve, reject) => {
    const request = (https ? httpsRequest : httpRequest)(requestOptions, resolve);
    request.on('error', (cause) => {
      if (signal.aborted) reject(aborted(url.href, policy, whyAborted()));
      else reject(refuse(url.href, 'network', `the request failed (${errorCode(cause)})`, cause));
    });
    request.end();
  });
}

async function readResponse(
  url: string,
  response: IncomingMessage,
  policy: Policy,
  signal: AbortSignal,
  whyAborted: () => 'timeout' | 'aborted',
): Promise<FetchResponseLike> {
  const status = response.statusCode ?? 0;
  const ok = status >= 200 && status < 300;
  let body: Uint8Array = new Uint8Array();
  if (ok) {
    const declared = Number(response.headers['content-length']);
    if (Number.isFinite(declared) && declared > policy.maxBytes) {
      response.destroy();
      throw refuse(
        url,
        'too-large',
        `it declares ${declared} bytes, over the ${policy.maxBytes}-byte limit`,
      );
    }
    body = await readBody(url, response, policy, signal, whyAborted);
  } else {
    response.destroy(); // an error page is never read, so it can be neither large nor echoed
  }
  const headers = response.headers;
  return {
    ok,
    status,
    url,
    headers: {
      get(name: string) {
        const value = headers[name.toLowerCase()];
        return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
      },
    },
    body: null,
    async text() {
      return new TextDecoder().decode(body);
    },
  };
}

function readBody(
  url: string,
  response: IncomingMessage,
  policy: Policy,
  signal: AbortSignal,
  whyAborted: () => 'timeout' | 'aborted',
): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    response.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > policy.maxBytes) {
        response.destroy();
        reject(refuse(url, 'too-large', `the body exceeds the ${policy.maxBytes}-byte limit`));
        return;
      }
      chunks.push(chunk);
    });
    response.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    response.on('error', (cause) => {
      if (signal.aborted) reject(aborted(url, policy, whyAborted()));
      else reject(refuse(url, 'network', `reading the body failed (${errorCode(cause)})`, cause));
    });
    response.on('close', () => {
      if (signal.aborted) reject(aborted(url, policy, whyAborted()));
    });
  });
}

function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(new Error('aborted'));
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(new Error('aborted'));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

function aborted(url: string, policy: Policy, why: 'timeout' | 'aborted'): FetchRefusedError {
  return why === 'timeout'
    ? refuse(url, 'timeout', `it did not complete within ${policy.timeoutMs} ms`)
    : refuse(url, 'aborted', 'the caller aborted it');
}

function refuse(
  url: string,
  reason: FetchRefusal,
  why: string,
  cause?: unknown,
): FetchRefusedError {
  return new FetchRefusedError(
    url,
    reason,
    `Refused to fetch ${shorten(url)}: ${why}`,
    cause === undefined ? undefined : { cause: stripped(cause) },
  );
}

// A network error's code and message only (never anything read from the response).
function stripped(cause: unknown): Error {
  const error = new Error(cause instanceof Error ? cause.message : String(cause));
  const code = errorCode(cause);
  if (code) Object.assign(error, { code });
  return error;
}

function errorCode(cause: unknown): string {
  const code = (cause as { code?: unknown })?.code;
  return typeof code === 'string' ? code : 'network error';
}

function shorten(text: string): string {
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

function normalizeAddress(address: string): string {
  return address.replace(/^\[(.*)\]$/, '$1').toLowerCase();
}
