// `status` check of an OB 2.0 assertion: not revoked. Hosted (§Revoking Hosted Assertions): its URL
// answers 410 Gone, or the hosted document says `revoked: true`. Signed (§SignedBadge Verification
// step 7, §Revocation List): the issuer's RevocationList lists it in `revokedAssertions`, by id
// (a string, or an object with `id`) or, for legacy badges, by `uid`, with its revocationReason.
import { asArray, isObject, type JsonObject } from '../../internal/json.js';
import type { CheckOutput } from '../../report/assemble.js';
import { finding } from '../../report/finding.js';
import { textOf } from '../../validate/ob2/values.js';
import type { Check } from '../../validate/types.js';
import type { Ob2VerifyEnv } from '../env.js';

/** Checks that the assertion is not revoked. */
export const checkOb2Status: Check<Ob2VerifyEnv> = (_target, env) => {
  const { graph } = env;
  const view = graph.assertion.view.view;
  if (graph.hosted?.outcome === 'gone') {
    return revoked(
      '',
      `The hosted assertion ${graph.hosted.url} answers 410 Gone: its issuer revoked it`,
    );
  }
  if (view.revoked === true) {
    const reason = textOf(view.revocationReason);
    return revoked(
      graph.assertion.view.toInputPath('/revoked'),
      `The ${graph.assertion.cls === 'Endorsement' ? 'endorsement' : 'assertion'} says it is revoked${reason ? `: ${reason}` : ''}`,
    );
  }
  if (graph.method !== 'signed') {
    return {
      findings: [],
      message:
        graph.method === 'hosted' ? 'Not revoked (its issuer still hosts it)' : 'Not revoked',
    };
  }
  return checkRevocationList(env, view);
};

function checkRevocationList(env: Ob2VerifyEnv, view: JsonObject): CheckOutput {
  const list = env.graph.revocationList;
  if (!list) {
    return { findings: [], message: 'The issuer publishes no revocation list: nothing is revoked' };
  }
  const { loaded, path } = list;
  if (!loaded.ok) {
    return loaded.reason === 'unavailable' || loaded.reason === 'gone'
      ? fail(
          'STATUS_LIST_UNAVAILABLE',
          path,
          `The revocation list ${loaded.url} could not be obtained, so revocation is unknown: ${loaded.message}`,
        )
      : fail('STATUS_LIST_INVALID', path, `The revocation list cannot be used: ${loaded.message}`);
  }
  const document = loaded.document;
  const types = asArray(document.type);
  if (!types.includes('RevocationList')) {
    return fail('STATUS_LIST_INVALID', path, `${loaded.url} is not a RevocationList`);
  }
  const issuerId = env.graph.issuer?.view.id;
  if (typeof document.issuer === 'string' && document.issuer !== issuerId) {
    return fail(
      'STATUS_LIST_ISSUER_MISMATCH',
      path,
      `The revocation list ${loaded.url} is issued by ${document.issuer}, not by the issuer ${String(issuerId)}`,
    );
  }
  const entry = asArray(document.revokedAssertions).find((e) => listsIt(e, view));
  if (entry === undefined) {
    return { findings: [], message: `Not in the issuer’s revocation list ${loaded.url}` };
  }
  const reason = isObject(entry) ? textOf(entry.revocationReason) : undefined;
  return revoked(
    env.graph.assertion.view.toInputPath('/id'),
    `The issuer’s revocation list ${loaded.url} revokes it${reason ? `: ${reason}` : ''}`,
  );
}

// An entry names the assertion by id, or (legacy 1.x badges) by uid; `revoked: false` does not revoke.
function listsIt(entry: unknown, view: JsonObject): boolean {
  if (typeof entry === 'string') return entry === view.id;
  if (!isObject(entry) || entry.revoked === false) return false;
  if (typeof entry.id === 'string') return entry.id === view.id;
  return typeof entry.uid === 'string' && entry.uid === view.uid;
}

function revoked(path: string, message: string): CheckOutput {
  return fail('STATUS_REVOKED', path, message);
}

function fail(code: Parameters<typeof finding>[0], path: string, message: string): CheckOutput {
  const found = finding(code, path, message);
  return { findings: [found], message };
}
