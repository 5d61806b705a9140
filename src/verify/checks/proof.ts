// `proof` check: OB 3.0 §Verification step 2 and the Data Integrity spec: the VC-JWT's signature,
// and every embedded proof, each verified with a key the issuer controls. Every proof must verify:
// a proof that does not (or of a suite lerkit cannot verify) fails the credential.
import { asArray } from '../../internal/json.js';
import { limitName } from '../../limits/limits.js';
import { verifyJwtProof } from '../../proof/jwt.js';
import { type ProofResult, verifyProofs } from '../../proof/verify-proofs.js';
import { finding } from '../../report/finding.js';
import type { Finding } from '../../report/types.js';
import type { Check } from '../../validate/types.js';
import type { VerifyEnv } from '../env.js';

/** Verifies the VC-JWT and every embedded proof. */
export const checkProof: Check<VerifyEnv> = async ({ document }, env) => {
  const { documentLoader, keyResolver, limits } = env.call.session;
  const options = { documentLoader, keyResolver, limits };
  const count = asArray(document.proof).length;
  if (count > limits.proofs) {
    const message = `The credential carries ${count.toLocaleString('en-US')} proofs, over ${limitName('proofs', limits)}; none was verified`;
    return {
      findings: [finding('LIMITS_PROOF_COUNT', '/proof', message)],
      message,
      undecided: true,
    };
  }
  const results: ProofResult[] = [];
  if (env.jwt !== undefined) {
    const { credential: _c, validUntil, ...result } = await verifyJwtProof(env.jwt, options);
    if (validUntil) env.state.jwtValidUntil = validUntil;
    results.push(result);
  }
  if (env.jwt === undefined || document.proof !== undefined) {
    results.push(...(await verifyProofs(document, options)));
  }
  const findings = results.flatMap(toFinding);
  const verified = results.filter((r) => r.verified);
  return {
    findings,
    message:
      verified.length === 1
        ? (verified[0] as ProofResult).message
        : `All ${verified.length} proofs verify`,
  };
};

// A failed proof is an error; a verified one a note (with a caveat, such as a legacy suite, a
// warning), so that each proof of a set is accounted for.
function toFinding(result: ProofResult): Finding[] {
  return [finding(result.code ?? 'PROOF_VERIFIED', result.path, result.message)];
}
