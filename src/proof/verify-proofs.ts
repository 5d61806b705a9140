import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import jsigs from 'jsonld-signatures';
import type { DocumentLoader } from '../context/types.js';
import { asArray, idOf, isObject, type JsonObject } from '../internal/json.js';
import { type ResolveFailureCode, resolveVerificationMethod } from './resolve.js';
import { describeError } from './sign.js';

/** Codes of proof failures. */
export type ProofFailureCode =
  | ResolveFailureCode
  | 'PROOF_MISSING'
  | 'PROOF_MALFORMED'
  | 'PROOF_SUITE_UNSUPPORTED'
  | 'PROOF_PURPOSE_MISMATCH'
  | 'PROOF_ISSUER_MISMATCH'
  | 'PROOF_JSONLD_INVALID'
  | 'PROOF_SIGNATURE_INVALID';

/** The outcome of checking one proof of a credential. */
export interface ProofResult {
  /** JSON Pointer of the proof (`/proof` or `/proof/1`). */
  path: string;
  /** `true` when the signature verifies with a key the issuer controls. */
  verified: boolean;
  /** Failure code, when not verified. */
  code?: ProofFailureCode;
  /** What was found, in plain words. */
  message: string;
  /** Proof type and cryptosuite, e.g. `DataIntegrityProof/eddsa-rdfc-2022`. */
  suite?: string;
  /** The verification method the proof names. */
  verificationMethod?: string;
}

/** Options of {@link verifyProofs}. */
export interface VerifyProofsOptions {
  /** Loader for contexts and controller documents. */
  documentLoader: DocumentLoader;
}

/**
 * Verifies every embedded proof of a credential independently: the signature, that the key is
 * listed by its controller for `assertionMethod`, and that the controller is the credential's
 * issuer.
 */
export async function verifyProofs(
  credential: JsonObject,
  options: VerifyProofsOptions,
): Promise<ProofResult[]> {
  const proofs = asArray(credential.proof);
  if (proofs.length === 0) {
    return [
      {
        path: '/proof',
        verified: false,
        code: 'PROOF_MISSING',
        message: 'The credential has no proof',
      },
    ];
  }
  const isSet = Array.isArray(credential.proof);
  return Promise.all(
    proofs.map((proof, i) =>
      verifyOne(credential, proof, isSet ? `/proof/${i}` : '/proof', options),
    ),
  );
}

async function verifyOne(
  credential: JsonObject,
  proof: unknown,
  path: string,
  options: VerifyProofsOptions,
): Promise<ProofResult> {
  const fail = (
    code: ProofFailureCode,
    message: string,
    extra: Partial<ProofResult> = {},
  ): ProofResult => ({
    path,
    verified: false,
    code,
    message,
    ...extra,
  });
  if (!isObject(proof)) return fail('PROOF_MALFORMED', 'A proof must be an object');
  const suite =
    typeof proof.cryptosuite === 'string'
      ? `${proof.type}/${proof.cryptosuite}`
      : String(proof.type);
  if (proof.type !== 'DataIntegrityProof' || proof.cryptosuite !== 'eddsa-rdfc-2022') {
    return fail('PROOF_SUITE_UNSUPPORTED', `Proof suite ${suite} is not supported`, { suite });
  }
  if (typeof proof.verificationMethod !== 'string' && !isObject(proof.verificationMethod)) {
    return fail('PROOF_MALFORMED', 'The proof names no verificationMethod', { suite });
  }
  const verificationMethod = idOf(proof.verificationMethod) ?? '';
  const info = { suite, verificationMethod };
  if (typeof proof.proofValue !== 'string')
    return fail('PROOF_MALFORMED', 'The proof has no proofValue', info);
  if (proof.proofPurpose !== 'assertionMethod') {
    return fail(
      'PROOF_PURPOSE_MISMATCH',
      `A credential proof must have proofPurpose "assertionMethod", not ${JSON.stringify(proof.proofPurpose)}`,
      info,
    );
  }

  const resolved = await resolveVerificationMethod(verificationMethod, {
    documentLoader: options.documentLoader,
  });
  if (!resolved.ok) return fail(resolved.code, resolved.message, info);
  const issuerId = idOf(credential.issuer);
  if (issuerId !== resolved.controllerId) {
    return fail(
      'PROOF_ISSUER_MISMATCH',
      `The key is controlled by ${resolved.controllerId}, but the credential's issuer is ${issuerId ?? '(none)'}`,
      info,
    );
  }

  const methodLoader: DocumentLoader = async (url) =>
    url === verificationMethod
      ? { contextUrl: null, documentUrl: url, document: resolved.method }
      : options.documentLoader(url);
  let result: Awaited<ReturnType<typeof jsigs.verify>>;
  try {
    result = await jsigs.verify(
      { ...credential, proof },
      {
        suite: new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 }),
        // Authorisation was checked above; hand jsigs the normalised answer.
        purpose: new jsigs.purposes.AssertionProofPurpose({
          controller: { id: resolved.controllerId, assertionMethod: [verificationMethod] },
        }),
        documentLoader: methodLoader,
      },
    );
  } catch (error) {
    return fail(
      'PROOF_JSONLD_INVALID',
      `The credential could not be processed: ${describeError(error)}`,
      info,
    );
  }
  if (result.verified) {
    return {
      path,
      verified: true,
      message: `Signature verified with ${verificationMethod}`,
      ...info,
    };
  }
  const error = result.results?.[0]?.error ?? result.error;
  const description = describeError(error);
  if (
    /safe mode|jsonld|undefined term|relative/i.test(description) &&
    !/signature/i.test(description)
  ) {
    return fail(
      'PROOF_JSONLD_INVALID',
      `The credential is not valid JSON-LD: ${description}`,
      info,
    );
  }
  return fail('PROOF_SIGNATURE_INVALID', `The signature does not verify: ${description}`, info);
}
