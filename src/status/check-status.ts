// OB 3.0 §Verification "Check the status": every credentialStatus entry of a credential, by its
// method — 1EdTech Revocation List (VCRL 1.0), W3C Bitstring Status List v1.0, StatusList2021 and
// RevocationList2020.
// A list that cannot be obtained makes the entry indeterminate (never a silent "not revoked"); a
// list that was obtained but cannot be trusted (unsigned, a proof that fails, another issuer, the
// wrong purpose) fails it.
import { asArray, isObject, type JsonObject } from '../internal/json.js';
import { checkBitstringEntry } from './bitstring-entry.js';
import { type CheckStatusOptions, failed, type StatusResult } from './result.js';
import { checkRevocationListEntry } from './revocation-list.js';

export type { CheckStatusOptions, StatusResult } from './result.js';

/** Checks every `credentialStatus` entry; no entries → no results. */
export async function checkStatus(
  credential: JsonObject,
  options: CheckStatusOptions,
): Promise<StatusResult[]> {
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
): Promise<StatusResult> {
  if (!isObject(entry)) {
    return failed(path, 'STATUS_ENTRY_INVALID', 'A credentialStatus entry must be an object');
  }
  const types = asArray(entry.type);
  if (types.includes('1EdTechRevocationList')) {
    return checkRevocationListEntry(credential, entry, path, options);
  }
  if (types.includes('BitstringStatusListEntry')) {
    return checkBitstringEntry(credential, entry, path, options, 'BitstringStatusList');
  }
  if (types.includes('StatusList2021Entry')) {
    return checkBitstringEntry(credential, entry, path, options, 'StatusList2021');
  }
  if (types.includes('RevocationList2020Status')) {
    return checkBitstringEntry(credential, entry, path, options, 'RevocationList2020');
  }
  return failed(
    path,
    'STATUS_TYPE_UNKNOWN',
    `Status method ${JSON.stringify(entry.type)} is not supported, so this status was not checked (lerkit checks 1EdTechRevocationList, BitstringStatusListEntry, StatusList2021Entry, RevocationList2020Status)`,
  );
}
