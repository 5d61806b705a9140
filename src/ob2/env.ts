// What the OB 2.0 verification checks may use: the resolved graph, the clock, the recipient, and
// how to verify embedded credentials (endorsements) through the verifier's own pipeline.
import type { KnownIdentifier } from '../builders/identity.js';
import type { Finding, VerificationReport } from '../report/types.js';
import type { Ob2CheckEnv } from '../validate/ob2/document.js';
import type { Ob2Graph } from './graph.js';

/** An embedded credential (an endorsement) and where it sits. */
export interface Ob2Embedded {
  /** JSON Pointer of it in the graph. */
  path: string;
  /** As found: an IRI, an object, a compact JWS. */
  value: unknown;
}

/** What verifying embedded credentials gave. */
export interface Ob2NestedOutcome {
  verified: { entry: Ob2Embedded; report: VerificationReport }[];
  /** Limit findings: too deep, too many. */
  limits: Finding[];
}

/** The environment of an OB 2.0 verification check. */
export interface Ob2VerifyEnv extends Ob2CheckEnv {
  readonly graph: Ob2Graph;
  readonly now: Date;
  readonly skewMs: number;
  readonly knownIdentifier: string | KnownIdentifier | undefined;
  /** 0 for the assertion verified; deeper for its endorsements. */
  readonly depth: number;
  /** Verifies embedded credentials fully, one level deeper, within the verifier's limits. */
  verifyEmbedded(entries: readonly Ob2Embedded[]): Promise<Ob2NestedOutcome>;
}
