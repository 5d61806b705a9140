// The Open Badges 2.0 vocabulary as data: for each class, its properties, whether each is required,
// whether it takes several values, and what type its values have (OB 2.0 §Open Badges Vocabulary,
// §Properties, §Extensions, §Endorsement; the property tables of each class). The rule engine
// (rules.ts) walks a Badge Object with this table; one table, so the rules read like the spec.

/** A primitive value type of OB 2.0 (§Primitive datatypes, and the types the class tables use). */
export type ValueType =
  | 'iri'
  | 'url'
  | 'email'
  | 'telephone'
  | 'text'
  | 'markdown'
  | 'text-or-number'
  | 'boolean'
  | 'datetime'
  | 'language'
  | 'identity'
  | 'hostname'
  | 'verification-property';

/** The classes of the OB 2.0 vocabulary that the rules know. */
export type Ob2Class =
  | 'Assertion'
  | 'BadgeClass'
  | 'Profile'
  | 'IdentityObject'
  | 'VerificationObject'
  | 'IssuerVerification'
  | 'Evidence'
  | 'Image'
  | 'Criteria'
  | 'AlignmentObject'
  | 'RevocationList'
  | 'RevokedAssertion'
  | 'CryptographicKey'
  | 'Endorsement'
  | 'Claim'
  | 'Related';

/**
 * A property: `value` is a primitive type, or a class. `link: true` means "@id: Class" in the
 * spec: an IRI of the Badge Object, or the object embedded; otherwise a class value must be an
 * embedded object.
 */
export interface PropertyRule {
  readonly value: ValueType | Ob2Class;
  readonly required?: true;
  readonly many?: true;
  readonly link?: true;
}

/** A class: its `type` values (the first is the one to add), whether `type` is required, its properties. */
export interface ClassRule {
  /** The type values that make a node of this class (aliases included). */
  readonly types?: readonly string[];
  /** Whether the node must carry one of `types` (else it defaults to the class). */
  readonly typeRequired?: true;
  readonly properties: Readonly<Record<string, PropertyRule>>;
}

const IRI: PropertyRule = { value: 'iri' };
const TEXT: PropertyRule = { value: 'text' };
const MARKDOWN: PropertyRule = { value: 'markdown' };

// §Properties: related, version and endorsement, on any Badge Object; @language (§Internationalization).
const COMMON: Record<string, PropertyRule> = {
  related: { value: 'Related', many: true, link: true },
  version: { value: 'text-or-number' },
  endorsement: { value: 'Endorsement', many: true, link: true },
  '@language': { value: 'language' },
};

/** The vocabulary. */
export const CLASSES: Readonly<Record<Ob2Class, ClassRule>> = {
  Assertion: {
    types: ['Assertion'],
    typeRequired: true,
    properties: {
      id: { value: 'iri', required: true },
      recipient: { value: 'IdentityObject', required: true },
      badge: { value: 'BadgeClass', required: true, link: true },
      verification: { value: 'VerificationObject', required: true },
      issuedOn: { value: 'datetime', required: true },
      image: { value: 'Image', link: true },
      evidence: { value: 'Evidence', many: true, link: true },
      narrative: MARKDOWN,
      expires: { value: 'datetime' },
      revoked: { value: 'boolean' },
      revocationReason: TEXT,
      uid: TEXT,
      ...COMMON,
    },
  },
  BadgeClass: {
    types: ['BadgeClass'],
    typeRequired: true,
    properties: {
      id: { value: 'iri', required: true },
      name: { value: 'text', required: true },
      description: { value: 'text', required: true },
      image: { value: 'Image', required: true, link: true },
      criteria: { value: 'Criteria', required: true, link: true },
      issuer: { value: 'Profile', required: true, link: true },
      alignment: { value: 'AlignmentObject', many: true },
      tags: { value: 'text', many: true },
      ...COMMON,
    },
  },
  // §Profile. As an issuer, name, url and email are required too (rules.ts adds them).
  Profile: {
    types: ['Issuer', 'Profile'],
    typeRequired: true,
    properties: {
      id: { value: 'iri', required: true },
      name: TEXT,
      url: { value: 'url' },
      telephone: { value: 'telephone' },
      description: TEXT,
      image: { value: 'Image', link: true },
      email: { value: 'email' },
      publicKey: { value: 'CryptographicKey', many: true, link: true },
      verification: { value: 'IssuerVerification' },
      revocationList: { value: 'RevocationList', link: true },
      ...COMMON,
    },
  },
  IdentityObject: {
    properties: {
      identity: { value: 'identity', required: true },
      // "property IRI": a term of the context such as email, url, telephone.
      type: { value: 'text', required: true },
      hashed: { value: 'boolean', required: true },
      salt: TEXT,
    },
  },
  VerificationObject: {
    types: ['HostedBadge', 'hosted', 'SignedBadge', 'signed'],
    typeRequired: true,
    properties: {
      creator: { value: 'CryptographicKey', link: true },
    },
  },
  // A VerificationObject in an issuer Profile: the issuer's verification policy.
  IssuerVerification: {
    types: ['VerificationObject', 'HostedBadge', 'hosted', 'SignedBadge', 'signed'],
    properties: {
      verificationProperty: { value: 'verification-property' },
      startsWith: { value: 'text', many: true },
      allowedOrigins: { value: 'hostname', many: true },
    },
  },
  Evidence: {
    types: ['Evidence'],
    properties: {
      id: IRI,
      narrative: MARKDOWN,
      name: TEXT,
      description: TEXT,
      genre: TEXT,
      audience: TEXT,
    },
  },
  Image: {
    types: ['ImageObject', 'schema:ImageObject', 'Image'],
    properties: {
      id: { value: 'iri', required: true },
      caption: TEXT,
      author: IRI,
    },
  },
  Criteria: {
    types: ['Criteria'],
    properties: { id: IRI, narrative: MARKDOWN },
  },
  AlignmentObject: {
    types: ['AlignmentObject'],
    properties: {
      targetName: { value: 'text', required: true },
      targetUrl: { value: 'url', required: true },
      targetDescription: TEXT,
      targetFramework: TEXT,
      targetCode: TEXT,
    },
  },
  RevocationList: {
    types: ['RevocationList'],
    typeRequired: true,
    properties: {
      id: IRI,
      issuer: IRI,
      revokedAssertions: { value: 'RevokedAssertion', required: true, many: true, link: true },
    },
  },
  // An entry of revokedAssertions: an id string, or an object with an id or (legacy) uid.
  RevokedAssertion: {
    properties: { id: IRI, uid: TEXT, revoked: { value: 'boolean' }, revocationReason: TEXT },
  },
  CryptographicKey: {
    types: ['CryptographicKey'],
    properties: { id: IRI, owner: IRI, publicKeyPem: TEXT },
  },
  Endorsement: {
    types: ['Endorsement'],
    typeRequired: true,
    properties: {
      id: { value: 'iri', required: true },
      claim: { value: 'Claim', required: true, link: true },
      issuer: { value: 'Profile', required: true, link: true },
      issuedOn: { value: 'datetime', required: true },
      verification: { value: 'VerificationObject', required: true },
      revoked: { value: 'boolean' },
      revocationReason: TEXT,
      ...COMMON,
    },
  },
  // The entity an Endorsement makes claims about: identified by its id.
  Claim: {
    properties: { id: { value: 'iri', required: true }, endorsementComment: MARKDOWN },
  },
  Related: {
    properties: {
      id: { value: 'iri', required: true },
      version: { value: 'text-or-number' },
      '@language': { value: 'language' },
    },
  },
};
