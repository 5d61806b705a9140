// `recipient` check: OB 3.0 §Verification step 5, "Verify the Recipient Using an Identifier" —
// of the credential verified (not of its endorsements or a CLR's credentials), when the caller
// gives the known value.
import { type KnownIdentifier, matchesIdentity } from '../../builders/identity.js';
import { asArray, isObject, type JsonObject } from '../../internal/json.js';
import type { CheckOutput } from '../../report/assemble.js';
import { finding } from '../../report/finding.js';
import type { Check } from '../../validate/types.js';
import type { VerifyEnv } from '../env.js';

/** Matches the subject's id or identifiers against the known identifier. */
export const checkRecipient: Check<VerifyEnv> = ({ document }, { call, depth }) => {
  const known = call.knownIdentifier;
  if (known === undefined || depth > 0) return undefined;
  const subjects = asArray(document.credentialSubject).filter(isObject);
  for (const [i, subject] of subjects.entries()) {
    const base = Array.isArray(document.credentialSubject)
      ? `/credentialSubject/${i}`
      : '/credentialSubject';
    const match = matchSubject(subject, base, known);
    if (match) return match;
  }
  return {
    findings: [
      finding(
        'RECIPIENT_MISMATCH',
        '/credentialSubject',
        'Neither the subject id nor any identifier matches the known identifier',
      ),
    ],
    message: 'Not issued to the expected recipient',
  };
};

function matchSubject(
  subject: JsonObject,
  base: string,
  known: string | KnownIdentifier,
): CheckOutput | undefined {
  if (typeof known === 'string' && subject.id === known) {
    return { findings: [], message: `Issued to ${known} (${base}/id)` };
  }
  const identifiers = asArray(subject.identifier);
  for (const [j, identity] of identifiers.entries()) {
    const candidates: KnownIdentifier[] =
      typeof known === 'string'
        ? isObject(identity) && typeof identity.identityType === 'string'
          ? [{ identityType: identity.identityType, value: known }]
          : []
        : [known];
    if (candidates.some((candidate) => matchesIdentity(identity, candidate))) {
      const where = Array.isArray(subject.identifier)
        ? `${base}/identifier/${j}`
        : `${base}/identifier`;
      return { findings: [], message: `The recipient matches the known identifier (${where})` };
    }
  }
  return undefined;
}
