import type { DocumentLoader } from '../context/types.js';
import type { CredentialKind, VcVersion } from '../model/kind.js';
import type { InputFormat } from '../parse/parse-input.js';
import type { SchemaSet } from '../schema/types.js';

/** Severity of a validation issue. Only `error` makes a credential invalid. */
export type Severity = 'error' | 'warning' | 'info';

/** The checks `validate` runs, each a stable id (see docs/validation.md for every check and code). */
export type ValidationCheckId =
  | 'parse'
  | 'context'
  | 'jsonld'
  | 'schema'
  | 'credential-schema'
  | 'type'
  | 'subject'
  | 'issuer'
  | 'evidence'
  | 'dates'
  | 'image'
  | 'recommended';

/** One problem found in a credential. */
export interface ValidationIssue {
  /** Which check found it. */
  check: ValidationCheckId;
  /** Stable code, e.g. `SCHEMA_REQUIRED`. */
  code: string;
  /** `error` makes the credential invalid; `warning` and `info` do not. */
  severity: Severity;
  /** JSON Pointer (RFC 6901) into the credential; `''` for the whole document. */
  path: string;
  /** The problem in plain words. */
  message: string;
}

/** The result of {@link validate}. */
export interface ValidationReport {
  /** `false` if and only if some issue has severity `error`. */
  valid: boolean;
  /** What the input is. */
  kind: CredentialKind;
  /** VC Data Model version, for credentials. */
  vcVersion?: VcVersion;
  /** How the input was encoded, when it could be read. */
  format?: InputFormat;
  /** Every problem found, errors first. */
  issues: ValidationIssue[];
}

/** Options of {@link validate}. */
export interface ValidateOptions {
  /** JSON Schema flavour: `json-ld-compaction` (default) or `strict`. */
  schemaSet?: SchemaSet;
  /** Loader for documents the credential refers to (contexts, schemas) beyond the bundled ones. */
  documentLoader?: DocumentLoader;
  /** Extra documents by URL, as for `createDocumentLoader`. */
  resources?: Readonly<Record<string, unknown>>;
  /** Override the severity of issues by code, or drop them with `'off'`. */
  severity?: Readonly<Record<string, Severity | 'off'>>;
  /** Checks to skip, by id (e.g. `['jsonld']` for plain-JSON pipelines). */
  skip?: readonly ValidationCheckId[];
}
