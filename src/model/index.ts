/**
 * TypeScript types of the Open Badges 3.0 / CLR 2.0 data model. Types only: importing this module
 * costs nothing at run time.
 *
 * @module model
 */
export type { JsonObject } from '../internal/json.js';
export type { CredentialKind, VcVersion } from './kind.js';
export type * from './ob3.js';
