// The W3C Verifiable Credentials Data Model 2.0 classes the Open Badges 3.0 data model builds on
// (proof, credentialSchema, credentialStatus, refreshService, termsOfUse, the credential itself).
// Conventions as in ob3.ts.
import type {
  Context,
  DateTime,
  NoExtensions,
  OneOrMany,
  Uri,
  VcV2ContextUrl,
} from './common.js';
import type { Evidence, ProfileRef } from './ob3.js';

// ---------------------------------------------------------------------------------------------
// Verifiable Credentials Data Model classes
// ---------------------------------------------------------------------------------------------

/** A JSON-LD Linked Data proof. */
export interface ProofBase {
  /** Signature suite used to produce proof, e.g. `DataIntegrityProof`. */
  type: string;
  /** Date the proof was created. */
  created?: DateTime;
  /** The suite used to create the proof, e.g. `eddsa-rdfc-2022`. */
  cryptosuite?: string;
  /** A value chosen by the verifier to mitigate authentication proof replay attacks. */
  challenge?: string;
  /** The domain of the proof to restrict its use to a particular target. */
  domain?: string;
  /** A value chosen by the creator of proof to randomize proof values for privacy purposes. */
  nonce?: string;
  /** The purpose of the proof to be used with `verificationMethod`. MUST be 'assertionMethod'. */
  proofPurpose?: string;
  /** Value of the proof. */
  proofValue?: string;
  /** The URL of the public key that can verify the signature. */
  verificationMethod?: Uri;
}

/**
 * A JSON-LD Linked Data proof (extensible: a suite may add properties).
 *
 * @typeParam X - Extension properties.
 */
export type Proof<X extends object = NoExtensions> = ProofBase & X;

/** Identify the type and location of a data schema. */
export interface CredentialSchemaBase {
  /**
   * The value MUST be a URI identifying the schema file. One instance of `CredentialSchema` MUST
   * have an `id` that is the URL of the JSON Schema for this credential defined by this
   * specification.
   */
  id: Uri;
  /**
   * The value MUST identify the type of data schema validation. One instance of `CredentialSchema`
   * MUST have a `type` of '1EdTechJsonSchemaValidator2019'.
   */
  type: string;
}

/**
 * Identify the type and location of a data schema (extensible).
 *
 * @typeParam X - Extension properties.
 */
export type CredentialSchema<X extends object = NoExtensions> = CredentialSchemaBase & X;

/**
 * The information in CredentialStatus is used to discover information about the current status of
 * a verifiable credential, such as whether it is suspended or revoked.
 */
export interface CredentialStatusBase {
  /**
   * The value MUST be the URL of the issuer's credential status method. Required by the model and
   * the strict schema; optional in the JSON-LD-compaction schema and VC Data Model 2.0.
   */
  id?: Uri;
  /** The name of the credential status method, e.g. `1EdTechRevocationList`. */
  type: string;
}

/**
 * Status information of a verifiable credential (extensible: status methods add properties such
 * as `statusListIndex`).
 *
 * @typeParam X - Extension properties.
 */
export type CredentialStatus<X extends object = NoExtensions> = CredentialStatusBase & X;

/** The information in RefreshService is used to refresh the verifiable credential. */
export interface RefreshServiceBase {
  /** The value MUST be the URL of the issuer's refresh service. */
  id: Uri;
  /** The name of the refresh service method, e.g. `1EdTechCredentialRefresh`. */
  type: string;
}

/**
 * The information in RefreshService is used to refresh the verifiable credential (extensible).
 *
 * @typeParam X - Extension properties.
 */
export type RefreshService<X extends object = NoExtensions> = RefreshServiceBase & X;

/**
 * Terms of use can be utilized by an issuer or a holder to communicate the terms under which a
 * verifiable credential or verifiable presentation was issued.
 */
export interface TermsOfUseBase {
  /** The value MUST be a URI identifying the term of use. */
  id?: Uri;
  /** The value MUST identify the type of the terms of use. */
  type: string;
}

/**
 * Terms of use of a verifiable credential (extensible).
 *
 * @typeParam X - Extension properties.
 */
export type TermsOfUse<X extends object = NoExtensions> = TermsOfUseBase & X;

/**
 * Claims about the credential subject. Maps to Credential Subject as defined in the VC Data Model
 * 2.0.
 */
export interface CredentialSubjectBase {
  /** The identity of the credential subject. */
  id?: Uri;
}

/**
 * Claims about the credential subject (extensible: the claims are extension properties).
 *
 * @typeParam X - Extension properties (the claims).
 */
export type CredentialSubject<X extends object = NoExtensions> = CredentialSubjectBase & X;

/**
 * A Verifiable Credential as defined in the VC Data Model 2.0. At least one proof mechanism, and
 * the details necessary to evaluate that proof, MUST be expressed for a credential to be a
 * verifiable credential. In the case of an embedded proof, the credential MUST append the proof in
 * the `proof` property.
 */
export interface VerifiableCredentialBase {
  /**
   * The value of the `@context` property MUST be an ordered set where the first item is a URI with
   * the value 'https://www.w3.org/ns/credentials/v2'.
   */
  '@context': [VcV2ContextUrl, ...Context[]];
  /** Unambiguous reference to the credential. */
  id?: Uri;
  /**
   * The value of the type property MUST be an unordered set. One of the items MUST be the URI
   * 'VerifiableCredential'.
   */
  type: 'VerifiableCredential' | string[];
  /** A description of the individual, entity, or organization that issued the credential. */
  issuer: ProfileRef;
  /** Timestamp of when the credential becomes valid (with a time zone). */
  validFrom: DateTime;
  /**
   * If the credential has some notion of validity period, this indicates a timestamp when a
   * credential should no longer be considered valid. After this time, the credential should be
   * considered invalid.
   */
  validUntil?: DateTime;
  /** The subject of the credential. */
  credentialSubject: CredentialSubject;
  /**
   * If present, one or more embedded cryptographic proofs that can be used to detect tampering and
   * verify the authorship of the credential.
   */
  proof?: OneOrMany<Proof>;
  /**
   * The value of the `credentialSchema` property MUST be one or more data schemas that provide
   * verifiers with enough information to determine if the provided data conforms to the provided
   * schema.
   */
  credentialSchema?: OneOrMany<CredentialSchema>;
  /**
   * The information in CredentialStatus is used to discover information about the current status
   * of a verifiable credential, such as whether it is suspended or revoked.
   */
  credentialStatus?: CredentialStatus;
  /** The information in RefreshService is used to refresh the verifiable credential. */
  refreshService?: RefreshService;
  /**
   * The value of the `termsOfUse` property tells the verifier what actions it is required to
   * perform (an obligation), not allowed to perform (a prohibition), or allowed to perform (a
   * permission) if it is to accept the verifiable credential.
   */
  termsOfUse?: OneOrMany<TermsOfUse>;
  /**
   * Evidence supporting the claims (VC Data Model 2.0 `evidence`; the JSON-LD-compaction schemas
   * allow it on every credential).
   */
  evidence?: OneOrMany<Evidence>;
}

/**
 * A Verifiable Credential as defined in the VC Data Model 2.0, of no particular OB/CLR class
 * (extensible).
 *
 * @typeParam X - Extension properties.
 */
export type VerifiableCredential<X extends object = NoExtensions> = VerifiableCredentialBase & X;
