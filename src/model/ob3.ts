// Open Badges 3.0 data model (minimal slice; the full model is built out by the data-model issue).
// Names and descriptions follow ../shared/spec/text/ob_v3p0/ob_v3p0-data-models.md.

/** A string with language variants, as JSON-LD compaction allows: `{ "en": "...", "fr": "..." }`. */
export type LanguageMap = { [languageTag: string]: string };

/** Descriptive metadata about the achievements necessary to be recognized with an Achievement. */
export interface Criteria {
  /** The URI of a webpage that describes in a human-readable format the criteria for the achievement. */
  id?: string;
  /** A narrative of what is needed to earn the achievement. Markdown is allowed. */
  narrative?: string;
}

/** A profile is a collection of information that describes the entity or organization using Open Badges. */
export interface Profile {
  /** Unique URI for the Issuer/Profile file. */
  id: string;
  /** The value of the type property MUST be an unordered set. One of the items MUST be "Profile". */
  type: ['Profile', ...string[]];
  /** The name of the entity or organization. */
  name?: string;
  /** The homepage or social media profile of the entity. */
  url?: string;
  /** A short description of the issuer entity or organization. */
  description?: string;
  /** An email address. */
  email?: string;
}

/** A collection of information about the accomplishment recognized by the Assertion. */
export interface Achievement {
  /** Unique URI for the Achievement. */
  id: string;
  /** One of the items MUST be "Achievement". */
  type: ['Achievement', ...string[]];
  /** Criteria describing how to earn the achievement. */
  criteria: Criteria;
  /** A short description of the achievement. */
  description: string;
  /** The name of the achievement. */
  name: string;
  /** The type of achievement. */
  achievementType?: string;
}

/** A collection of information about the recipient of an achievement. */
export interface AchievementSubject {
  /** An identifier for the Credential Subject. Either `id` or at least one `identifier` MUST be supplied. */
  id?: string;
  /** One of the items MUST be "AchievementSubject". */
  type: ['AchievementSubject', ...string[]];
  /** The achievement being awarded. */
  achievement: Achievement;
}

/** A proof attached to a credential (Data Integrity or legacy Linked Data signature). */
export interface Proof {
  /** Signature suite, e.g. `DataIntegrityProof`. */
  type: string;
  /** Cryptosuite of a `DataIntegrityProof`, e.g. `eddsa-rdfc-2022`. */
  cryptosuite?: string;
  /** Date-time the proof was created. */
  created?: string;
  /** URL of the key that verifies the proof. */
  verificationMethod: string;
  /** Why the proof was made; `assertionMethod` for credentials. */
  proofPurpose: string;
  /** The signature, multibase encoded. */
  proofValue?: string;
}

/**
 * An Open Badges 3.0 credential (AchievementCredential, also known as OpenBadgeCredential), VC Data
 * Model 2.0 form.
 */
export interface AchievementCredential {
  /** JSON-LD contexts: VC 2.0 first, then the Open Badges 3.0 context. */
  '@context': string[];
  /** Unambiguous reference to the credential. */
  id: string;
  /** MUST include "VerifiableCredential" and "AchievementCredential" or "OpenBadgeCredential". */
  type: string[];
  /** The issuer of the credential. */
  issuer: Profile;
  /** Timestamp of when the credential becomes valid. */
  validFrom: string;
  /** If present, the timestamp when the credential is no longer valid. */
  validUntil?: string;
  /** The name of the credential for display purposes. */
  name: string;
  /** A short description of the credential. */
  description?: string;
  /** The recipient of the achievement. */
  credentialSubject: AchievementSubject;
  /** Proof(s) that the credential is authentic. */
  proof?: Proof | Proof[];
}
