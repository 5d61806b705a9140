// OB 3.0 §Verification "Check the status": every credentialStatus entry of a credential, by its
// method — 1EdTech Revocation List (VCRL 1.0), W3C Bitstring Status List v1.0 and StatusList2021.
// A list that cannot be obtained or is itself not trustworthy makes the check `indeterminate`:
// never a silent "not revoked".
import type { DocumentLoader } from '../context/types.js';
import { isLerkitError } from '../errors/index.js';
import { asArray, idOf, isObject, type JsonObject } from '../internal/json.js';
import { DATE_TIME } from '../internal/patterns.js';
import { parseInput } from '../parse/parse-input.js';
import { verifyJwtProof } from '../proof/jwt.js';
import type { ProofResult } from '../proof/verify-proofs.js';
import { verifyProofs } from '../proof/verify-proofs.js';
import {
  decodeStatusList,
  MIN_STATUS_LIST_BITS,
  readBits,
  StatusListDecodeError,
} from './bitstring.js';

/** Codes of status findings. */
export type StatusCode =
  | 'REVOKED'
  | 'SUSPENDED'
  | 'STATUS_LIST_UNAVAILABLE'
  | 'STATUS_LIST_INVALID'
  | 'STATUS_ENTRY_INVALID'
  | 'STATUS_TYPE_UNKNOWN'
  | 'STATUS_PURPOSE_UNKNOWN';

/** The outcome of one credentialStatus entry. */
export interface StatusFinding {
  /** `pass` (not revoked/suspended), `fail` (revoked/suspended), `warn`, or `indeterminate`. */
  outcome: 'pass' | 'fail' | 'warn' | 'indeterminate';
  /** Stable code for anything but a pass. */
  code?: StatusCode;
  /** What was found. */
  message: string;
  /** JSON Pointer of the entry. */
  path: string;
}

/** A status list (or revocation list) as obtained, before per-entry checks. */
export type LoadedList =
  | {
      /** The list was obtained. */
      ok: true;
      /** The status list credential (or 1EdTech revocation list) as loaded. */
      document: JsonObject;
      /** The checks of its proofs. */
      proofs: ProofResult[];
    }
  | {
      /** The list could not be used. */
      ok: false;
      /** True when it could not be obtained at all (a later call retries); false when it was malformed. */
      unavailable: boolean;
      /** Why, in words. */
      reason: string;
    };

/** Options of {@link checkStatus}. */
export interface CheckStatusOptions {
  /** Loader for the lists (resources, fetch). */
  documentLoader: DocumentLoader;
  /** The time to check at. */
  now: Date;
  /** Clock skew tolerance in milliseconds. */
  skewMs?: number;
  /** Loaded lists by URL, shared across calls (createVerifier). */
  cache?: Map<string, Promise<LoadedList>>;
  /** Passed to the proof checks of status list credentials. */
  acceptUnconfirmedKeys?: boolean;
}

/** Checks every `credentialStatus` entry; no entries → no findings. */
export async function checkStatus(
  credential: JsonObject,
  options: CheckStatusOptions,
): Promise<StatusFinding[]> {
  if (credential.credentialStatus === undefined) return [];
  const isArray = Array.isArray(credential.credentialStatus);
  return Promise.all(
    asArray(credential.credentialStatus).map((entry, i) =>
      checkEntry(
        credential,
        entry,
        isArray ? `/credentialStatus/${i}` : '/credentialStatus',
        options,
      ),
    ),
  );
}

async function checkEntry(
  credential: JsonObject,
  entry: unknown,
  path: string,
  options: CheckStatusOptions,
): Promise<StatusFinding> {
  if (!isObject(entry)) {
    return {
      outcome: 'indeterminate',
      code: 'STATUS_ENTRY_INVALID',
      message: 'A credentialStatus entry must be an object',
      path,
    };
  }
  const types = asArray(entry.type);
  if (types.includes('1EdTechRevocationList'))
    return checkRevocationList(credential, entry, path, options);
  if (types.includes('BitstringStatusListEntry'))
    return checkBitstring(credential, entry, path, options, BITSTRING);
  if (types.includes('StatusList2021Entry'))
    return checkBitstring(credential, entry, path, options, STATUS_LIST_2021);
  return {
    outcome: 'warn',
    code: 'STATUS_TYPE_UNKNOWN',
    message: `Status method ${JSON.stringify(entry.type)} is not supported, so this status was not checked (lerkit checks 1EdTechRevocationList, BitstringStatusListEntry, StatusList2021Entry)`,
    path,
  };
}

// ---------------------------------------------------------------------------------------------
// Loading lists

async function loadList(url: string, options: CheckStatusOptions): Promise<LoadedList> {
  const cached = options.cache?.get(url);
  if (cached) return cached;
  const loading = fetchList(url, options);
  options.cache?.set(url, loading);
  // Only lists that were obtained are kept; an outage is retried on the next call.
  void loading.then((list) => {
    if (!list.ok && list.unavailable) options.cache?.delete(url);
  });
  return loading;
}

async function fetchList(url: string, options: CheckStatusOptions): Promise<LoadedList> {
  let raw: unknown;
  try {
    raw = (await options.documentLoader(url)).document;
  } catch (error) {
    const reason = isLerkitError(error)
      ? error.message
      : String((error as Error)?.message ?? error);
    return { ok: false, unavailable: true, reason };
  }
  if (typeof raw === 'string' && !raw.trimStart().startsWith('{')) {
    // A status list credential secured as a VC-JWT.
    const parsed = parseInput(raw.trim());
    if (!parsed.ok || !parsed.jwt)
      return { ok: false, unavailable: false, reason: `${url} is neither JSON nor a VC-JWT` };
    const jwt = await verifyJwtProof(parsed.jwt, {
      documentLoader: options.documentLoader,
      ...(options.acceptUnconfirmedKeys ? { acceptUnconfirmedKeys: true } : {}),
    });
    const { credential: _c, validUntil, ...proof } = jwt;
    // The JWT exp sets validUntil (OB 3.0 §Verify a Credential).
    const document =
      validUntil && parsed.document.validUntil === undefined
        ? { ...parsed.document, validUntil }
        : parsed.document;
    return { ok: true, document, proofs: [proof] };
  }
  let document: unknown = raw;
  if (typeof raw === 'string') {
    try {
      document = JSON.parse(raw);
    } catch {
      return { ok: false, unavailable: false, reason: `${url} is not JSON` };
    }
  }
  if (!isObject(document))
    return { ok: false, unavailable: false, reason: `${url} is not a JSON object` };
  const proofs =
    document.proof === undefined
      ? []
      : await verifyProofs(document, {
          documentLoader: options.documentLoader,
          ...(options.acceptUnconfirmedKeys ? { acceptUnconfirmedKeys: true } : {}),
        });
  return { ok: true, document, proofs };
}

function unavailable(
  url: string,
  list: Extract<LoadedList, { ok: false }>,
  path: string,
): StatusFinding {
  return list.unavailable
    ? {
        outcome: 'indeterminate',
        code: 'STATUS_LIST_UNAVAILABLE',
        message: `The status list ${url} could not be obtained, so revocation could not be checked: ${list.reason}`,
        path,
      }
    : { outcome: 'indeterminate', code: 'STATUS_LIST_INVALID', message: list.reason, path };
}

function invalidList(url: string, reason: string, path: string): StatusFinding {
  return {
    outcome: 'indeterminate',
    code: 'STATUS_LIST_INVALID',
    message: `The status list ${url} cannot be trusted: ${reason}`,
    path,
  };
}

// ---------------------------------------------------------------------------------------------
// 1EdTech Revocation List Status Method 1.0: the list at credentialStatus.id names revoked
// credentials by id in `revokedCredentials`.

async function checkRevocationList(
  credential: JsonObject,
  entry: JsonObject,
  path: string,
  options: CheckStatusOptions,
): Promise<StatusFinding> {
  const url = idOf(entry.id);
  if (!url) {
    return {
      outcome: 'indeterminate',
      code: 'STATUS_ENTRY_INVALID',
      message: 'A 1EdTechRevocationList entry needs the list URL as its id',
      path,
    };
  }
  if (typeof credential.id !== 'string') {
    return {
      outcome: 'indeterminate',
      code: 'STATUS_ENTRY_INVALID',
      message: 'The credential has no id to look up in its revocation list',
      path,
    };
  }
  const list = await loadList(url, options);
  if (!list.ok) return unavailable(url, list, path);
  const failedProof = list.proofs.find((p) => !p.verified);
  if (failedProof) return invalidList(url, failedProof.message, path);
  const listIssuer = idOf(list.document.issuer);
  if (listIssuer !== undefined && listIssuer !== idOf(credential.issuer)) {
    return invalidList(url, `it is issued by ${listIssuer}, not by the credential's issuer`, path);
  }
  if (!Array.isArray(list.document.revokedCredentials)) {
    return invalidList(url, 'it has no revokedCredentials array', path);
  }
  const revoked = list.document.revokedCredentials.find(
    (item) => isObject(item) && item.id === credential.id,
  ) as JsonObject | undefined;
  if (revoked) {
    const reason =
      typeof revoked.revocationReason === 'string' ? `: ${revoked.revocationReason}` : '';
    return {
      outcome: 'fail',
      code: 'REVOKED',
      message: `The issuer revoked the credential${reason} (${url})`,
      path,
    };
  }
  return { outcome: 'pass', message: `Not in the revocation list ${url}`, path };
}

// ---------------------------------------------------------------------------------------------
// Bitstring Status List v1.0 §3.2 Validate Algorithm (and StatusList2021, its predecessor).

interface ListMethod {
  entryType: string;
  credentialType: string;
  subjectType: string;
  multibase: 'required' | 'optional';
}

const BITSTRING: ListMethod = {
  entryType: 'BitstringStatusListEntry',
  credentialType: 'BitstringStatusListCredential',
  subjectType: 'BitstringStatusList',
  multibase: 'required',
};

const STATUS_LIST_2021: ListMethod = {
  entryType: 'StatusList2021Entry',
  credentialType: 'StatusList2021Credential',
  subjectType: 'StatusList2021',
  multibase: 'optional',
};

async function checkBitstring(
  credential: JsonObject,
  entry: JsonObject,
  path: string,
  options: CheckStatusOptions,
  method: ListMethod,
): Promise<StatusFinding> {
  const bad = (message: string): StatusFinding => ({
    outcome: 'indeterminate',
    code: 'STATUS_ENTRY_INVALID',
    message,
    path,
  });
  const purpose = entry.statusPurpose;
  if (typeof purpose !== 'string') return bad(`The ${method.entryType} has no statusPurpose`);
  const index = toIndex(entry.statusListIndex);
  if (index === undefined)
    return bad(
      `statusListIndex must be a non-negative integer, not ${JSON.stringify(entry.statusListIndex)}`,
    );
  const size = entry.statusSize === undefined ? 1 : toIndex(entry.statusSize);
  if (size === undefined || size < 1 || size > 8)
    return bad('statusSize must be an integer from 1 to 8');
  const url = idOf(entry.statusListCredential);
  if (!url) return bad(`The ${method.entryType} has no statusListCredential URL`);

  const list = await loadList(url, options);
  if (!list.ok) return unavailable(url, list, path);
  const document = list.document;
  if (list.proofs.length === 0) return invalidList(url, 'it has no proof', path);
  const failedProof = list.proofs.find((p) => !p.verified);
  if (failedProof)
    return invalidList(url, `its proof does not verify (${failedProof.message})`, path);
  const listIssuer = idOf(document.issuer);
  if (listIssuer !== idOf(credential.issuer)) {
    return invalidList(
      url,
      `it is issued by ${listIssuer ?? '(no issuer)'}, not by the credential's issuer ${idOf(credential.issuer) ?? '(none)'}`,
      path,
    );
  }
  if (!asArray(document.type).includes(method.credentialType)) {
    return invalidList(url, `it is not a ${method.credentialType}`, path);
  }
  const window = validityProblem(document, options);
  if (window) return invalidList(url, window, path);
  const subject = asArray(document.credentialSubject)[0];
  if (!isObject(subject) || !asArray(subject.type).includes(method.subjectType)) {
    return invalidList(url, `its credentialSubject is not a ${method.subjectType}`, path);
  }
  if (!asArray(subject.statusPurpose).includes(purpose)) {
    return invalidList(
      url,
      `its statusPurpose ${JSON.stringify(subject.statusPurpose)} does not match the entry's "${purpose}"`,
      path,
    );
  }
  if (typeof subject.encodedList !== 'string')
    return invalidList(url, 'it has no encodedList', path);
  let bits: Uint8Array;
  try {
    bits = await decodeStatusList(subject.encodedList, { multibase: method.multibase });
  } catch (error) {
    if (error instanceof StatusListDecodeError) return invalidList(url, error.message, path);
    throw error;
  }
  const entries = Math.floor((bits.length * 8) / size);
  if (bits.length * 8 < MIN_STATUS_LIST_BITS) {
    return invalidList(
      url,
      `its list has ${bits.length * 8} bits, fewer than the ${MIN_STATUS_LIST_BITS} the spec requires for privacy`,
      path,
    );
  }
  if (index >= entries)
    return invalidList(url, `statusListIndex ${index} is beyond its ${entries} entries`, path);

  const value = readBits(bits, index, size);
  if (purpose === 'revocation' || purpose === 'suspension') {
    if (value === 0)
      return {
        outcome: 'pass',
        message: `Not ${purpose === 'revocation' ? 'revoked' : 'suspended'} (${url}, index ${index})`,
        path,
      };
    return purpose === 'revocation'
      ? {
          outcome: 'fail',
          code: 'REVOKED',
          message: `The issuer revoked the credential (${url}, index ${index})`,
          path,
        }
      : {
          outcome: 'fail',
          code: 'SUSPENDED',
          message: `The issuer suspended the credential (${url}, index ${index})`,
          path,
        };
  }
  return {
    outcome: 'warn',
    code: 'STATUS_PURPOSE_UNKNOWN',
    message: `Status purpose "${purpose}" has value ${value} at index ${index} of ${url}; lerkit does not interpret this purpose`,
    path,
  };
}

function toIndex(value: unknown): number | undefined {
  const n = typeof value === 'string' && /^\d{1,15}$/.test(value) ? Number(value) : value;
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 ? n : undefined;
}

function validityProblem(document: JsonObject, options: CheckStatusOptions): string | undefined {
  const skew = options.skewMs ?? 0;
  const now = options.now.getTime();
  const from = document.validFrom ?? document.issuanceDate;
  const until = document.validUntil ?? document.expirationDate;
  if (from !== undefined) {
    const time = typeof from === 'string' && DATE_TIME.test(from) ? Date.parse(from) : Number.NaN;
    if (Number.isNaN(time)) return `its validFrom ${JSON.stringify(from)} is not a date-time`;
    if (now + skew < time) return `it is not valid before ${from}`;
  }
  if (until !== undefined) {
    const time =
      typeof until === 'string' && DATE_TIME.test(until) ? Date.parse(until) : Number.NaN;
    if (Number.isNaN(time)) return `its validUntil ${JSON.stringify(until)} is not a date-time`;
    if (now - skew > time) return `it expired at ${until}`;
  }
  return undefined;
}
