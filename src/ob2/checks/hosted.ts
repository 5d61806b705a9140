// Hosted verification (OB 2.0 §HostedBadge Verification): the assertion is the document served at
// its id, and that id is within the scope the issuer Profile's verification policy allows —
// `startsWith` prefixes, `allowedOrigins` host names, and by default the issuer id's own host
// ("This defaults to requiring the Assertion … to be hosted on the same origin as the issuer
// Profile id").

import { asArray, isObject } from '../../internal/json.js';
import type { CheckOutput } from '../../report/assemble.js';
import { finding } from '../../report/finding.js';
import type { Finding } from '../../report/types.js';
import { isUrl } from '../../validate/ob2/values.js';
import type { Ob2VerifyEnv } from '../env.js';
import type { GraphNode } from '../graph.js';

/** Verifies a hosted assertion. */
export function checkHosted(env: Ob2VerifyEnv): CheckOutput {
  const hosted = env.graph.hosted;
  const idPath = env.graph.assertion.view.toInputPath('/id');
  if (!hosted || hosted.outcome === 'not-http') {
    return {
      findings: [],
      message: 'Not run: the assertion has no HTTP(S) id (see ob2)',
      skipped: true,
    };
  }
  if (hosted.outcome === 'gone') {
    return {
      findings: [],
      message: `Not run: ${hosted.url} is gone (revoked, see status)`,
      skipped: true,
    };
  }
  if (hosted.outcome === 'id-mismatch') {
    return fail(
      finding(
        'PROOF_OB2_HOSTED_ID_MISMATCH',
        idPath,
        `${hosted.message}: the issuer does not host this assertion there`,
      ),
    );
  }
  if (hosted.outcome !== 'loaded') {
    return fail(
      finding(
        'PROOF_OB2_HOSTED_UNAVAILABLE',
        idPath,
        `The hosted assertion ${hosted.url} could not be loaded, so it cannot be verified: ${hosted.message ?? hosted.outcome}`,
      ),
    );
  }
  const findings: Finding[] = [];
  if (hosted.differs) {
    findings.push(
      finding(
        'PROOF_OB2_HOSTED_DIFFERS',
        '',
        `The assertion given differs from the one hosted at ${hosted.url}; the hosted one was verified`,
      ),
    );
  }
  const issuer = env.graph.issuer;
  if (!issuer?.trusted) {
    return {
      findings,
      message:
        'Not run: the issuer Profile is not available to give its verification policy (see ob2)',
      skipped: true,
    };
  }
  const scope = scopeProblem(hosted.url as string, issuer);
  if (scope) findings.push(finding('PROOF_OB2_OUT_OF_SCOPE', idPath, scope));
  return { findings, message: `Hosted at ${hosted.url}, within the issuer’s verification policy` };
}

function fail(found: Finding): CheckOutput {
  return { findings: [found], message: found.message };
}

/** Why an assertion id is outside the issuer's verification policy, or `undefined`. */
export function scopeProblem(url: string, issuer: GraphNode): string | undefined {
  const policy = isObject(issuer.view.verification) ? issuer.view.verification : {};
  const startsWith = asArray(policy.startsWith).filter((s): s is string => typeof s === 'string');
  if (startsWith.length > 0 && !startsWith.some((prefix) => url.startsWith(prefix))) {
    return `${url} does not start with any of ${startsWith.join(', ')} (the issuer’s verification policy, startsWith)`;
  }
  const declared = asArray(policy.allowedOrigins).filter((s): s is string => typeof s === 'string');
  const issuerId = issuer.view.id;
  const origins =
    declared.length > 0
      ? declared
      : startsWith.length > 0
        ? []
        : isUrl(issuerId)
          ? [new URL(issuerId).host]
          : [];
  if (declared.length === 0 && startsWith.length === 0 && origins.length === 0) {
    return `The issuer’s id ${String(issuerId)} has no host to default the verification policy to`;
  }
  const { host, hostname } = new URL(url);
  if (
    origins.length > 0 &&
    !origins.some((o) => o.toLowerCase() === hostname || o.toLowerCase() === host)
  ) {
    const why = declared.length > 0 ? 'allowedOrigins' : 'by default, the issuer id’s host';
    return `${url} is hosted at ${hostname}, not at ${origins.join(', ')} (the issuer’s verification policy: ${why})`;
  }
  return undefined;
}
