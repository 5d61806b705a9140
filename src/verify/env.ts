// What the verification checks may use: the verifier's session (options, the one loader, caches),
// the call (clock, recipient, how many credentials were visited), and the credential's own state.
import type { KnownIdentifier } from '../builders/identity.js';
import type { DocumentLoader } from '../context/types.js';
import type { Limits } from '../limits/limits.js';
import type { ParsedInput } from '../parse/parse-input.js';
import type { CompiledProfile } from '../profile/types.js';
import type { KeyResolver } from '../proof/key-types.js';
import type { SeverityOverrides } from '../report/assemble.js';
import type { IssuerReport } from '../report/issuer.js';
import type { SelectedChecks } from '../report/select.js';
import type { VerificationReport } from '../report/types.js';
import type { LoadedList } from '../status/load-list.js';
import type { CheckEnv, SchemaCache } from '../validate/types.js';
import type { TrustRegistry } from './trust/types.js';
import type { VerifyOptions } from './types.js';

/** One verifier's lasting state: options and caches shared by its calls. */
export interface Session {
  readonly options: VerifyOptions;
  /** The one loader (bundled contexts, resources, caller's loader, fetch), cached. */
  readonly documentLoader: DocumentLoader;
  /** The one key resolver: each proof key is resolved through the loader and imported once. */
  readonly keyResolver: KeyResolver;
  /** Status and revocation lists by URL. */
  readonly lists: Map<string, Promise<LoadedList>>;
  /** Compiled credentialSchema validators by URL. */
  readonly schemaCache: SchemaCache;
  /** Which checks run. */
  readonly select: SelectedChecks;
  /** The limits in force. */
  readonly limits: Readonly<Limits>;
  /** Generic mode (`kind: 'vc'`). */
  readonly generic: boolean;
  /** The trust sources of the `trust` option, as registries (empty: no trust decision). */
  readonly trust: readonly TrustRegistry[];
}

/** One verify() call: its clock and recipient, and what it has visited. */
export interface Call {
  readonly session: Session;
  readonly now: Date;
  readonly skewMs: number;
  readonly knownIdentifier: string | KnownIdentifier | undefined;
  /** The quality profile to apply, compiled; absent when none was given. */
  readonly profile: CompiledProfile | undefined;
  /** Credentials verified so far in this call (nested included): the count limit. */
  visited: number;
  /** Verifies an embedded credential through the whole pipeline, one level deeper. */
  verifyNested(input: unknown, depth: number, path: string): Promise<VerificationReport>;
  /** Verifies a refreshed credential (never refreshed again). */
  verifyRefreshed(
    parsed: Extract<ParsedInput, { ok: true }>,
    depth: number,
    path: string | undefined,
  ): Promise<VerificationReport>;
}

/** What verification learns about one credential as its checks run. */
export interface TargetState {
  /** Reports of embedded credentials, in the order verified. */
  nested: VerificationReport[];
  /** The VC-JWT `exp`, as validUntil. */
  jwtValidUntil?: string;
  /** The refreshed credential's report, which replaces this one. */
  replacement?: VerificationReport;
  /** The issuer section, once the `trust` check has run. */
  issuer?: IssuerReport;
}

/** The environment of a verification check. */
export interface VerifyEnv extends CheckEnv {
  readonly call: Call;
  /** The compact JWS, for a VC-JWT. */
  readonly jwt: string | undefined;
  /** 0 for the credential verified; deeper for endorsements and a CLR's credentials. */
  readonly depth: number;
  /** JSON Pointer of this credential inside its parent. */
  readonly path: string | undefined;
  /** Whether this credential came from a refresh (no second refresh). */
  readonly refreshed: boolean;
  readonly state: TargetState;
}

/** The caller's severity overrides. */
export function overridesOf(call: Call): SeverityOverrides | undefined {
  return call.session.options.severity;
}
