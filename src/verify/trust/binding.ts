// Who a credential names as its issuer, and how that issuer's key is bound: did:web and https
// issuers publish their keys under a domain (DID Web method §3.2 Read; Controlled Identifiers §3.3
// retrieving a controller document at its URL); did:key and did:jwk are the key itself.
import { isObject, type JsonObject } from '../../internal/json.js';
import type { KeyBinding } from '../../report/issuer.js';

/** The issuer as the signed credential names it. */
export interface IssuerIdentity {
  /** The issuer id, when there is one. */
  id?: string;
  /** Its claimed name, cleaned for display. */
  name?: string;
  /** Its profile `url`, when a string. */
  url?: string;
  /** JSON Pointer of the issuer id (`/issuer` or `/issuer/id`). */
  path: string;
  binding: KeyBinding;
}

/** The most of a registry's or a credential's text a report carries. */
const MAX_TEXT = 300;

/** Text from a stranger, fit for a report and a terminal: no control characters, bounded. */
export function cleanText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
  const text = value.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '').trim();
  if (text === '') return undefined;
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text;
}

/** Reads the issuer of a credential (a string id or a Profile object). */
export function describeIssuer(document: JsonObject): IssuerIdentity {
  const issuer = document.issuer;
  const id =
    typeof issuer === 'string' ? issuer : isObject(issuer) ? stringOf(issuer.id) : undefined;
  const identity: IssuerIdentity = {
    path: isObject(issuer) ? '/issuer/id' : '/issuer',
    binding: bindingOf(id),
  };
  if (id !== undefined) identity.id = id;
  if (isObject(issuer)) {
    const name = cleanText(issuer.name);
    if (name !== undefined) identity.name = name;
    if (typeof issuer.url === 'string') identity.url = issuer.url;
  }
  return identity;
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * How an issuer id's key is bound. `did:web:<domain>[:path…]` (the domain percent-decoded, so
 * `example.edu%3A8443` is `example.edu:8443`) and `https://<host>/…` are bound to their domain.
 */
export function bindingOf(id: string | undefined): KeyBinding {
  if (id === undefined) return { type: 'other' };
  if (id.startsWith('did:key:')) return { type: 'self-certifying', method: 'did:key' };
  if (id.startsWith('did:jwk:')) return { type: 'self-certifying', method: 'did:jwk' };
  if (id.startsWith('did:web:')) {
    const domain = didWebDomain(id);
    return domain
      ? { type: 'domain', method: 'did:web', domain }
      : { type: 'other', method: 'did:web' };
  }
  if (/^https:\/\//i.test(id)) {
    const domain = httpsDomain(id);
    return domain
      ? { type: 'domain', method: 'https', domain }
      : { type: 'other', method: 'https' };
  }
  const did = /^did:([a-z0-9]+):/.exec(id);
  if (did) return { type: 'other', method: `did:${did[1]}` };
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(id);
  return scheme
    ? { type: 'other', method: (scheme[1] as string).toLowerCase() }
    : { type: 'other' };
}

const HOST =
  /^(?=.{1,253}(?::\d{1,5})?$)[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*(?::\d{1,5})?$/;

/** The domain of a did:web (host and port), lower-cased; undefined when it is not one. */
export function didWebDomain(did: string): string | undefined {
  const first = did.slice('did:web:'.length).split(/[:#?/]/)[0] ?? '';
  let decoded: string;
  try {
    decoded = decodeURIComponent(first).toLowerCase();
  } catch {
    return undefined;
  }
  return HOST.test(decoded) ? withoutDefaultPort(decoded) : undefined;
}

/** The domain of an https URL (host, and port when not 443), lower-cased. */
export function httpsDomain(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' || parsed.username !== '' || parsed.password !== '') {
    return undefined;
  }
  const host = parsed.host.toLowerCase();
  return HOST.test(host) ? host : undefined;
}

/** A host as written in trust lists and reports: `:443` dropped. */
export function withoutDefaultPort(host: string): string {
  return host.endsWith(':443') ? host.slice(0, -4) : host;
}

/**
 * Whether two hosts are the same site for the purpose of a profile url: equal, or one a subdomain
 * of the other (`www.example.edu` and `example.edu`). Ports are ignored.
 */
export function sameSite(a: string, b: string): boolean {
  const x = a.replace(/:\d+$/, '');
  const y = b.replace(/:\d+$/, '');
  return x === y || x.endsWith(`.${y}`) || y.endsWith(`.${x}`);
}
