// Where verify() hands Open Badges 2.0 (and 1.x) input to the OB 2.0 pipeline (src/ob2): a hosted
// assertion's URL (given, or baked in an image), a signed assertion's JWS, or an OB 2.0 document.
// Its endorsements come back through this verifier's pipeline, within the same limits.
import type { JsonObject } from '../internal/json.js';
import { type Ob2Source, verifyOb2 } from '../ob2/pipeline.js';
import type { VerificationReport } from '../report/types.js';
import { type Call, overridesOf, type TargetState, type VerifyEnv } from './env.js';
import { verifyEmbedded } from './nested.js';
import { verificationReport, verifyDocument } from './pipeline.js';

/** Verifies OB 2.0 input through the OB 2.0 pipeline. */
export async function verifyOb2Input(
  source: Ob2Source,
  call: Call,
  depth: number,
  path: string | undefined,
): Promise<VerificationReport> {
  call.visited++;
  const state: TargetState = { nested: [] };
  const outcome = await verifyOb2(source, {
    documentLoader: call.session.documentLoader,
    now: call.now,
    skewMs: call.skewMs,
    knownIdentifier: call.knownIdentifier,
    select: call.session.select,
    overrides: overridesOf(call),
    schemaCache: call.session.schemaCache,
    depth,
    // verifyEmbedded reads the nesting depth, the call and where nested reports go.
    verifyEmbedded: (entries) =>
      verifyEmbedded(entries, { call, depth, state } as unknown as VerifyEnv),
  });
  if ('other' in outcome) {
    // A URL that serves something else (an OB 3.0 credential): verified as what it is.
    call.visited--;
    return verifyDocument(
      outcome.other as JsonObject,
      'json',
      undefined,
      call,
      {
        depth,
        path,
        refreshed: false,
      },
      {
        checks: [{ check: 'parse', outcome: 'pass', message: `Read as JSON${outcome.note}` }],
        findings: [],
        halted: false,
      },
    );
  }
  return verificationReport(outcome.target, outcome.run, path, state.nested);
}
