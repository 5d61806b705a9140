// Every finding code lerkit can report, in one table: the check that files it, its severity, what
// it means and what to do. Codes are `<CHECK>_<WHAT>`; docs/codes.md is generated from this table
// (`npm run docs:codes`) and a test keeps the table, the docs and the source in step.
import type { CheckId } from './checks.js';

/**
 * How serious a finding is: `error` makes the credential invalid (and unverified); `warning` and
 * `info` do not. The same three words are used by findings, check outcomes and the CLI.
 */
export type Severity = 'error' | 'warning' | 'info';

/** One row of the code table. */
export interface CodeDefinition {
  /** The check that reports it. */
  readonly check: CheckId;
  /** Its severity (callers may override it with the `severity` option). */
  readonly severity: Severity;
  /**
   * `true` when it means "could not be decided" rather than "wrong" (an unreachable status list):
   * the check's outcome is `indeterminate`, never a silent pass.
   */
  readonly indeterminate?: true;
  /** What it means, in one line. */
  readonly meaning: string;
  /** What the user should do about it. */
  readonly action: string;
}

const row = (
  check: CheckId,
  severity: Severity,
  meaning: string,
  action: string,
  indeterminate?: true,
): CodeDefinition =>
  indeterminate
    ? { check, severity, meaning, action, indeterminate }
    : { check, severity, meaning, action };

// biome-ignore format: one row per code reads as a table
const TABLE = {
  // parse
  PARSE_INVALID_JSON: row('parse', 'error', 'The input is not valid JSON.', 'Fix the JSON syntax at the position given.'),
  PARSE_DUPLICATE_KEY: row('parse', 'error', 'A key appears twice in one JSON object: JSON.parse keeps the last value, other verifiers read the first, so the credential means different things to different readers.', 'Ask the issuer to re-issue the credential with each key once.'),
  PARSE_INVALID_UTF8: row('parse', 'error', 'The input bytes are not UTF-8 text.', 'Send the credential as UTF-8 JSON or a compact JWT.'),
  PARSE_INVALID_JWT: row('parse', 'error', 'The input looks like a JWT but its payload is not base64url-encoded JSON.', 'Send the compact JWS exactly as issued.'),
  PARSE_NOT_AN_OBJECT: row('parse', 'error', 'The input (or an embedded credential) is not a JSON object.', 'A credential is a JSON object (or a compact VC-JWT).'),
  PARSE_UNRECOGNIZED: row('parse', 'error', 'The input is neither JSON nor a compact VC-JWT nor a baked image.', 'Send JSON, a compact JWT, or a baked PNG/SVG.'),
  PARSE_FORMAT_UNSUPPORTED: row('parse', 'error', 'The input is a credential in a format lerkit recognises but does not read (an SD-JWT VC, an ISO mdoc); the message says what was recognised.', 'Ask the issuer for the Open Badges 3.0 / CLR 2.0 credential as JSON-LD with a Data Integrity proof, or as a VC-JWT.'),
  PARSE_HOSTED_ASSERTION: row('parse', 'error', 'An OB 2.0 hosted assertion URL (given, or baked in an image) could not be loaded, so there is nothing to verify.', 'Supply the assertion through resources or a documentLoader, or allow network access (fetch).'),
  PARSE_IMAGE_INVALID: row('parse', 'error', 'The PNG or SVG is damaged or hostile and was not read.', 'Re-bake the image from the original credential.'),
  PARSE_IMAGE_MULTIPLE_CREDENTIALS: row('parse', 'error', 'The image carries more than one credential, which the baking specs forbid (a verifier and a display could read different ones).', 'Re-bake the image with exactly one credential.'),
  PARSE_IMAGE_NO_CREDENTIAL: row('parse', 'error', 'The image carries no baked credential.', 'Bake the credential into the image (lerkit bake) or send the credential itself.'),
  // limits
  LIMITS_INPUT_SIZE: row('limits', 'error', 'The input is larger than limits.inputBytes; it was not read.', 'No real credential is that large; raise limits.inputBytes only for trusted input.'),
  LIMITS_JSON_DEPTH: row('limits', 'error', 'Objects or arrays nest deeper than limits.jsonDepth; the document was not processed.', 'No real credential nests that deep; raise limits.jsonDepth only for trusted input.'),
  LIMITS_JWT_SIZE: row('limits', 'error', 'A compact JWT is larger than limits.jwtBytes; it was not decoded.', 'Raise limits.jwtBytes only for trusted input.'),
  LIMITS_IMAGE_SIZE: row('limits', 'error', 'A baked image is larger than limits.imageBytes; it was not read.', 'Raise limits.imageBytes only for trusted input.'),
  LIMITS_IMAGE_CHUNKS: row('limits', 'error', 'A PNG has more chunks than limits.imageChunks; it was not read.', 'Re-bake the image; no real badge image has that many chunks.'),
  LIMITS_PROOF_COUNT: row('limits', 'error', 'The credential carries more proofs than limits.proofs; none was verified.', 'Raise limits.proofs only for trusted input.'),
  LIMITS_MULTIBASE_LENGTH: row('limits', 'error', 'A multibase string (proofValue, key) is longer than limits.multibaseLength; it was not decoded.', 'Raise limits.multibaseLength only for trusted input.'),
  LIMITS_URL_LENGTH: row('limits', 'error', 'A DID or verification-method URL is longer than limits.urlLength; it was not resolved.', 'Raise limits.urlLength only for trusted input.'),
  LIMITS_ENDORSEMENT_COUNT: row('limits', 'error', 'An object carries more endorsements than limits.endorsements; they were not verified.', 'Raise limits.endorsements only for trusted input.'),
  LIMITS_CREDENTIAL_COUNT: row('limits', 'error', 'A CLR carries more credentials than limits.credentials (or a verification visits more than four times that); the rest were not verified.', 'Split the record, or raise limits.credentials for trusted input.'),
  LIMITS_NESTING_DEPTH: row('limits', 'error', 'Credentials nest (endorsement in endorsement, CLR in CLR) deeper than limits.nestingDepth; the inner ones were not verified.', 'Flatten the nesting, or raise limits.nestingDepth for trusted input.'),
  LIMITS_STATUS_ENTRY_COUNT: row('limits', 'error', 'The credential has more credentialStatus entries than limits.statusEntries; none was checked.', 'Raise limits.statusEntries only for trusted input.'),
  LIMITS_STATUS_LIST_SIZE: row('limits', 'error', 'A status list is larger than limits.statusListBytes (compressed) or limits.statusListDecompressedBytes; it was not used.', 'Ask the issuer to split the list, or raise the limit for a trusted issuer.'),
  // jsonld
  JSONLD_UNDEFINED_TERM: row('jsonld', 'error', 'A property is not defined by the @context, so JSON-LD processors and signatures drop it.', 'Add the context that defines it, or remove it (check the spelling).'),
  JSONLD_RELATIVE_IRI: row('jsonld', 'error', 'An IRI value is relative; JSON-LD needs absolute IRIs and drops relative ones.', 'Use an absolute IRI (https://…, urn:uuid:…, did:…).'),
  JSONLD_RELATIVE_TYPE: row('jsonld', 'error', 'A type is not defined by the @context (it expands to a relative IRI).', 'Use the spec’s type name, or add the context that defines it.'),
  JSONLD_INVALID_VALUE: row('jsonld', 'error', 'A value is not valid where JSON-LD finds it (a null or reserved @id/@type, a bad @language).', 'Write the value as the spec shows.'),
  JSONLD_RESERVED_TERM: row('jsonld', 'error', 'A key uses a JSON-LD reserved form (it starts with @).', 'Remove the key or use the term the context defines.'),
  JSONLD_EMPTY_OBJECT: row('jsonld', 'warning', 'An object carries no data JSON-LD keeps (it is dropped).', 'Remove the empty object or fill it.'),
  JSONLD_FREE_FLOATING_VALUE: row('jsonld', 'warning', 'A value is not attached to any node, so JSON-LD drops it.', 'Put the value under a property.'),
  JSONLD_INVALID: row('jsonld', 'error', 'The document is not valid JSON-LD.', 'Fix the JSON-LD error the message names.'),
  JSONLD_CONTEXT_UNAVAILABLE: row('jsonld', 'error', 'A context in @context could not be loaded, so the terms cannot be checked.', 'Supply the context through resources or a documentLoader.'),
  // The signed-data gate (issue 15): shapes JSON-LD reads like the plain ones but the checks would not see.
  JSONLD_KEYWORD: row('jsonld', 'error', 'A JSON-LD keyword (@nest, @included, @graph, @reverse, @id, @type, …) or an alias of one is used as a key: the data under it is signed but hidden from the checks.', 'Write the data under the terms the OB/CLR/VC contexts define (id, type, validUntil, …), as the spec shows.'),
  JSONLD_TERM_ALIAS: row('jsonld', 'error', 'A key or type is written under another name than its term (an expanded IRI, a compact IRI, or an alias from another context): the checks read the term’s own name.', 'Use the term the message names (e.g. validUntil, not https://www.w3.org/2018/credentials#validUntil).'),
  JSONLD_TERM_REDEFINED: row('jsonld', 'error', 'A term of the OB/CLR/VC contexts means something else here: a later context redefines it.', 'Remove the context that redefines the term.'),
  JSONLD_EMBEDDED_CONTEXT: row('jsonld', 'error', 'A @context is an inline object, or sits inside the credential where only embedded credentials and proofs may carry one: it changes what the terms below it mean.', 'Use context URLs at the top of the credential (and of embedded credentials and proofs) only.'),
  JSONLD_VALUE_SHAPE: row('jsonld', 'error', 'A value is written in a JSON-LD form the checks do not read: a value object, a @list or @set object, an array inside an array, null, a map or @reverse property.', 'Write the value as plain JSON (a string, number, boolean, object or array), as the spec shows.'),
  JSONLD_IRI_REWRITTEN: row('jsonld', 'error', 'An id is written as a compact IRI that a context expands to another IRI: the checks would compare the text, the signature covers the expansion.', 'Write the full IRI.'),
  JSONLD_PROOF_TERM: row('jsonld', 'error', 'A proof carries a property its suite’s contexts do not define.', 'Remove the property from the proof (re-issue it if the issuer added it).'),
  // context
  CONTEXT_MISSING: row('context', 'error', 'A credential has no @context.', 'Add the VC 2.0 context first, then the OB 3.0 (and CLR 2.0) context.'),
  CONTEXT_INVALID: row('context', 'error', 'A @context entry is neither a URL nor an object.', 'Use context URLs.'),
  CONTEXT_UNKNOWN: row('context', 'error', 'A context URL is not bundled and nothing supplied it.', 'Supply the context through resources or a documentLoader, or remove it.'),
  CONTEXT_VC_NOT_FIRST: row('context', 'error', 'The first @context is not the W3C VC context.', 'Put https://www.w3.org/ns/credentials/v2 first.'),
  CONTEXT_VC_V1: row('context', 'warning', 'The credential uses the VC Data Model 1.1 context.', 'Issue new credentials with the VC 2.0 context.'),
  CONTEXT_OB_MISSING: row('context', 'error', 'An Open Badges credential lacks the OB 3.0 context.', 'Add https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json after the VC context.'),
  CONTEXT_CLR_MISSING: row('context', 'error', 'A ClrCredential lacks the CLR 2.0 context.', 'Add https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json after the VC context.'),
  CONTEXT_ORDER: row('context', 'error', 'The contexts are not in the spec’s order.', 'Order them: VC, CLR (for a CLR), OB, then extensions.'),
  CONTEXT_OUTDATED: row('context', 'warning', 'An older OB/CLR context version is used.', 'Issue new credentials with the current context version the message names.'),
  // type
  TYPE_VC_MISSING: row('type', 'error', 'A credential’s type lacks "VerifiableCredential".', 'Add "VerifiableCredential" to type.'),
  TYPE_MISSING: row('type', 'error', 'A nested object lacks the type its class requires.', 'Add the type the message names.'),
  TYPE_WRONG: row('type', 'error', 'A nested object has a type other than its class requires.', 'Add the type the message names.'),
  TYPE_UNKNOWN_KIND: row('type', 'error', 'The type names no Open Badges 3.0, CLR 2.0 or endorsement class.', 'Add "OpenBadgeCredential" (or "ClrCredential", "EndorsementCredential") to type.'),
  // type: Open Badges 2.0 and 1.x (issue 19)
  TYPE_OB2: row('type', 'error', 'An Open Badges 2.0 BadgeClass or Profile cannot be verified on its own: only Assertions and Endorsements carry a verification method.', 'Verify the Assertion that links it; validate checks the BadgeClass or Profile itself.'),
  TYPE_OB1_UNSUPPORTED: row('type', 'error', 'The document is an Open Badges 1.x assertion, which lerkit recognises but does not verify.', 'Ask the issuer for an Open Badges 2.0 or 3.0 version of the badge.'),
  // schema
  SCHEMA_REQUIRED: row('schema', 'error', 'A property the official schema requires is missing.', 'Add the property the message names.'),
  SCHEMA_TYPE: row('schema', 'error', 'A value has the wrong JSON type for the official schema.', 'Write the value in the form the message names.'),
  SCHEMA_ENUM: row('schema', 'error', 'A value is not one of the values the schema allows.', 'Use one of the listed values (or an ext: extension value).'),
  SCHEMA_PATTERN: row('schema', 'error', 'A string does not match the pattern the schema requires.', 'Write the value in the required form.'),
  SCHEMA_FORMAT: row('schema', 'error', 'A string is not a valid date-time, URI, email… as the schema requires.', 'Write the value in the format the message names.'),
  SCHEMA_ADDITIONAL_PROPERTY: row('schema', 'error', 'A property the strict schema does not allow is present.', 'Remove it, or use the JSON-LD compaction schema set.'),
  SCHEMA_PROPERTY_NAME: row('schema', 'error', 'A property name is not allowed (often a misspelling).', 'Rename the property as the message suggests.'),
  SCHEMA_MIN_ITEMS: row('schema', 'error', 'An array has fewer items than the schema requires.', 'Add the missing items.'),
  SCHEMA_CONTAINS: row('schema', 'error', 'An array lacks an item the schema requires (e.g. a type value).', 'Add the required value.'),
  SCHEMA_AMBIGUOUS: row('schema', 'error', 'A value matches more than one of the allowed forms.', 'Make the value match exactly one form.'),
  SCHEMA_INVALID: row('schema', 'error', 'A value is not allowed here by the schema.', 'Remove the value.'),
  SCHEMA_NOT_APPLICABLE: row('schema', 'info', 'There is no official schema for this kind of document.', 'Nothing to do; the other checks still apply.'),
  SCHEMA_VC_V1: row('schema', 'warning', 'The official schemas describe VC 2.0 credentials; this VC 1.1 credential gets the rule checks only.', 'Issue new credentials with the VC 2.0 context.'),
  // credential-schema
  CREDENTIAL_SCHEMA_INVALID: row('credential-schema', 'error', 'The credential does not conform to a schema its credentialSchema names.', 'Fix the value the message names, or the credentialSchema entry.'),
  CREDENTIAL_SCHEMA_UNREADABLE: row('credential-schema', 'error', 'A schema the credential names could not be obtained or is not a JSON Schema.', 'Supply the schema through resources or a documentLoader.'),
  CREDENTIAL_SCHEMA_UNSUPPORTED: row('credential-schema', 'warning', 'A credentialSchema entry has a type lerkit does not check.', 'Use 1EdTechJsonSchemaValidator2019 (or JsonSchema) entries.'),
  // subject
  SUBJECT_NO_ID: row('subject', 'error', 'The credential subject has neither an id nor an identifier.', 'Add credentialSubject.id or an identifier entry.'),
  // rules
  RULES_ISSUER_MISSING: row('rules', 'error', 'The credential has no issuer.', 'Add the issuer’s Profile (id, type, name).'),
  RULES_ISSUER_ID_INVALID: row('rules', 'error', 'The issuer id is not an absolute URI.', 'Use an https URL or a DID as the issuer id.'),
  RULES_EVIDENCE_EMPTY: row('rules', 'warning', 'Evidence has neither an id nor a narrative.', 'Add a URL (id) or a narrative.'),
  RULES_IMAGE_FORMAT: row('rules', 'error', 'An image that must be PNG or SVG is another format.', 'Use a PNG or SVG image (data:image/png or data:image/svg+xml).'),
  RULES_CRITERIA_EMPTY: row('rules', 'error', 'An achievement’s criteria have neither an id nor a narrative.', 'Add criteria.narrative (or criteria.id, a page describing them).'),
  // ob2: Open Badges 2.0 rules per class (issue 19)
  OB2_REQUIRED: row('ob2', 'error', 'A property the OB 2.0 class requires is missing.', 'Add the property the message names (OB 2.0 §Open Badges Vocabulary).'),
  OB2_MULTIPLE_VALUES: row('ob2', 'error', 'A property that takes one value has several.', 'Keep one value (e.g. one issuer per BadgeClass).'),
  OB2_OBJECT_EXPECTED: row('ob2', 'error', 'A property whose value must be an embedded object (IdentityObject, VerificationObject, AlignmentObject…) is not one.', 'Write the value as an object of the class the message names.'),
  OB2_IRI_INVALID: row('ob2', 'error', 'A value that must be an IRI (an id or a link to a Badge Object) is not an absolute IRI.', 'Use an absolute IRI such as https://… or urn:uuid:….'),
  OB2_URL_INVALID: row('ob2', 'error', 'A value that must be a URL is not an http(s) URL.', 'Use a fully qualified http(s) URL.'),
  OB2_EMAIL_INVALID: row('ob2', 'error', 'A value that must be an email address is not one.', 'Write an email address such as contact@example.org.'),
  OB2_TELEPHONE_INVALID: row('ob2', 'error', 'A telephone number is not in E.164 form (+ and country code, digits only), as the reference validator requires.', 'Write it like +16175551212.'),
  OB2_TEXT_INVALID: row('ob2', 'error', 'A value that must be text (or Markdown text, or a version number) is not.', 'Write the value as a JSON string.'),
  OB2_BOOLEAN_INVALID: row('ob2', 'error', 'A value that must be a boolean (hashed, revoked) is not.', 'Write true or false (without quotes).'),
  OB2_LANGUAGE_INVALID: row('ob2', 'error', 'A language tag is not a BCP 47 tag.', 'Use a tag like en or es-MX.'),
  OB2_IDENTITY_HASH_INVALID: row('ob2', 'error', 'A hashed recipient identity is not an IdentityHash (sha256$ or md5$ followed by the hexadecimal hash).', 'Write sha256$ (or md5$) followed by the hex hash of the identity and salt.'),
  OB2_IMAGE_INVALID: row('ob2', 'error', 'An image is neither a data URI nor an http(s) URL.', 'Use the image URL or a data:image/png or data:image/svg+xml URI.'),
  OB2_IMAGE_TYPE: row('ob2', 'error', 'An image is not PNG or SVG (OB 2.0 requires PNG or SVG images since the 2020 errata).', 'Use a PNG or SVG image.'),
  OB2_HOSTNAME_INVALID: row('ob2', 'error', 'An allowedOrigins entry is not a host name.', 'List host names such as example.org (no scheme, no path).'),
  OB2_CRITERIA_EMPTY: row('ob2', 'error', 'A BadgeClass’s embedded Criteria have neither an id nor a narrative.', 'Add criteria.narrative or criteria.id (a page describing them).'),
  OB2_ISSUER_ID_NOT_HTTP: row('ob2', 'warning', 'The issuer Profile’s id is not an HTTP(S) URL, so its hosted Profile (keys, verification policy) cannot be confirmed.', 'Host the issuer Profile at an https id.'),
  OB2_HOSTED_ID_NOT_HTTP: row('ob2', 'error', 'A hosted Assertion’s id is not an HTTP(S) URL, so it cannot be loaded to be verified.', 'Use the https URL where the Assertion is hosted as its id.'),
  OB2_VERIFICATION_PROPERTY: row('ob2', 'error', 'The issuer’s verification policy names a verificationProperty other than id, the only one OB 2.0 supports.', 'Remove verificationProperty or set it to id.'),
  OB2_RECIPIENT_TYPE: row('ob2', 'warning', 'The recipient identity type is not one verifiers serve (email, url, telephone).', 'Identify the recipient by email, url or telephone.'),
  OB2_DOCUMENT_UNAVAILABLE: row('ob2', 'error', 'A linked Badge Object the assertion needs (BadgeClass, issuer Profile) could not be loaded.', 'Supply it through resources or a documentLoader, or allow network access.'),
  OB2_DOCUMENT_ID_MISMATCH: row('ob2', 'error', 'A document loaded from a URL is not the one asked for: its id differs from the URL.', 'Serve each Badge Object at its id (and check the resources map).'),
  OB2_EXTENSION_INVALID: row('ob2', 'error', 'An extension does not conform to the JSON Schema its context declares.', 'Fix the extension value the message names.'),
  OB2_EXTENSION_SCHEMA_UNAVAILABLE: row('ob2', 'warning', 'The JSON Schema an extension’s context declares could not be obtained or compiled, so the extension was not validated.', 'Supply the schema through resources or a documentLoader.', true),
  // proof
  PROOF_VERIFIED: row('proof', 'info', 'A proof verified with a key the issuer controls (a note per proof, for proof sets).', 'Nothing to do.'),
  PROOF_MISSING: row('proof', 'error', 'The credential has no proof.', 'Sign the credential (lerkit sign).'),
  PROOF_MALFORMED: row('proof', 'error', 'A proof is not well formed (no verificationMethod, no proofValue, bad encoding).', 'Re-sign the credential.'),
  PROOF_SUITE_UNSUPPORTED: row('proof', 'error', 'A proof uses a suite lerkit does not verify; every proof must verify.', 'Sign with a supported suite, or remove the proof.'),
  PROOF_SUITE_LEGACY: row('proof', 'warning', 'The proof verified, but uses a legacy suite (eddsa-2022, Ed25519Signature2018).', 'Re-issue with eddsa-rdfc-2022 or ecdsa-rdfc-2019.'),
  PROOF_PURPOSE_MISMATCH: row('proof', 'error', 'A credential proof’s proofPurpose is not assertionMethod.', 'Sign with proofPurpose assertionMethod.'),
  PROOF_ISSUER_MISMATCH: row('proof', 'error', 'The signing key is not controlled by the credential’s issuer.', 'Sign with a key of the issuer’s DID or controller document.'),
  PROOF_JSONLD_INVALID: row('proof', 'error', 'The signed data is not valid JSON-LD, so the signature cannot be checked.', 'Fix the JSON-LD error, then re-sign.'),
  PROOF_CONTEXT_UNAVAILABLE: row('proof', 'error', 'A context the proof needs could not be loaded, so the signature was not checked: not verified, nor shown to be forged.', 'Pass the context in resources or a documentLoader (or allow network access), then verify again.', true),
  PROOF_CONTEXT_INVALID: row('proof', 'error', 'The proof’s own @context is neither the credential’s @context nor its suite’s context.', 'Re-issue with no @context in the proof, or only the suite’s context.'),
  PROOF_SD_BASE_PROOF: row('proof', 'error', 'An ecdsa-sd-2023 base proof was presented: it is for the holder, not for verifiers.', 'The holder derives a credential (derive()) and presents that.'),
  PROOF_EXPIRED: row('proof', 'error', 'The proof’s expires time has passed: the issuer limited how long the signature counts.', 'Ask the issuer for a credential with a current proof.'),
  PROOF_NOT_YET_VALID: row('proof', 'error', 'The proof’s created time is later than the verification time (beyond the allowed clock skew).', 'Check the clocks (the now and clockSkew options); a proof dated in the future is refused.'),
  PROOF_SIGNATURE_INVALID: row('proof', 'error', 'The signature does not verify: the credential was changed after signing, or signed with another key.', 'Do not trust this credential; ask the issuer for a fresh copy.'),
  PROOF_KEY_TYPE_MISMATCH: row('proof', 'error', 'The verification method’s key type does not fit the proof suite.', 'Sign with a key of the suite’s type.'),
  PROOF_KEY_UNCONFIRMED: row('proof', 'warning', 'The signature verified with a key only its own URL vouches for (acceptUnconfirmedKeys).', 'Publish the issuer’s DID or controller document so the key can be confirmed.'),
  PROOF_KEY_UNRESOLVED: row('proof', 'error', 'The verification method could not be obtained.', 'Supply the issuer’s DID or controller document through resources, or allow network access.'),
  PROOF_KEY_NOT_FOUND: row('proof', 'error', 'The controller document does not list the verification method.', 'List the key in the issuer’s DID or controller document.'),
  PROOF_KEY_NOT_AUTHORIZED: row('proof', 'error', 'The key is not listed for assertionMethod by its controller.', 'List the key under assertionMethod in the issuer’s document.'),
  PROOF_DID_INVALID: row('proof', 'error', 'The DID (or DID document) is not valid.', 'Use a valid did:key, did:jwk or did:web.'),
  PROOF_DID_UNRESOLVED: row('proof', 'error', 'The DID document could not be obtained.', 'Supply the did.json through resources, or allow network access.'),
  PROOF_DID_METHOD_UNSUPPORTED: row('proof', 'error', 'The DID method is not supported.', 'Use did:key, did:jwk or did:web.'),
  PROOF_CHAIN_UNSUPPORTED: row('proof', 'error', 'The proof is part of a proof chain (previousProof), which lerkit does not verify.', 'Sign with independent proofs (a proof set).'),
  PROOF_JWT_ALG_UNSUPPORTED: row('proof', 'error', 'The JWT alg is not RS256, ES256 or EdDSA.', 'Sign the VC-JWT with RS256, ES256 or EdDSA.'),
  PROOF_JWT_HEADER_INVALID: row('proof', 'error', 'The JOSE header is not what a VC-JWT allows.', 'Use a header with alg, typ and kid (or a public jwk) only.'),
  PROOF_JWT_KEY_MISMATCH: row('proof', 'error', 'The JWT’s key does not match the key its header or the issuer names.', 'Sign with the key the header names.'),
  PROOF_JWT_CLAIMS_INVALID: row('proof', 'error', 'The JWT claims contradict the credential.', 'Issue the VC-JWT with claims that match the credential (iss, sub, jti, nbf, exp).'),
  PROOF_JWT_SIGNATURE_DER: row('proof', 'error', 'The ES256 signature is ASN.1 DER-encoded; a JWS needs the raw 64-byte r ‖ s (RFC 7518 §3.4).', 'Convert the KMS’s DER signature to r ‖ s before assembling the JWT.'),
  // proof: Open Badges 2.0 hosted and signed verification (issue 19)
  PROOF_OB2_HOSTED_UNAVAILABLE: row('proof', 'error', 'The hosted Assertion could not be loaded from its id, so it cannot be verified.', 'Supply the hosted Assertion through resources or a documentLoader, or allow network access.'),
  PROOF_OB2_HOSTED_ID_MISMATCH: row('proof', 'error', 'The document served at the hosted Assertion’s URL has another id: it is not that Assertion.', 'Serve the Assertion at its id.'),
  PROOF_OB2_HOSTED_DIFFERS: row('proof', 'warning', 'The Assertion given differs from the copy its issuer hosts; the hosted copy was verified.', 'Use the hosted copy; the given one may be stale or altered.'),
  PROOF_OB2_OUT_OF_SCOPE: row('proof', 'error', 'The hosted Assertion’s id is outside the issuer’s verification policy (startsWith, allowedOrigins, or by default the issuer’s host).', 'Host the Assertion where the issuer Profile’s verification policy allows.'),
  PROOF_OB2_VERIFICATION_MISMATCH: row('proof', 'error', 'The Assertion arrived as a JWS but declares hosted verification.', 'Sign Assertions that declare SignedBadge verification only.'),
  PROOF_OB2_ALG_UNSUPPORTED: row('proof', 'error', 'The JWS of a signed Assertion does not use RS256.', 'Sign OB 2.0 Assertions with RS256 (RSA-SHA256).'),
  PROOF_OB2_KEY_INVALID: row('proof', 'error', 'The CryptographicKey has no usable publicKeyPem (an RSA public key of at least 2048 bits, in PEM).', 'Publish the key’s publicKeyPem as an SPKI PEM RSA public key.'),
  // refresh
  REFRESH_FAILED: row('refresh', 'warning', 'The refresh service gave no usable credential; the original was verified.', 'Check the refresh service.'),
  REFRESH_UNSUPPORTED: row('refresh', 'warning', 'The refresh service is not a 1EdTechCredentialRefresh with an id.', 'Nothing to do: the original was verified.'),
  // status
  STATUS_REVOKED: row('status', 'error', 'The issuer revoked the credential.', 'Do not accept it.'),
  STATUS_SUSPENDED: row('status', 'error', 'The issuer suspended the credential.', 'Do not accept it now; it may be reinstated.'),
  STATUS_LIST_UNAVAILABLE: row('status', 'warning', 'The status list could not be obtained, so revocation is unknown.', 'Supply the status list through resources, or allow network access.', true),
  STATUS_LIST_INVALID: row('status', 'error', 'The status list was obtained but cannot be used (not a status list, expired, too short, undecodable).', 'Ask the issuer to fix its status list; until then the credential’s status is unproven.'),
  STATUS_LIST_UNSIGNED: row('status', 'error', 'The status list is not signed, so anyone could have written it.', 'Ask the issuer to sign its status list.'),
  STATUS_LIST_PROOF_INVALID: row('status', 'error', 'The status list’s own proof does not verify: it may have been altered.', 'Do not accept the credential until the issuer publishes a valid list.'),
  STATUS_LIST_ISSUER_MISMATCH: row('status', 'error', 'The status list is issued by someone other than the credential’s issuer.', 'A status list must come from the credential’s issuer; ask the issuer.'),
  STATUS_LIST_PURPOSE_MISMATCH: row('status', 'error', 'The status list’s statusPurpose is not the one the credential’s entry names.', 'Ask the issuer to point the entry at the list for its purpose.'),
  STATUS_ENTRY_INVALID: row('status', 'error', 'A credentialStatus entry is malformed, so its status cannot be checked.', 'Ask the issuer to fix the credentialStatus entry.'),
  STATUS_TYPE_UNKNOWN: row('status', 'warning', 'The status method is not supported, so it was not checked.', 'Check the status by other means.'),
  STATUS_PURPOSE_UNKNOWN: row('status', 'warning', 'The status purpose is not revocation or suspension, so it was not applied.', 'Check the status message by other means.'),
  // dates
  DATES_INVALID: row('dates', 'error', 'A validity date is not a date-time with a time zone.', 'Write it like 2024-05-01T12:00:00Z.'),
  DATES_ORDER: row('dates', 'error', 'validUntil is before validFrom: the credential is never valid.', 'Fix the dates.'),
  DATES_MISSING: row('dates', 'error', 'The credential has no validFrom (issuanceDate in VC 1.1).', 'Add validFrom.'),
  DATES_EXPIRED: row('dates', 'error', 'The credential has expired.', 'Ask the issuer for a current credential.'),
  DATES_NOT_YET_VALID: row('dates', 'error', 'The credential is not valid yet.', 'Verify it again after its validFrom.'),
  // recipient
  RECIPIENT_MISMATCH: row('recipient', 'error', 'Neither the subject id nor any identifier matches the recipient you expect.', 'Check the known identifier (type and value).'),
  // endorsement
  ENDORSEMENT_INVALID: row('endorsement', 'error', 'An endorsement does not verify, so the credential does not (every step must pass).', 'Remove the endorsement, or pass severity: { ENDORSEMENT_INVALID: \'warning\' } to only hide it.'),
  ENDORSEMENT_NOT_ENDORSEMENT: row('endorsement', 'error', 'Something attached as an endorsement is not an EndorsementCredential.', 'Attach only EndorsementCredentials as endorsements.'),
  ENDORSEMENT_SUBJECT_MISMATCH: row('endorsement', 'error', 'An endorsement endorses something other than the object it is attached to.', 'Attach the endorsement to the object its credentialSubject.id names.'),
  ENDORSEMENT_WARNING: row('endorsement', 'warning', 'An endorsement verifies with warnings.', 'See the endorsement’s own report.'),
  // credentials
  CREDENTIALS_INVALID: row('credentials', 'error', 'A credential the CLR carries does not verify.', 'See the nested report for why.'),
  CREDENTIALS_LEARNER_MISMATCH: row('credentials', 'error', 'A credential the CLR carries is about another learner than the record’s subject.', 'Carry only the learner’s credentials (same subject id or a shared identifier); aggregators may downgrade this with the severity option.'),
  CREDENTIALS_LEARNER_UNKNOWN: row('credentials', 'warning', 'Whether a credential the CLR carries is about the record’s learner cannot be told (identifiers hashed with different salts).', 'Pass knownIdentifier (the learner’s plain identifier) to check each credential against it.', true),
  CREDENTIALS_WARNING: row('credentials', 'warning', 'A credential the CLR carries verifies with warnings.', 'See the nested report.'),
  // associations
  ASSOCIATIONS_DANGLING: row('associations', 'error', 'An association’s sourceId or targetId is not an achievement of the record.', 'Point the association at achievements the CLR carries.'),
  // stackable pathways (issue 22)
  ASSOCIATIONS_CYCLE: row('associations', 'error', 'Ordered associations (isChildOf/isParentOf/isPartOf, precedes or replacedBy) form a cycle, so no achievement of it can come first.', 'Remove or reverse the association the message names; a pathway runs one way.'),
  ASSOCIATIONS_ORDER: row('associations', 'error', 'An achievement that must come first (the source of a precedes association) was awarded after the one it precedes, by the awardedDate or validFrom of the credentials the record carries.', 'Check the award dates, or drop the precedes association if the order was waived (or downgrade this code with the severity option).'),
  // profile: quality profiles (issue 22)
  PROFILE_REQUIREMENT_UNMET: row('profile', 'warning', 'The credential does not meet a requirement of the quality profile (finding.requirement names it); the profile sets the severity of each requirement, so this default does not apply.', 'Fill the field the message names.'),
  // trust — issuer trust (issue 17). The table gives the default severities; with requireTrustedIssuer, TRUST_NOT_FOUND and TRUST_UNKNOWN are errors for the credential verified (not for nested ones).
  TRUST_NOT_FOUND: row('trust', 'warning', 'None of the trust sources you gave lists the issuer (an error with requireTrustedIssuer).', 'Accept the credential only if you trust its issuer by other means; if you do, add the issuer to your trust list.'),
  TRUST_UNKNOWN: row('trust', 'warning', 'Whether the issuer is trusted could not be decided: a trust registry could not be consulted and none that could lists the issuer, or the proof does not establish who signed (an error with requireTrustedIssuer).', 'Supply the registry (resources, a documentLoader, or network access) and verify again; fix the proof first if it failed.', true),
  TRUST_REGISTRY_UNREADABLE: row('trust', 'info', 'A trust registry could not be read or consulted; it counts neither for nor against the issuer.', 'Supply the registry through resources or a documentLoader (or allow network access), or fix its format.'),
  TRUST_DOMAIN_MISMATCH: row('trust', 'warning', 'A did:web issuer’s profile url is on another domain than the one its key is bound to.', 'Do not take the url for the issuer’s site: only the did:web domain is proven. Ask the issuer to fix its url or use a did:web on its own domain.'),
  // recommended
  RECOMMENDED_CREDENTIAL_NAME: row('recommended', 'warning', 'The credential has no name.', 'Add a name; wallets show it in their lists.'),
  RECOMMENDED_ISSUER_NAME: row('recommended', 'warning', 'The issuer has no name.', 'Add the issuer’s name; wallets and verifiers show it.'),
  RECOMMENDED_ISSUER_PROFILE: row('recommended', 'info', 'The issuer is only an IRI.', 'Embed the issuer’s Profile with a name.'),
  RECOMMENDED_ACHIEVEMENT_IMAGE: row('recommended', 'info', 'The achievement has no image.', 'Add an image; badges are usually shown as one.'),
  RECOMMENDED_PLAINTEXT_EMAIL: row('recommended', 'info', 'The recipient’s email is in plain text.', 'Use a hashed, salted identifier.'),
  // internal
  INTERNAL_ERROR: row('internal', 'error', 'lerkit failed on this input; the result is unknown.', 'Report it with the input to the lerkit maintainers.'),
} as const satisfies Record<string, CodeDefinition>;

/** Every finding code: `'DATES_EXPIRED' | 'STATUS_REVOKED' | …` (see {@link CODES}). */
export type Code = keyof typeof TABLE;

/** The code table: every finding code with its check, severity, meaning and action. */
export const CODES: Readonly<Record<Code, CodeDefinition>> = TABLE;

/**
 * Whether a value is a finding code.
 *
 * @param value - Any value.
 * @returns `true` for a key of {@link CODES}.
 * @example
 * ```ts
 * isCode('DATES_EXPIRED'); // true
 * ```
 */
export function isCode(value: unknown): value is Code {
  return typeof value === 'string' && Object.hasOwn(CODES, value);
}
