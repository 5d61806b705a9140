/**
 * Credential status: 1EdTech Revocation List, W3C Bitstring Status List and StatusList2021.
 *
 * @module status
 */
export type { EncodeStatusListOptions } from './bitstring.js';
export { encodeStatusList, MIN_STATUS_LIST_BITS, StatusListDecodeError } from './bitstring.js';
export type { CheckStatusOptions, StatusResult } from './check-status.js';
export { checkStatus } from './check-status.js';
export type { LoadedList } from './load-list.js';
