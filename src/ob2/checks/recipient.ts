// `recipient` check of an OB 2.0 assertion (§Verification: "The Assertion was awarded to a valid
// property value of the expected recipient"; §IdentityObject; §IdentityHash): the known identifier
// is compared with the recipient's identity, hashed with the recipient's salt (sha256 or md5) when
// the identity is hashed. An identifier given with its type must be of the recipient's type
// (emailAddress or email, url, telephone or phone).
import { identityHashMatches, type KnownIdentifier } from '../../builders/identity.js';
import { isObject } from '../../internal/json.js';
import { finding } from '../../report/finding.js';
import { textOf } from '../../validate/ob2/values.js';
import type { Check } from '../../validate/types.js';
import type { Ob2VerifyEnv } from '../env.js';

// OB 3.0 identity types (and plain words) for the OB 2.0 recipient types.
const TYPES: Record<string, string> = {
  email: 'email',
  emailAddress: 'email',
  url: 'url',
  telephone: 'telephone',
  phone: 'telephone',
};

/** Matches the recipient against the known identifier, when the caller gives one. */
export const checkOb2Recipient: Check<Ob2VerifyEnv> = (_target, env) => {
  const known = env.knownIdentifier;
  if (known === undefined || env.depth > 0) return undefined;
  const { graph } = env;
  if (graph.assertion.cls !== 'Assertion') return undefined;
  const recipient = graph.assertion.view.view.recipient;
  const path = graph.assertion.view.toInputPath('/recipient');
  if (isObject(recipient) && matches(recipient, known)) {
    return { findings: [], message: `Issued to the expected recipient (${path})` };
  }
  return {
    findings: [finding('RECIPIENT_MISMATCH', path, 'The recipient is not the known identifier')],
    message: 'Not issued to the expected recipient',
  };
};

function matches(recipient: Record<string, unknown>, known: string | KnownIdentifier): boolean {
  const type = textOf(recipient.type) ?? '';
  const identity = textOf(recipient.identity);
  if (identity === undefined) return false;
  if (typeof known !== 'string' && (TYPES[known.identityType] ?? known.identityType) !== type) {
    return false;
  }
  const value = typeof known === 'string' ? known : known.value;
  // Email addresses are compared case-insensitively, as issuers hash them lower-cased.
  const candidates = type === 'email' ? [value, value.toLowerCase()] : [value];
  if (recipient.hashed !== true) {
    return candidates.some(
      (c) => c === identity || (type === 'email' && c === identity.toLowerCase()),
    );
  }
  const salt = textOf(recipient.salt) ?? '';
  return candidates.some((c) => identityHashMatches(identity, c, salt));
}
