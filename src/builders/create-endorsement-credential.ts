import { OB_V3P0_CONTEXT_URL, VC_V2_CONTEXT_URL } from '../context/urls.js';
import type { JsonObject } from '../internal/json.js';
import type { EndorsementCredential, Profile } from '../model/ob3.js';
import { buildCredential, type CredentialCommonInput } from './credential.js';
import { iri, text } from './fields.js';
import type { ProfileInput } from './inputs.js';
import { type BuildOptions, requireObject } from './options.js';

/** Input of {@link createEndorsementCredential}. */
export interface EndorsementCredentialInput extends CredentialCommonInput {
  /** The endorser (a Profile or its IRI): its id must be the controller of the signing key. */
  issuer: ProfileInput | Profile | string;
  /** Name of the endorsement, e.g. `Endorsement of the Teamwork badge`. */
  name: string;
  /** Id of what is endorsed: a credential, an achievement or a profile. */
  endorsed: string;
  /** What the endorser says about it. */
  endorsementComment?: string;
}

/**
 * Builds an unsigned Open Badges 3.0 `EndorsementCredential`: a third party's signed statement
 * about a credential, an achievement or a profile.
 *
 * @param input - Endorser, name, the endorsed id and an optional comment.
 * @param options - Injectable clock and id generator, for reproducible output.
 * @returns Plain JSON ready to `sign`; the input is not modified.
 * @throws {InvalidArgumentError} `ERR_LERKIT_INVALID_ARGUMENT` naming the field.
 * @example
 * ```ts
 * const endorsement = createEndorsementCredential({
 *   issuer: { id: endorserKey.controller, name: 'State Board of Education' },
 *   name: 'Endorsement of the Teamwork badge',
 *   endorsed: 'https://example.edu/achievements/teamwork',
 *   endorsementComment: 'Meets the state collaboration standard.',
 * });
 * ```
 */
export function createEndorsementCredential(
  input: EndorsementCredentialInput,
  options: BuildOptions = {},
): EndorsementCredential {
  const value = requireObject(input as unknown as JsonObject, 'input');
  const subject: JsonObject = { id: iri(value.endorsed, 'endorsed'), type: ['EndorsementSubject'] };
  if (value.endorsementComment !== undefined)
    subject.endorsementComment = text(value.endorsementComment, 'endorsementComment');
  const credential = buildCredential(
    {
      contexts: [VC_V2_CONTEXT_URL, OB_V3P0_CONTEXT_URL],
      types: ['VerifiableCredential', 'EndorsementCredential'],
      ownKeys: ['issuer', 'endorsed', 'endorsementComment'],
      nameRequired: true,
    },
    value,
    subject,
    options,
  );
  return credential as unknown as EndorsementCredential;
}
