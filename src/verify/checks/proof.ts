// `proof` check: OB 3.0 §Verification step 2 and the Data Integrity spec: the VC-JWT's signature,
// and every embedded proof, each verified with a key the issuer controls. Every proof must verify:
// a proof that does not (or of a suite lerkit cannot verify) fails the credential.
import { asArray, isObject } from '../../internal/json.js';
import { DATE_TIME } from '../../internal/patterns.js';
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
  const findings = [...results.flatMap(toFinding), ...proofWindowFindings(document.proof, env)];
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

// VC Data Integrity 1.0 §2.1 (and §4.2 step "created"/"expires"): a proof whose `expires` is past
// is no longer valid; a proof `created` after the verification time (beyond the clock skew) is
// not valid yet. An unreadable date is a malformed proof.
function proofWindowFindings(proofs: unknown, env: VerifyEnv): Finding[] {
  const { now, skewMs } = env.call;
  const isSet = Array.isArray(proofs);
  const out: Finding[] = [];
  asArray(proofs).forEach((proof, i) => {
    if (!isObject(proof)) return;
    const at = isSet ? `/proof/${i}` : '/proof';
    for (const member of ['created', 'expires'] as const) {
      const value = proof[member];
      if (value === undefined) continue;
      const time = typeof value === 'string' && DATE_TIME.test(value) ? Date.parse(value) : NaN;
      if (Number.isNaN(time)) {
        out.push(
          finding(
            'PROOF_MALFORMED',
            `${at}/${member}`,
            `The proof's ${member} is not an XML Schema dateTime: ${JSON.stringify(value).slice(0, 80)}`,
          ),
        );
      } else if (member === 'expires' && time < now.getTime() - skewMs) {
        out.push(
          finding(
            'PROOF_EXPIRED',
            `${at}/expires`,
            `The proof expired at ${value} (verified at ${now.toISOString()})`,
          ),
        );
      } else if (member === 'created' && time > now.getTime() + skewMs) {
        out.push(
          finding(
            'PROOF_NOT_YET_VALID',
            `${at}/created`,
            `The proof was created at ${value}, after the verification time ${now.toISOString()}`,
          ),
        );
      }
    }
  });
  return out;
}
