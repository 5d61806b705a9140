// Signed verification (OB 2.0 §SignedBadge Verification): the JWS verifies (RS256, "For
// compatibility purposes, using RSA-SHA256 is recommended"; the only algorithm accepted, so no
// algorithm confusion) with a key the issuer Profile lists in `publicKey` ("Do not trust a key
// that is not properly linked from the issuer Profile"): the `verification.creator` key when
// given ("If a key is declared here, it must be authorized in the issuer Profile as well"), else
// each of the issuer's keys. A key that names an `owner` must name the issuer. The checks read the
// JWS payload: exactly what was signed.
import { compactVerify, importSPKI } from 'jose';
import { isCanonicalCompactJws } from '../../internal/encoding.js';
import { asArray, idOf, isObject } from '../../internal/json.js';
import type { CheckOutput } from '../../report/assemble.js';
import { finding } from '../../report/finding.js';
import type { Finding } from '../../report/types.js';
import { propertyOf } from '../../validate/ob2/rules.js';
import type { Ob2VerifyEnv } from '../env.js';
import type { KeyNode } from '../graph.js';

const KEY_HINT = 'List the key in the issuer Profile’s publicKey (OB 2.0 §SignedBadge).';
const MAX_PEM = 16 * 1024;

/** Verifies a signed assertion. */
export async function checkSigned(env: Ob2VerifyEnv): Promise<CheckOutput> {
  const { graph } = env;
  const verificationPath = graph.assertion.view.toInputPath('/verification');
  if (!graph.jws) {
    return fail(
      finding(
        'PROOF_MISSING',
        verificationPath,
        'The assertion declares SignedBadge verification but came without its JWS: the signature is what proves it',
        'Verify the JWS itself (the compact string, or the image it is baked in).',
      ),
    );
  }
  if (graph.jws.header.alg !== 'RS256') {
    return fail(
      finding(
        'PROOF_OB2_ALG_UNSUPPORTED',
        '',
        `The JWS uses ${JSON.stringify(graph.jws.header.alg ?? null)}; OB 2.0 signed assertions are verified with RS256`,
      ),
    );
  }
  const issuer = graph.issuer;
  if (!issuer?.trusted) {
    return {
      findings: [],
      message: 'Not run: the issuer Profile is not available to list its keys (see ob2)',
      skipped: true,
    };
  }
  if (graph.keys.length === 0) return fail(notListed(env, verificationPath));
  return tryKeys(env, graph.keys, String(issuer.view.id));
}

function notListed(env: Ob2VerifyEnv, verificationPath: string): Finding {
  const verification = propertyOf(env.graph.assertion.view.view, 'verification')?.[1];
  const creator = isObject(verification) ? idOf(verification.creator) : undefined;
  const issuer = env.graph.issuer?.view;
  const listed = asArray(issuer?.publicKey).map(idOf).filter(Boolean);
  return creator !== undefined
    ? finding(
        'PROOF_KEY_NOT_FOUND',
        `${verificationPath}/creator`,
        `The signing key ${creator} is not listed by the issuer ${String(issuer?.id)} (its publicKey: ${listed.join(', ') || 'none'})`,
        KEY_HINT,
      )
    : finding(
        'PROOF_KEY_NOT_FOUND',
        env.graph.issuer?.path ?? '',
        `The issuer ${String(issuer?.id)} lists no publicKey to verify the signature with`,
        KEY_HINT,
      );
}

async function tryKeys(
  env: Ob2VerifyEnv,
  keys: readonly KeyNode[],
  issuerId: string,
): Promise<CheckOutput> {
  const problems: Finding[] = [];
  const compact = env.graph.jws?.compact as string;
  if (!isCanonicalCompactJws(compact)) {
    const message =
      'The JWS is not canonical base64url (padding, other characters, or non-zero unused bits): several strings would carry one signature';
    return { findings: [finding('PROOF_SIGNATURE_INVALID', '', message)], message };
  }
  let tried = 0;
  for (const key of keys) {
    const usable = await usableKey(key, issuerId);
    if ('problem' in usable) {
      problems.push(usable.problem);
      continue;
    }
    tried++;
    try {
      await compactVerify(env.graph.jws?.compact as string, usable.key, { algorithms: ['RS256'] });
      return {
        findings: [
          finding(
            'PROOF_VERIFIED',
            key.path,
            `The JWS verified with the key ${key.id ?? '(embedded)'} the issuer lists`,
          ),
        ],
        message: `The JWS verified with ${key.id ?? 'a key'} of the issuer ${issuerId}`,
      };
    } catch {
      // another of the issuer's keys may have signed it
    }
  }
  if (tried > 0) {
    problems.unshift(
      finding(
        'PROOF_SIGNATURE_INVALID',
        '',
        `The JWS does not verify with ${tried === 1 ? 'the issuer’s key' : `any of the issuer’s ${tried} keys`}: the assertion was changed after signing, or signed with another key`,
      ),
    );
  }
  return { findings: problems, message: problems[0]?.message ?? 'No usable key' };
}

async function usableKey(
  key: KeyNode,
  issuerId: string,
): Promise<{ key: CryptoKey } | { problem: Finding }> {
  if (!key.view) {
    return {
      problem: finding(
        'PROOF_KEY_UNRESOLVED',
        key.path,
        `The key ${key.id} could not be obtained: ${key.failure?.message ?? 'unknown'}`,
        'Supply the CryptographicKey through resources or a documentLoader, or allow network access.',
      ),
    };
  }
  const owner = idOf(key.view.owner);
  if (owner !== undefined && owner !== issuerId) {
    return {
      problem: finding(
        'PROOF_ISSUER_MISMATCH',
        key.path,
        `The key ${key.id} is owned by ${owner}, not by the issuer ${issuerId}`,
      ),
    };
  }
  const pem = key.view.publicKeyPem;
  try {
    if (typeof pem !== 'string' || pem.length > MAX_PEM) throw new Error('no publicKeyPem');
    const imported = (await importSPKI(pem.trim(), 'RS256')) as CryptoKey;
    const bits = (imported.algorithm as RsaHashedKeyAlgorithm).modulusLength;
    if (!(bits >= 2048)) throw new Error(`the RSA key has ${bits} bits, fewer than 2048`);
    return { key: imported };
  } catch (error) {
    return {
      problem: finding(
        'PROOF_OB2_KEY_INVALID',
        key.path,
        `The key ${key.id ?? '(embedded)'} has no usable RSA publicKeyPem: ${(error as Error).message}`,
      ),
    };
  }
}

function fail(found: Finding): CheckOutput {
  return { findings: [found], message: found.message };
}
