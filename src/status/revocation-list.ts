// 1EdTech Revocation List Status Method 1.0: the list at credentialStatus.id names revoked
// credentials by id in `revokedCredentials`.
import { idOf, isObject, type JsonObject } from '../internal/json.js';
import { loadList } from './load-list.js';
import {
  type CheckStatusOptions,
  failed,
  type StatusResult,
  unobtainable,
  untrustedList,
} from './result.js';

/** Checks one `1EdTechRevocationList` entry. */
export async function checkRevocationListEntry(
  credential: JsonObject,
  entry: JsonObject,
  path: string,
  options: CheckStatusOptions,
): Promise<StatusResult> {
  const url = idOf(entry.id);
  if (!url) {
    return failed(
      path,
      'STATUS_ENTRY_INVALID',
      'A 1EdTechRevocationList entry needs the list URL as its id',
    );
  }
  if (typeof credential.id !== 'string') {
    return failed(
      path,
      'STATUS_ENTRY_INVALID',
      'The credential has no id to look up in its revocation list',
    );
  }
  const list = await loadList(url, options);
  if (!list.ok) return unobtainable(url, list, path);
  const untrusted = untrustedList(url, list, credential, path, false);
  if (untrusted) return untrusted;
  if (!Array.isArray(list.document.revokedCredentials)) {
    return failed(
      path,
      'STATUS_LIST_INVALID',
      `The revocation list ${url} has no revokedCredentials array`,
    );
  }
  const revoked = list.document.revokedCredentials.find(
    (item) => isObject(item) && item.id === credential.id,
  ) as JsonObject | undefined;
  if (!revoked) return { passed: true, path, message: `Not in the revocation list ${url}` };
  const reason =
    typeof revoked.revocationReason === 'string' ? `: ${revoked.revocationReason}` : '';
  return failed(path, 'STATUS_REVOKED', `The issuer revoked the credential${reason} (${url})`);
}
