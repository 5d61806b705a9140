/**
 * TypeScript types of the Open Badges 3.0 / CLR 2.0 data model, plus the terms of its enumerated
 * vocabularies as `as const` arrays (the only run-time values of this module).
 *
 * @module model
 */
export type { JsonObject } from '../internal/json.js';
export * from './clr.js';
export type * from './common.js';
export type { CredentialKind, VcVersion } from './kind.js';
export { CREDENTIAL_KINDS } from './kind.js';
export * from './ob3.js';
export type * from './ob3-v1p1.js';
export type * from './vc.js';
export * from './vocabulary.js';
