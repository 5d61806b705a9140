/**
 * Credential status: 1EdTech Revocation List, W3C Bitstring Status List, StatusList2021 and
 * RevocationList2020 (verified only).
 *
 * @module status
 */

export type {
  AllocatedEntry,
  AllocateOptions,
  Allocation,
  RandomIndex,
} from './allocate-status-entry.js';
export { allocateStatusEntries, allocateStatusEntry } from './allocate-status-entry.js';
export type { DecodeStatusListOptions, EncodeStatusListOptions } from './bitstring.js';
export {
  decodeStatusList,
  encodeStatusList,
  MAX_STATUS_LIST_BYTES,
  MIN_STATUS_LIST_BITS,
  StatusListDecodeError,
} from './bitstring.js';
export type { CheckStatusOptions, StatusResult } from './check-status.js';
export { checkStatus } from './check-status.js';
export type { CreatedStatusList, CreateStatusListOptions } from './create-status-list.js';
export { createStatusList } from './create-status-list.js';
export type {
  RevocationList,
  RevocationListEntry,
  RevocationTarget,
  RevokedCredential,
} from './edtech-revocation-list.js';
export {
  createRevocationList,
  isRevocationList,
  readRevocationListEntry,
  reinstateInRevocationList,
  revocationListEntry,
  revokeInRevocationList,
} from './edtech-revocation-list.js';
export type { LoadedList } from './load-list.js';
export type {
  ReadStatusOptions,
  StatusEntryState,
  StatusListSummary,
} from './read-status-entry.js';
export { readStatusEntry, readStatusList } from './read-status-entry.js';
export type { SignStatusListOptions } from './sign-status-list.js';
export { signStatusList } from './sign-status-list.js';
export type {
  BitstringStatusList,
  BitstringStatusListCredential,
  BitstringStatusListEntry,
  StatusListAllocation,
  StatusListIssuer,
  StatusMessage,
  StatusPurpose,
} from './status-list-types.js';
export type { StatusEntryTarget } from './status-target.js';
export type { ReinstateOptions, SetStatusOptions, StatusChange } from './update-status-entry.js';
export {
  reinstateStatusEntry,
  revokeStatusEntry,
  setStatusEntries,
  suspendStatusEntry,
} from './update-status-entry.js';
