// `endorsement` check of an OB 2.0 assertion (§Endorsement): every Endorsement of the assertion, of
// its BadgeClass and of its issuer Profile (`endorsement`, by IRI or embedded) is verified fully —
// as an OB 2.0 Endorsement, hosted or signed, through the same pipeline — and must make its claim
// about the object it is attached to (its `claim.id` is that object's id).
import { OB_V2_CONTEXT_URL } from '../../context/urls.js';
import { fromBase64url, fromUtf8 } from '../../internal/encoding.js';
import { asArray, idOf, isObject, type JsonObject } from '../../internal/json.js';
import { finding } from '../../report/finding.js';
import type { Finding, VerificationReport } from '../../report/types.js';
import { isUrl } from '../../validate/ob2/values.js';
import type { Check } from '../../validate/types.js';
import type { Ob2Embedded, Ob2VerifyEnv } from '../env.js';
import { loadBadgeObject } from '../load.js';

interface Endorsement extends Ob2Embedded {
  /** The id of the object it is attached to. */
  endorsed: string | undefined;
}

/** Verifies every endorsement of the assertion, its BadgeClass and its issuer. */
export const checkOb2Endorsements: Check<Ob2VerifyEnv> = async (_target, env) => {
  const { graph } = env;
  const root = {
    view: graph.assertion.view.view,
    pathOf: (pointer: string) => graph.assertion.view.toInputPath(pointer),
  };
  const holders = [
    root,
    ...(graph.badge ? [graph.badge] : []),
    ...(graph.issuer ? [graph.issuer] : []),
  ];
  const endorsements: Endorsement[] = holders.flatMap(({ view, pathOf }) =>
    asArray(view.endorsement).map((value, i) => ({
      path: pathOf(`/endorsement${Array.isArray(view.endorsement) ? `/${i}` : ''}`),
      value: withContext(value),
      endorsed: idOf(view),
    })),
  );
  if (endorsements.length === 0) return undefined;
  const { verified, limits } = await env.verifyEmbedded(endorsements);
  const findings = [...limits];
  for (const { entry, report } of verified) {
    findings.push(...(await judge(entry as Endorsement, report, env)));
  }
  return { findings, message: `All ${endorsements.length} endorsements verify` };
};

// An embedded Badge Object takes the context of the document it is in.
function withContext(value: unknown): unknown {
  return isObject(value) && value['@context'] === undefined
    ? { '@context': OB_V2_CONTEXT_URL, ...value }
    : value;
}

async function judge(
  entry: Endorsement,
  report: VerificationReport,
  env: Ob2VerifyEnv,
): Promise<Finding[]> {
  const where = `The endorsement at ${entry.path}`;
  if (!report.verified) {
    const error = report.findings.find((f) => f.severity === 'error');
    return [
      finding(
        'ENDORSEMENT_INVALID',
        entry.path,
        `${where} does not verify (${error ? `${error.code}: ${error.message}` : 'invalid'}); do not show it`,
      ),
    ];
  }
  if (report.kind !== 'OB2Endorsement') {
    return [
      finding(
        'ENDORSEMENT_NOT_ENDORSEMENT',
        entry.path,
        `${where} is not an OB 2.0 Endorsement (it is ${report.kind})`,
      ),
    ];
  }
  const claim = await claimOf(entry.value, env);
  if (entry.endorsed === undefined || claim !== entry.endorsed) {
    return [
      finding(
        'ENDORSEMENT_SUBJECT_MISMATCH',
        entry.path,
        `${where} makes a claim about ${claim ?? '(nothing)'}, not about the object it is attached to (${entry.endorsed ?? 'an object without an id'})`,
      ),
    ];
  }
  if (report.status !== 'valid') {
    return [
      finding(
        'ENDORSEMENT_WARNING',
        entry.path,
        `${where} (${report.id ?? 'no id'}) verifies with warnings`,
      ),
    ];
  }
  return [];
}

// The claim of the endorsement as verified: the hosted copy for a hosted one (loaded by the same,
// caching loader), the JWS payload for a signed one.
async function claimOf(value: unknown, env: Ob2VerifyEnv): Promise<string | undefined> {
  let document: JsonObject | undefined;
  const url = typeof value === 'string' ? value : isObject(value) ? value.id : undefined;
  if (isUrl(url) && !(isObject(value) && isSigned(value))) {
    const loaded = await loadBadgeObject(url, env.documentLoader);
    document = loaded.ok ? loaded.document : undefined;
  } else if (typeof value === 'string') {
    document = payloadOf(value);
  } else if (isObject(value)) {
    document = value;
  }
  return idOf(document?.claim);
}

function isSigned(value: JsonObject): boolean {
  const verification = value.verification ?? value.verify;
  const type = isObject(verification) ? asArray(verification.type) : [];
  return type.includes('signed') || type.includes('SignedBadge');
}

function payloadOf(jws: string): JsonObject | undefined {
  try {
    const payload = JSON.parse(fromUtf8(fromBase64url(jws.split('.')[1] ?? '')));
    return isObject(payload) ? payload : undefined;
  } catch {
    return undefined;
  }
}
