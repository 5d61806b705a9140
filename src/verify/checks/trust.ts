// `trust` check: who the credential names as its issuer, how the issuer's key is bound, and
// whether a trust source the caller gave vouches for it (DCC verifier-core's registered_issuer
// step). `verified` means "signed by a key the issuer named controls"; this says who that is.
import { CODES } from '../../report/codes.js';
import { finding } from '../../report/finding.js';
import type { IssuerReport, TrustDecision } from '../../report/issuer.js';
import type { Finding } from '../../report/types.js';
import type { Check } from '../../validate/types.js';
import type { VerifyEnv } from '../env.js';
import { describeIssuer, httpsDomain, type IssuerIdentity, sameSite } from '../trust/binding.js';
import { decideTrust, display, unprovenDecision } from '../trust/decide.js';

/** Decides whether the issuer is trusted, and fills the report's issuer section. */
export const checkTrust: Check<VerifyEnv> = async ({ document }, env) => {
  const identity = describeIssuer(document);
  const findings = domainFindings(identity);
  const registries = env.call.session.trust;
  if (identity.id === undefined || registries.length === 0) {
    env.state.issuer = issuerSection(identity, noDecision(identity, registries.length));
    // Nothing to decide; the check appears only to carry a warning about the profile.
    return findings.length > 0 ? { findings, message: 'No trust decision' } : undefined;
  }
  const unproven = unprovenReason(env);
  const decision = unproven
    ? unprovenDecision(identity.id, unproven)
    : await decideTrust(identity.id, registries, {
        documentLoader: env.call.session.documentLoader,
        now: env.call.now,
      });
  env.state.issuer = issuerSection(identity, decision);
  findings.push(...decisionFindings(decision, identity, env));
  return { findings, message: decision.message };
};

/** The issuer section of a credential whose `trust` check did not run. */
export function unjudgedIssuer(document: Parameters<typeof describeIssuer>[0]): IssuerReport {
  const identity = describeIssuer(document);
  return issuerSection(identity, {
    status: 'none',
    message: 'The trust check did not run (skipped at the caller’s request): no trust decision',
  });
}

function issuerSection(identity: IssuerIdentity, trust: TrustDecision): IssuerReport {
  const section: IssuerReport = { binding: identity.binding, trust };
  if (identity.id !== undefined) section.id = identity.id;
  if (identity.name !== undefined) section.name = identity.name;
  return section;
}

function noDecision(identity: IssuerIdentity, sources: number): TrustDecision {
  if (identity.id === undefined) {
    return { status: 'none', message: 'The credential names no issuer id: no trust decision' };
  }
  return {
    status: 'none',
    message:
      sources === 0
        ? `No trust source was given (the trust option), so whether to trust ${display(identity.id)} was not checked`
        : 'No trust decision',
  };
}

// OB 3.0 §Verification proves only that the issuer named controls the key: if the proof did not
// (it failed, did not run, or its key is unconfirmed), the name proves nothing to look up.
function unprovenReason(env: VerifyEnv): string | undefined {
  const select = env.call.session.select;
  if (!select.runs('proof') || select.skipped('proof')) {
    return 'the proof check did not run, so nothing shows that this issuer signed the credential';
  }
  const proof = env.prior.filter((f) => f.check === 'proof');
  if (proof.some((f) => f.code === 'PROOF_KEY_UNCONFIRMED')) {
    return 'the signing key is not confirmed by the issuer’s own documents (PROOF_KEY_UNCONFIRMED)';
  }
  if (proof.some((f) => CODES[f.code].severity === 'error')) {
    return 'the proof does not verify, so nothing shows that this issuer signed the credential';
  }
  return undefined;
}

function decisionFindings(
  decision: TrustDecision,
  identity: IssuerIdentity,
  env: VerifyEnv,
): Finding[] {
  const out: Finding[] = [];
  if (decision.status === 'not-found') {
    out.push(policy(finding('TRUST_NOT_FOUND', identity.path, decision.message), env));
  }
  if (decision.status === 'unknown') {
    out.push(policy(finding('TRUST_UNKNOWN', identity.path, decision.message), env));
  }
  if (decision.status === 'trusted' || decision.status === 'unknown') {
    for (const source of decision.unchecked) {
      out.push(
        finding(
          'TRUST_REGISTRY_UNREADABLE',
          identity.path,
          `The trust source “${source.source}” could not be consulted: ${source.reason}`,
        ),
      );
    }
  }
  return out;
}

// The caller's policy applies to the credential verified: with requireTrustedIssuer its issuer
// must be trusted (error). Nested credentials (endorsements, a CLR's credentials) carry their own
// issuer section, and their trust findings are notes: the outer issuer signed what it carries, and
// an endorser is a third party whose standing is shown, not required.
function policy(found: Finding, env: VerifyEnv): Finding {
  if (env.depth > 0) return { ...found, severity: 'info' };
  if (env.call.session.options.requireTrustedIssuer === true)
    return { ...found, severity: 'error' };
  return found;
}

// A did:web issuer is bound to its domain only; a profile url elsewhere claims a site that is not
// proven to be the issuer's.
function domainFindings(identity: IssuerIdentity): Finding[] {
  const { binding, url } = identity;
  if (binding.type !== 'domain' || binding.method !== 'did:web' || url === undefined) return [];
  const urlDomain = httpsDomain(url) ?? hostOf(url);
  if (urlDomain === undefined || sameSite(urlDomain, binding.domain)) return [];
  return [
    finding(
      'TRUST_DOMAIN_MISMATCH',
      '/issuer/url',
      `The issuer’s key is bound to ${binding.domain} (did:web), but its profile url points to ${urlDomain}: only ${binding.domain} is proven`,
    ),
  ];
}

function hostOf(url: string): string | undefined {
  try {
    const host = new URL(url).host.toLowerCase();
    return host === '' ? undefined : host;
  } catch {
    return undefined;
  }
}
