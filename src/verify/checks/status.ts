// `status` check: OB 3.0 §Verification "Check the status" — every credentialStatus entry.
import { asArray } from '../../internal/json.js';
import { limitName } from '../../limits/limits.js';
import { finding } from '../../report/finding.js';
import { checkStatus } from '../../status/check-status.js';
import type { Check } from '../../validate/types.js';
import type { VerifyEnv } from '../env.js';

/** Checks that the credential is not revoked or suspended. */
export const checkCredentialStatus: Check<VerifyEnv> = async ({ document }, { call }) => {
  if (document.credentialStatus === undefined) {
    return { findings: [], message: 'The credential has no credentialStatus: nothing to revoke' };
  }
  const limits = call.session.limits;
  const entries = asArray(document.credentialStatus).length;
  if (entries > limits.statusEntries) {
    const message = `The credential has ${entries.toLocaleString('en-US')} credentialStatus entries, over ${limitName('statusEntries', limits)}; none was checked`;
    return {
      findings: [finding('LIMITS_STATUS_ENTRY_COUNT', '/credentialStatus', message)],
      message,
      undecided: true,
    };
  }
  const results = await checkStatus(document, {
    limits,
    documentLoader: call.session.documentLoader,
    now: call.now,
    skewMs: call.skewMs,
    cache: call.session.lists,
    ...(call.session.options.acceptUnconfirmedKeys ? { acceptUnconfirmedKeys: true } : {}),
  });
  const passes = results.flatMap((r) => (r.passed ? [r.message] : []));
  return {
    findings: results.flatMap((r) => (r.passed ? [] : [r.finding])),
    message: passes.join('; ') || 'Not revoked or suspended',
  };
};
