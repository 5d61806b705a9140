// The one family of result shapes: a report holds the checks that ran (one result each) and the
// findings they made. validate() and verify() return it (verify adds the verdict, the issuer and
// the reports of nested credentials); the CLI's JSON output carries it unchanged.
import type { CredentialKind, InputFormat, VcVersion } from '../model/kind.js';
import type { CheckId } from './checks.js';
import type { Code, Severity } from './codes.js';
import type { IssuerReport } from './issuer.js';

export type { Severity } from './codes.js';

/**
 * How one check turned out: `pass`; the worst severity among its findings (`error`, `warning`;
 * `info` findings leave it `pass`); `indeterminate` when it could not be decided (an unreachable
 * status list: never a silent pass); `skipped` at the caller's request or when an opt-in is off.
 */
export type Outcome = 'pass' | 'error' | 'warning' | 'indeterminate' | 'skipped';

/** The verdict of a whole report: `invalid` with an error, else `warning` with a warning or an indeterminate check, else `valid`. */
export type ReportStatus = 'valid' | 'warning' | 'invalid';

/** One thing a check found. */
export interface Finding {
  /** The check that found it. */
  check: CheckId;
  /** Stable code, `<CHECK>_<WHAT>`; see {@link CODES} and docs/codes.md. */
  code: Code;
  /** Its severity (from the code table, or the caller's `severity` override). */
  severity: Severity;
  /** JSON Pointer (RFC 6901) into the credential; `''` for the whole document. */
  path: string;
  /** What is wrong, in plain words. */
  message: string;
  /** What to do about it. */
  hint: string;
  /** For a `profile` finding: the id of the profile requirement that is not met. */
  requirement?: string;
  /**
   * Findings that follow from this one (the same root cause, reported by other checks), folded
   * under it so that one mistake reads as one finding.
   */
  related?: Finding[];
  /**
   * The name the author most likely meant, when a misspelt property or type is close to one the
   * contexts define (`credentialSubject` for `credentialSubjct`).
   */
  suggestion?: string;
  /**
   * How many times this finding occurs in this report, when the same finding (same code and
   * message) at other places was collapsed into it; those places are in `related`.
   */
  occurrences?: number;
}

/** How one check turned out. */
export interface CheckResult {
  /** Which check. */
  check: CheckId;
  /** Its outcome. */
  outcome: Outcome;
  /** What was checked and found, in one line. */
  message: string;
}

/** What every report has. */
export interface ReportBase {
  /** The verdict. */
  status: ReportStatus;
  /** What the input is. */
  kind: CredentialKind;
  /** How the input was encoded, when it could be read. */
  format?: InputFormat;
  /** VC Data Model version, for credentials. */
  vcVersion?: VcVersion;
  /** The credential's `id`, when it has one. */
  id?: string;
  /** One result per check that ran (or was skipped), in pipeline order. */
  checks: CheckResult[];
  /** Every finding, in pipeline order, errors before warnings before notes within a check. */
  findings: Finding[];
}

/** The result of `validate`. */
export interface ValidationReport extends ReportBase {
  /** `true` if and only if no finding is an error. */
  valid: boolean;
}

/** The result of `verify`. */
export interface VerificationReport extends ReportBase {
  /** `true` if and only if no finding is an error (here and in nested credentials that count). */
  verified: boolean;
  /**
   * Who the credential names as its issuer, how the issuer's key is bound (a domain, or nothing:
   * `did:key`), and whether a trust source you gave vouches for it (the `trust` check). Present
   * whenever the input could be read as a credential.
   */
  issuer?: IssuerReport;
  /** For a nested report: JSON Pointer of the credential inside its parent. */
  path?: string;
  /** Reports of the credentials inside this one: endorsements, a CLR's credentials. */
  nested?: VerificationReport[];
}
