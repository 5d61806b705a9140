// `proof` check of an OB 2.0 assertion (OB 2.0 §Verification): "All Badge Objects were created by
// the appropriate issuer Profile(s) according to rules declared in their VerificationObjects" —
// hosted (§HostedBadge Verification) or signed (§SignedBadge Verification).
import { finding } from '../../report/finding.js';
import type { Check } from '../../validate/types.js';
import type { Ob2VerifyEnv } from '../env.js';
import { checkHosted } from './hosted.js';
import { checkSigned } from './signed.js';

/** Verifies the assertion by the method it declares (or as signed, for a JWS). */
export const checkOb2Proof: Check<Ob2VerifyEnv> = async (_target, env) => {
  const { graph } = env;
  if (graph.jws && graph.declared === 'hosted') {
    return {
      findings: [
        finding(
          'PROOF_OB2_VERIFICATION_MISMATCH',
          graph.assertion.view.toInputPath('/verification/type'),
          'The assertion arrived as a JWS but declares hosted verification: its signature is not how its issuer vouches for it',
        ),
      ],
      message: 'The verification method is inconsistent',
    };
  }
  if (graph.method === 'hosted') return checkHosted(env);
  if (graph.method === 'signed') return checkSigned(env);
  return {
    findings: [],
    message: 'Not run: the assertion declares no hosted or signed verification (see type)',
    skipped: true,
  };
};
