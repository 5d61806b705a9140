// `refresh` check: OB 3.0 §Verification step 3 and VCCR 1.0. Opt-in, after the proof, at most once:
// the refreshed credential replaces the original only if it is the same issuer's credential for
// the same subject and its proofs verify; otherwise the original is verified.
import { asArray, idOf, isObject, type JsonObject } from '../../internal/json.js';
import { type CredentialInput, parseInput } from '../../parse/parse-input.js';
import type { CheckOutput } from '../../report/assemble.js';
import { finding } from '../../report/finding.js';
import type { Check } from '../../validate/types.js';
import type { VerifyEnv } from '../env.js';

const AT = '/refreshService';

/** Follows a 1EdTechCredentialRefresh service when the caller asked for it. */
export const checkRefresh: Check<VerifyEnv> = async ({ document }, env) => {
  if (document.refreshService === undefined || env.refreshed) return undefined;
  if (!env.call.session.options.refresh) {
    return {
      findings: [],
      message: 'The credential has a refresh service; refreshing is off (pass refresh: true)',
      skipped: true,
    };
  }
  const service = asArray(document.refreshService).find(isObject);
  const url = idOf(service?.id);
  if (!service || !asArray(service.type).includes('1EdTechCredentialRefresh') || !url) {
    return warn(
      'REFRESH_UNSUPPORTED',
      'Only a 1EdTechCredentialRefresh service with an id can be followed',
    );
  }
  let fetched: unknown;
  try {
    fetched = (await env.call.session.documentLoader(url)).document;
  } catch (error) {
    return warn(
      'REFRESH_FAILED',
      `Could not refresh from ${url}; verifying the original. ${(error as Error)?.message ?? error}`,
    );
  }
  const parsed = parseInput(fetched as CredentialInput);
  if (!parsed.ok)
    return warn(
      'REFRESH_FAILED',
      `The credential from ${url} is not a verifiable credential; verifying the original`,
    );
  if (!sameParty(parsed.document, document)) {
    return warn(
      'REFRESH_FAILED',
      `The credential from ${url} is not the same issuer's credential for the same subject; verifying the original`,
    );
  }
  const refreshed = await env.call.verifyRefreshed(parsed, env.depth, env.path);
  const proofs = refreshed.checks.find((c) => c.check === 'proof');
  if (!proofs || (proofs.outcome !== 'pass' && proofs.outcome !== 'warning')) {
    return warn(
      'REFRESH_FAILED',
      `The credential from ${url} does not verify; verifying the original`,
    );
  }
  const message = `Refreshed from ${url}; every other check is of the refreshed credential`;
  const afterProof = refreshed.checks.findIndex((c) => c.check === 'proof') + 1;
  refreshed.checks.splice(afterProof, 0, { check: 'refresh', outcome: 'pass', message });
  env.state.replacement = refreshed;
  return { findings: [], message, halt: true };
};

function warn(code: 'REFRESH_FAILED' | 'REFRESH_UNSUPPORTED', message: string): CheckOutput {
  return { findings: [finding(code, AT, message)], message };
}

function sameParty(refreshed: JsonObject, original: JsonObject): boolean {
  return (
    idOf(refreshed.issuer) === idOf(original.issuer) &&
    subjectKey(refreshed) === subjectKey(original)
  );
}

function subjectKey(credential: JsonObject): string {
  const subject = asArray(credential.credentialSubject).filter(isObject)[0];
  return JSON.stringify(subject ? (subject.id ?? subject.identifier ?? null) : null);
}
