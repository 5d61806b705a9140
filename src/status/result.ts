// What a status check says about one entry, and the findings every method shares.
import type { DocumentLoader } from '../context/types.js';
import { isObject, type JsonObject } from '../internal/json.js';
import type { Limits } from '../limits/limits.js';
import { finding } from '../report/finding.js';
import type { Finding } from '../report/types.js';
import type { LoadedList } from './load-list.js';

/** The outcome of one credentialStatus entry: a pass (with what was found) or a finding. */
export type StatusResult =
  | {
      /** The entry says the credential is in good standing. */
      passed: true;
      /** JSON Pointer of the entry. */
      path: string;
      /** What was found. */
      message: string;
    }
  | {
      /** The entry produced a finding (revoked, a list that cannot be used, …). */
      passed: false;
      /** JSON Pointer of the entry. */
      path: string;
      /** The finding. */
      finding: Finding;
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
  /** Size limits of status lists (default: the default limits). */
  limits?: Readonly<Limits>;
}

/** A status result that is a finding. */
export function failed(path: string, code: Finding['code'], message: string): StatusResult {
  return { passed: false, path, finding: finding(code, path, message) };
}

/**
 * What makes an obtained list untrustworthy, whatever its method: unsigned, a proof that does not
 * verify, or another issuer than the credential's (a list must come from the credential's issuer).
 */
export function untrustedList(
  url: string,
  list: Extract<LoadedList, { ok: true }>,
  credential: JsonObject,
  path: string,
  requireProof: boolean,
): StatusResult | undefined {
  if (requireProof && list.proofs.length === 0) {
    return failed(
      path,
      'STATUS_LIST_UNSIGNED',
      `The status list ${url} is not signed, so it proves nothing`,
    );
  }
  const failedProof = list.proofs.find((p) => !p.verified);
  if (failedProof) {
    return failed(
      path,
      'STATUS_LIST_PROOF_INVALID',
      `The status list ${url} does not verify (${failedProof.message})`,
    );
  }
  const listIssuer = idOfIssuer(list.document);
  const issuer = idOfIssuer(credential);
  if ((requireProof || listIssuer !== undefined) && listIssuer !== issuer) {
    return failed(
      path,
      'STATUS_LIST_ISSUER_MISMATCH',
      `The status list ${url} is issued by ${listIssuer ?? '(no issuer)'}, not by the credential's issuer ${issuer ?? '(none)'}`,
    );
  }
  return undefined;
}

function idOfIssuer(document: JsonObject): string | undefined {
  const issuer = document.issuer;
  if (typeof issuer === 'string') return issuer;
  return isObject(issuer) && typeof issuer.id === 'string' ? issuer.id : undefined;
}

/** The result for a list that could not be obtained (indeterminate) or read. */
export function unobtainable(
  url: string,
  list: Extract<LoadedList, { ok: false }>,
  path: string,
): StatusResult {
  return list.unavailable
    ? failed(
        path,
        'STATUS_LIST_UNAVAILABLE',
        `The status list ${url} could not be obtained, so revocation could not be checked: ${list.reason}`,
      )
    : failed(path, 'STATUS_LIST_INVALID', `The status list ${url} cannot be read: ${list.reason}`);
}
