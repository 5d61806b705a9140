// Bitstring Status List v1.0 §3.2 Validate Algorithm (and its predecessors StatusList2021 and
// RevocationList2020, the same bitstring under other names: RevocationList2020 entries name the
// index and list as revocationListIndex / revocationListCredential and are always revocations).
import { asArray, idOf, isObject, type JsonObject, single } from '../internal/json.js';
import { DATE_TIME } from '../internal/patterns.js';
import { DEFAULT_LIMITS, limitName } from '../limits/limits.js';
import {
  decodeStatusList,
  MIN_STATUS_LIST_BITS,
  readBits,
  StatusListDecodeError,
} from './bitstring.js';
import { type LoadedList, loadList } from './load-list.js';
import {
  type CheckStatusOptions,
  failed,
  type StatusResult,
  unobtainable,
  untrustedList,
} from './result.js';

/** The list methods: the same algorithm under different type names. */
export type ListMethodName = 'BitstringStatusList' | 'StatusList2021' | 'RevocationList2020';

interface Method {
  entryType: string;
  credentialType: string;
  subjectType: string;
  multibase: 'required' | 'optional';
  indexField: string;
  listField: string;
  /** The purpose every entry has, for a method whose entries and lists carry none. */
  fixedPurpose?: 'revocation';
}

const METHODS: Record<ListMethodName, Method> = {
  BitstringStatusList: {
    entryType: 'BitstringStatusListEntry',
    credentialType: 'BitstringStatusListCredential',
    subjectType: 'BitstringStatusList',
    multibase: 'required',
    indexField: 'statusListIndex',
    listField: 'statusListCredential',
  },
  StatusList2021: {
    entryType: 'StatusList2021Entry',
    credentialType: 'StatusList2021Credential',
    subjectType: 'StatusList2021',
    multibase: 'optional',
    indexField: 'statusListIndex',
    listField: 'statusListCredential',
  },
  // RevocationList2020 (W3C CCG draft, https://w3c-ccg.github.io/vc-status-rl-2020/): no
  // statusPurpose, no statusSize; a set bit means revoked.
  RevocationList2020: {
    entryType: 'RevocationList2020Status',
    credentialType: 'RevocationList2020Credential',
    subjectType: 'RevocationList2020',
    multibase: 'optional',
    indexField: 'revocationListIndex',
    listField: 'revocationListCredential',
    fixedPurpose: 'revocation',
  },
};

type Obtained = Extract<LoadedList, { ok: true }>;

interface Entry {
  purpose: string;
  index: number;
  size: number;
  url: string;
}

/** Checks one BitstringStatusListEntry, StatusList2021Entry or RevocationList2020Status. */
export async function checkBitstringEntry(
  credential: JsonObject,
  raw: JsonObject,
  path: string,
  options: CheckStatusOptions,
  name: ListMethodName,
): Promise<StatusResult> {
  const method = METHODS[name];
  const entry = readEntry(raw, method);
  if (typeof entry === 'string') return failed(path, 'STATUS_ENTRY_INVALID', entry);
  const list = await loadList(entry.url, options);
  if (!list.ok) return unobtainable(entry.url, list, path);
  const untrusted = untrustedList(entry.url, list, credential, path, true);
  if (untrusted) return untrusted;
  const subject = asArray(list.document.credentialSubject)[0];
  const problem = listProblem(list, subject, method, entry, options);
  if (problem) return problem(path);
  const limits = options.limits ?? DEFAULT_LIMITS;
  const encodedList = (subject as JsonObject).encodedList as string;
  if (Math.floor((encodedList.length * 3) / 4) > limits.statusListBytes) {
    return failed(
      path,
      'LIMITS_STATUS_LIST_SIZE',
      `The status list ${entry.url} is over ${limitName('statusListBytes', limits)} bytes compressed; it was not decoded`,
    );
  }
  const bits = await decoded(list, encodedList, method, limits.statusListDecompressedBytes);
  if (bits instanceof StatusListDecodeError) {
    return bits.tooLarge
      ? failed(
          path,
          'LIMITS_STATUS_LIST_SIZE',
          `The status list ${entry.url} is over ${limitName('statusListDecompressedBytes', limits)} bytes decompressed`,
        )
      : failed(path, 'STATUS_LIST_INVALID', `The status list ${entry.url}: ${bits.message}`);
  }
  return valueResult(bits, entry, path, method.indexField);
}

function readEntry(entry: JsonObject, method: Method): Entry | string {
  // `x` and `[x]` are the same statement in JSON-LD (and the schema allows both here).
  const purpose = method.fixedPurpose ?? single(entry.statusPurpose);
  if (typeof purpose !== 'string') return `The ${method.entryType} has no statusPurpose`;
  const index = toIndex(single(entry[method.indexField]));
  if (index === undefined) {
    return `${method.indexField} must be a non-negative integer, not ${JSON.stringify(entry[method.indexField])}`;
  }
  const size =
    entry.statusSize === undefined || method.fixedPurpose ? 1 : toIndex(single(entry.statusSize));
  if (size === undefined || size < 1 || size > 8)
    return 'statusSize must be an integer from 1 to 8';
  const url = idOf(single(entry[method.listField]));
  if (!url) return `The ${method.entryType} has no ${method.listField} URL`;
  return { purpose, index, size, url };
}

type Problem = (path: string) => StatusResult;

function listProblem(
  list: Obtained,
  subject: unknown,
  method: Method,
  entry: Entry,
  options: CheckStatusOptions,
): Problem | undefined {
  const invalid =
    (reason: string): Problem =>
    (path) =>
      failed(path, 'STATUS_LIST_INVALID', `The status list ${entry.url} cannot be used: ${reason}`);
  if (!asArray(list.document.type).includes(method.credentialType)) {
    return invalid(`it is not a ${method.credentialType}`);
  }
  const window = validityProblem(list.document, options);
  if (window) return invalid(window);
  if (!isObject(subject) || !asArray(subject.type).includes(method.subjectType)) {
    return invalid(`its credentialSubject is not a ${method.subjectType}`);
  }
  if (!method.fixedPurpose && !asArray(subject.statusPurpose).includes(entry.purpose)) {
    return (path) =>
      failed(
        path,
        'STATUS_LIST_PURPOSE_MISMATCH',
        `The status list ${entry.url} has statusPurpose ${JSON.stringify(subject.statusPurpose)}, not the entry's "${entry.purpose}"`,
      );
  }
  if (typeof subject.encodedList !== 'string') return invalid('it has no encodedList');
  return undefined;
}

// Decoded once per list and encoding, however many entries point at it.
function decoded(
  list: Obtained,
  encodedList: string,
  method: Method,
  maxBytes: number,
): Promise<Uint8Array | StatusListDecodeError> {
  const key = `${method.multibase} ${maxBytes}`;
  let pending = list.decoded.get(key);
  if (!pending) {
    pending = decodeStatusList(encodedList, { multibase: method.multibase, maxBytes }).catch(
      (error) => {
        if (error instanceof StatusListDecodeError) return error;
        throw error;
      },
    );
    list.decoded.set(key, pending);
  }
  return pending;
}

function valueResult(
  bits: Uint8Array,
  { purpose, index, size, url }: Entry,
  path: string,
  indexField: string,
): StatusResult {
  const entries = Math.floor((bits.length * 8) / size);
  if (bits.length * 8 < MIN_STATUS_LIST_BITS) {
    return failed(
      path,
      'STATUS_LIST_INVALID',
      `The status list ${url} has ${bits.length * 8} bits, fewer than the ${MIN_STATUS_LIST_BITS} the spec requires for privacy`,
    );
  }
  if (index >= entries) {
    return failed(
      path,
      'STATUS_ENTRY_INVALID',
      `${indexField} ${index} is beyond the ${entries} entries of ${url}`,
    );
  }
  const value = readBits(bits, index, size);
  const at = `${url}, index ${index}`;
  if (purpose === 'revocation') {
    return value === 0
      ? { passed: true, path, message: `Not revoked (${at})` }
      : failed(path, 'STATUS_REVOKED', `The issuer revoked the credential (${at})`);
  }
  if (purpose === 'suspension') {
    return value === 0
      ? { passed: true, path, message: `Not suspended (${at})` }
      : failed(path, 'STATUS_SUSPENDED', `The issuer suspended the credential (${at})`);
  }
  return failed(
    path,
    'STATUS_PURPOSE_UNKNOWN',
    `Status purpose "${purpose}" has value ${value} at index ${index} of ${url}; lerkit does not interpret this purpose`,
  );
}

function toIndex(value: unknown): number | undefined {
  const n = typeof value === 'string' && /^\d{1,15}$/.test(value) ? Number(value) : value;
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 ? n : undefined;
}

function validityProblem(document: JsonObject, options: CheckStatusOptions): string | undefined {
  const skew = options.skewMs ?? 0;
  const now = options.now.getTime();
  const from = dateOf(document.validFrom ?? document.issuanceDate);
  const until = dateOf(document.validUntil ?? document.expirationDate);
  if (from === null) return 'its validFrom is not a date-time';
  if (until === null) return 'its validUntil is not a date-time';
  if (from !== undefined && now + skew < from) return 'it is not valid yet';
  if (until !== undefined && now - skew > until) return 'it has expired';
  return undefined;
}

// undefined: absent; null: not a date-time.
function dateOf(value: unknown): number | undefined | null {
  if (value === undefined) return undefined;
  const time = typeof value === 'string' && DATE_TIME.test(value) ? Date.parse(value) : Number.NaN;
  return Number.isNaN(time) ? null : time;
}
