import type { DocumentLoader } from '../context/types.js';
import type { JsonObject } from '../internal/json.js';
import type { Limits } from '../limits/limits.js';
import type { CredentialKind, InputFormat, VcVersion } from '../model/kind.js';
import type { CompiledProfile, ProfileOption } from '../profile/types.js';
import type { CheckOutput, SeverityOverrides } from '../report/assemble.js';
import type { CheckSelection } from '../report/select.js';
import type { Finding } from '../report/types.js';
import type { SchemaSet } from '../schema/types.js';

/** Options of {@link validate}. */
export interface ValidateOptions extends CheckSelection {
  /** JSON Schema flavour: `json-ld-compaction` (default) or `strict`. */
  schemaSet?: SchemaSet;
  /**
   * `'vc'`: check any W3C Verifiable Credential by the VC Data Model rules alone (no Open Badges or
   * CLR schema or rules; `validFrom` optional for VC 2.0, `issuanceDate` required for 1.1). By
   * default a credential must be an OB 3.0, CLR 2.0 or endorsement credential.
   */
  kind?: 'vc';
  /** Loader for documents the credential refers to (contexts, schemas) beyond the bundled ones. */
  documentLoader?: DocumentLoader;
  /** Extra documents by URL, as for `createDocumentLoader`. */
  resources?: Readonly<Record<string, unknown>>;
  /** Override the severity of findings by code, or drop them with `'off'`. */
  severity?: SeverityOverrides;
  /** Limits on sizes and depths (defaults in `DEFAULT_LIMITS`). */
  limits?: Partial<Limits>;
  /**
   * A quality profile to apply (`profile` check): a profile document, or the name of a built-in
   * profile such as `aacrao-microcredential`.
   */
  profile?: ProfileOption;
}

/** The document a pipeline checks, read once. */
export interface Target {
  /** The credential (for a VC-JWT, the credential its payload carries). */
  readonly document: JsonObject;
  /** How it was encoded. */
  readonly format: InputFormat;
  /** What it is. */
  readonly kind: CredentialKind;
  /** VC Data Model version, for credentials. */
  readonly vcVersion: VcVersion | undefined;
}

/** What a conformance check may use besides the target. */
export interface CheckEnv {
  /** The one document loader of the call. */
  readonly documentLoader: DocumentLoader;
  /** Schema flavour. */
  readonly schemaSet: SchemaSet;
  /** Generic mode (`kind: 'vc'`): any VC, by the VC Data Model rules alone. */
  readonly generic?: boolean;
  /** The limits in force (default `DEFAULT_LIMITS`). */
  readonly limits?: Readonly<Limits>;
  /** Findings of the checks that ran before this one (for "report one mistake once"). */
  readonly prior: readonly Finding[];
  /** The time to check dates against; absent when validating (no clock involved). */
  readonly now?: Date;
  /** Clock-skew tolerance in milliseconds (with `now`). */
  readonly skewMs?: number;
  /**
   * The end of validity a VC-JWT's `exp` claim gives, for a credential that does not carry
   * `validUntil` itself (OB 3.0 §JSON Web Token Proof Format: `exp` sets validUntil).
   */
  readonly jwtValidUntil?: string;
  /** Compiled credentialSchema validators, shared for as long as the caller's verifier. */
  readonly schemaCache?: SchemaCache;
  /** The quality profile to apply, compiled; absent when the caller gave none. */
  readonly profile?: CompiledProfile;
}

/** One check: one input, one result (`undefined` when the check does not apply to the target). */
export type Check<E extends CheckEnv = CheckEnv> = (
  target: Target,
  env: E,
) => CheckOutput | undefined | Promise<CheckOutput | undefined>;

/** A compiled credentialSchema: the problems it finds in a value. */
export type RemoteValidator = (value: unknown) => { path: string; message: string }[];

/** Compiled credentialSchema validators by URL (or why one cannot be used), per verifier. */
export type SchemaCache = Map<string, Promise<RemoteValidator | string>>;
