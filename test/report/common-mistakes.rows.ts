// The most common mistakes made when writing an Open Badges 3.0 credential by hand or in an
// issuing platform, one row each: how to make it from a correct badge, and the one finding it must
// give (code, JSON Pointer, message, what to do) with the number of top-level findings (errors
// and warnings: one cause, one finding; what follows from it is folded under it, `related`).
// Read by common-mistakes.test.ts. The credentials are built here (test/helpers/credentials.ts),
// nothing is read from outside the repository.
import type { KeyPair } from '../../src/proof/index.js';
import { sign } from '../../src/proof/index.js';
import type { Code } from '../../src/report/index.js';
import { unsignedBadge } from '../helpers/credentials.js';

// Credentials are mutated freely, as users do.
type Json = any;

/** What a row's `make` gets: a correct unsigned badge and keys to sign with. */
export interface MistakeKit {
  /** A correct, unsigned badge issued by `key` (a fresh copy each call). */
  badge(): Json;
  /** Signs a credential with `key` (or another key). */
  sign(
    credential: Json,
    with_?: KeyPair,
    suite?: 'eddsa-rdfc-2022' | 'eddsa-jcs-2022',
  ): Promise<Json>;
  /** The issuer's key. */
  key: KeyPair;
  /** A key that is not the issuer's. */
  otherKey: KeyPair;
}

/** One common mistake. */
export interface MistakeRow {
  /** The mistake, in the words of the user who made it. */
  name: string;
  /** `validate` (the credential as written) or `verify` (signed, at {@link NOW}). */
  run: 'validate' | 'verify';
  /** Makes the faulty credential. */
  make(kit: MistakeKit): Json | Promise<Json>;
  /** The first top-level finding. */
  expected: {
    code: Code;
    path: string;
    message: string;
    hint: string;
    suggestion?: string;
    /** Codes of the consequences folded under it. */
    related?: Code[];
  };
  /** How many top-level errors and warnings the report has. */
  findings: number;
}

/** The time verification rows are verified at. */
export const NOW = '2025-01-01T00:00:00Z';

/** A correct badge, with an achievement image (so that no note is expected). */
export function correctBadge(issuer: string): Json {
  const badge: Json = structuredClone(unsignedBadge(issuer));
  badge.credentialSubject.achievement.image = {
    id: 'https://example.edu/achievements/teamwork.png',
    type: 'Image',
  };
  return badge;
}

/** Signs with the kit's key unless another is given. */
export async function signWith(credential: Json, key: KeyPair, suite?: string): Promise<Json> {
  return sign(credential, {
    key,
    created: '2024-01-01T00:00:00Z',
    allowIssuerMismatch: true,
    ...(suite ? { suite: suite as 'eddsa-rdfc-2022' } : {}),
  });
}

const rename = (object: Json, from: string, to: string) => {
  object[to] = object[from];
  delete object[from];
};

export const ROWS: MistakeRow[] = [
  // -- contexts
  {
    name: 'no @context',
    run: 'validate',
    make: (k) => {
      const c = k.badge();
      delete c['@context'];
      return c;
    },
    expected: {
      code: 'CONTEXT_MISSING',
      path: '/@context',
      message:
        'A credential needs @context: the VC context first, then the Open Badges / CLR context',
      hint: 'Add the VC 2.0 context first, then the OB 3.0 (and CLR 2.0) context.',
      related: ['SCHEMA_REQUIRED'],
    },
    findings: 1,
  },
  {
    name: 'VC 1.1 context with Open Badges 3.0 types',
    run: 'validate',
    make: (k) => {
      const c = k.badge();
      c['@context'][0] = 'https://www.w3.org/2018/credentials/v1';
      return c;
    },
    expected: {
      code: 'CONTEXT_VC_V1',
      path: '/@context/0',
      message:
        'This is a VC Data Model 1.1 credential; Open Badges 3.0 and CLR 2.0 use https://www.w3.org/ns/credentials/v2',
      hint: 'Issue new credentials with the VC 2.0 context.',
      related: ['SCHEMA_VC_V1'],
    },
    findings: 1,
  },
  {
    name: 'no Open Badges context',
    run: 'validate',
    make: (k) => {
      const c = k.badge();
      c['@context'] = ['https://www.w3.org/ns/credentials/v2'];
      return c;
    },
    expected: {
      code: 'CONTEXT_OB_MISSING',
      path: '/@context',
      message:
        'An Open Badges credential needs the context https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
      hint: 'Add https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json after the VC context.',
      related: [
        'JSONLD_UNDEFINED_TERM',
        'JSONLD_RELATIVE_TYPE',
        'JSONLD_RELATIVE_TYPE',
        'JSONLD_RELATIVE_TYPE',
        'SCHEMA_MIN_ITEMS',
      ],
    },
    findings: 1,
  },
  {
    name: 'the contexts in the wrong order',
    run: 'validate',
    make: (k) => {
      const c = k.badge();
      c['@context'].reverse();
      return c;
    },
    expected: {
      code: 'CONTEXT_VC_NOT_FIRST',
      path: '/@context/0',
      message:
        'The first @context must be https://www.w3.org/ns/credentials/v2 (VC Data Model 2.0)',
      hint: 'Put https://www.w3.org/ns/credentials/v2 first.',
      related: ['CONTEXT_ORDER', 'SCHEMA_ENUM', 'SCHEMA_PATTERN'],
    },
    findings: 1,
  },
  // -- types
  {
    name: 'misspelt credential type',
    run: 'validate',
    make: (k) => {
      const c = k.badge();
      c.type = ['VerifiableCredential', 'OpenBadgeCredentail'];
      return c;
    },
    expected: {
      code: 'TYPE_UNKNOWN_KIND',
      path: '/type/1',
      message:
        'Not an Open Badges 3.0, CLR 2.0 or endorsement credential: its type (["VerifiableCredential","OpenBadgeCredentail"]) names none of OpenBadgeCredential, AchievementCredential, EndorsementCredential or ClrCredential: did you mean `OpenBadgeCredential`?',
      hint: 'Replace "OpenBadgeCredentail" with "OpenBadgeCredential" in type',
      suggestion: 'OpenBadgeCredential',
      related: ['JSONLD_RELATIVE_TYPE'],
    },
    findings: 1,
  },
  {
    name: 'only VerifiableCredential in type',
    run: 'validate',
    make: (k) => {
      const c = k.badge();
      c.type = ['VerifiableCredential'];
      return c;
    },
    expected: {
      code: 'TYPE_UNKNOWN_KIND',
      path: '/type',
      message:
        'Not an Open Badges 3.0, CLR 2.0 or endorsement credential: its type (["VerifiableCredential"]) names none of OpenBadgeCredential, AchievementCredential, EndorsementCredential or ClrCredential',
      hint: 'Add "OpenBadgeCredential" to type; to check any W3C credential by the VC Data Model rules alone, use kind: \'vc\' (CLI --kind vc)',
      suggestion: 'OpenBadgeCredential',
    },
    findings: 1,
  },
  {
    name: 'VerifiableCredential missing from type',
    run: 'validate',
    make: (k) => {
      const c = k.badge();
      c.type = ['OpenBadgeCredential'];
      return c;
    },
    expected: {
      code: 'TYPE_VC_MISSING',
      path: '/type',
      message: 'A credential\'s type must include "VerifiableCredential"',
      hint: 'Add "VerifiableCredential" to type.',
      related: ['JSONLD_UNDEFINED_TERM', 'JSONLD_UNDEFINED_TERM', 'JSONLD_UNDEFINED_TERM'],
    },
    findings: 1,
  },
  {
    name: 'misspelt image type',
    run: 'validate',
    make: (k) => {
      const c = k.badge();
      c.credentialSubject.achievement.image.type = 'Img';
      return c;
    },
    expected: {
      code: 'JSONLD_RELATIVE_TYPE',
      path: '/credentialSubject/achievement/image/type',
      message:
        'type "Img" is not a type the credential\'s @context defines (JSON-LD would read it as a relative IRI); use the spec\'s type name or add the context that defines it',
      hint: 'Use the spec’s type name, or add the context that defines it.',
      related: ['SCHEMA_ENUM'],
    },
    findings: 1,
  },
  {
    name: 'image type with two letters swapped',
    run: 'validate',
    make: (k) => {
      const c = k.badge();
      c.credentialSubject.achievement.image.type = 'Imgae';
      return c;
    },
    expected: {
      code: 'JSONLD_RELATIVE_TYPE',
      path: '/credentialSubject/achievement/image/type',
      message: 'type "Imgae" is not defined by the credential\'s @context: did you mean `Image`?',
      hint: 'Rename "Imgae" to "Image"',
      suggestion: 'Image',
      related: ['SCHEMA_ENUM'],
    },
    findings: 1,
  },
  {
    name: 'achievement without its type',
    run: 'validate',
    make: (k) => {
      const c = k.badge();
      delete c.credentialSubject.achievement.type;
      return c;
    },
    expected: {
      code: 'TYPE_MISSING',
      path: '/credentialSubject/achievement/type',
      message: 'This Achievement must have type "Achievement"',
      hint: 'Add "Achievement" to type',
      related: ['JSONLD_UNDEFINED_TERM'],
    },
    findings: 1,
  },
  // -- properties
  {
    name: 'misspelt credentialSubject',
    run: 'validate',
    make: (k) => {
      const c = k.badge();
      rename(c, 'credentialSubject', 'credentialSubjct');
      return c;
    },
    expected: {
      code: 'JSONLD_UNDEFINED_TERM',
      path: '/credentialSubjct',
      message:
        'property "credentialSubjct" is not defined by the credential\'s @context: did you mean `credentialSubject`?',
      hint: 'Rename "credentialSubjct" to "credentialSubject"',
      suggestion: 'credentialSubject',
      related: ['SCHEMA_REQUIRED'],
    },
    findings: 1,
  },
  {
    name: 'misspelt validFrom',
    run: 'validate',
    make: (k) => {
      const c = k.badge();
      rename(c, 'validFrom', 'validFom');
      return c;
    },
    expected: {
      code: 'JSONLD_UNDEFINED_TERM',
      path: '/validFom',
      message:
        'property "validFom" is not defined by the credential\'s @context: did you mean `validFrom`?',
      hint: 'Rename "validFom" to "validFrom"',
      suggestion: 'validFrom',
      related: ['DATES_MISSING'],
    },
    findings: 1,
  },
  {
    name: 'misspelt achievement name',
    run: 'validate',
    make: (k) => {
      const c = k.badge();
      rename(c.credentialSubject.achievement, 'name', 'nmae');
      return c;
    },
    expected: {
      code: 'JSONLD_UNDEFINED_TERM',
      path: '/credentialSubject/achievement/nmae',
      message: 'property "nmae" is not defined by the credential\'s @context: did you mean `name`?',
      hint: 'Rename "nmae" to "name"',
      suggestion: 'name',
      related: ['SCHEMA_REQUIRED'],
    },
    findings: 1,
  },
  {
    name: 'issuanceDate (VC 1.1) in a VC 2.0 credential',
    run: 'validate',
    make: (k) => {
      const c = k.badge();
      rename(c, 'validFrom', 'issuanceDate');
      return c;
    },
    expected: {
      code: 'JSONLD_UNDEFINED_TERM',
      path: '/issuanceDate',
      message:
        'property "issuanceDate" is VC Data Model 1.1; this credential uses the VC 2.0 context, which calls it `validFrom`',
      hint: 'Rename "issuanceDate" to "validFrom"',
      suggestion: 'validFrom',
    },
    findings: 1,
  },
  // -- missing properties
  {
    name: 'no issuer',
    run: 'validate',
    make: (k) => {
      const c = k.badge();
      delete c.issuer;
      return c;
    },
    expected: {
      code: 'SCHEMA_REQUIRED',
      path: '/issuer',
      message: '`issuer` is required',
      hint: 'Add `issuer` to the credential',
    },
    findings: 1,
  },
  {
    name: 'no validFrom',
    run: 'validate',
    make: (k) => {
      const c = k.badge();
      delete c.validFrom;
      return c;
    },
    expected: {
      code: 'DATES_MISSING',
      path: '/validFrom',
      message: 'The credential has no validFrom',
      hint: 'Add validFrom.',
    },
    findings: 1,
  },
  {
    name: 'no achievement',
    run: 'validate',
    make: (k) => {
      const c = k.badge();
      delete c.credentialSubject.achievement;
      return c;
    },
    expected: {
      code: 'SCHEMA_REQUIRED',
      path: '/credentialSubject/achievement',
      message: '`achievement` is required',
      hint: 'Add `achievement` to credentialSubject',
    },
    findings: 1,
  },
  {
    name: 'no credentialSubject',
    run: 'validate',
    make: (k) => {
      const c = k.badge();
      delete c.credentialSubject;
      return c;
    },
    expected: {
      code: 'SCHEMA_REQUIRED',
      path: '/credentialSubject',
      message: '`credentialSubject` is required',
      hint: 'Add `credentialSubject` to the credential',
    },
    findings: 1,
  },
  {
    name: 'no achievement name',
    run: 'validate',
    make: (k) => {
      const c = k.badge();
      delete c.credentialSubject.achievement.name;
      return c;
    },
    expected: {
      code: 'SCHEMA_REQUIRED',
      path: '/credentialSubject/achievement/name',
      message: '`name` is required',
      hint: 'Add `name` to achievement',
    },
    findings: 1,
  },
  {
    name: 'no credential name',
    run: 'validate',
    make: (k) => {
      const c = k.badge();
      delete c.name;
      return c;
    },
    expected: {
      code: 'RECOMMENDED_CREDENTIAL_NAME',
      path: '/name',
      message: 'The credential has no name; wallets show the name in their lists',
      hint: 'Add a name; wallets show it in their lists.',
    },
    findings: 1,
  },
  {
    name: 'no achievement criteria',
    run: 'validate',
    make: (k) => {
      const c = k.badge();
      delete c.credentialSubject.achievement.criteria;
      return c;
    },
    expected: {
      code: 'SCHEMA_REQUIRED',
      path: '/credentialSubject/achievement/criteria',
      message: '`criteria` is required',
      hint: 'Add `criteria` to achievement',
    },
    findings: 1,
  },
  // -- values
  {
    name: 'a date without time',
    run: 'validate',
    make: (k) => {
      const c = k.badge();
      c.validFrom = '2024-01-01';
      return c;
    },
    expected: {
      code: 'DATES_INVALID',
      path: '/validFrom',
      message: 'validFrom is not a date-time with a time zone: "2024-01-01"',
      hint: 'Write validFrom like 2024-05-01T12:00:00Z',
    },
    findings: 1,
  },
  {
    name: 'a date in local format',
    run: 'validate',
    make: (k) => {
      const c = k.badge();
      c.validFrom = '01/02/2024';
      return c;
    },
    expected: {
      code: 'DATES_INVALID',
      path: '/validFrom',
      message: 'validFrom is not a date-time with a time zone: "01/02/2024"',
      hint: 'Write validFrom like 2024-05-01T12:00:00Z',
    },
    findings: 1,
  },
  {
    name: 'an issuer id that is a name, not a URI',
    run: 'validate',
    make: (k) => {
      const c = k.badge();
      c.issuer.id = 'Example University';
      return c;
    },
    expected: {
      code: 'JSONLD_RELATIVE_IRI',
      path: '/issuer/id',
      message:
        'IRI "Example University" is a relative IRI; JSON-LD needs absolute IRIs (e.g. https://..., urn:uuid:..., did:...) or terms defined by the context',
      hint: 'Use an absolute IRI (https://…, urn:uuid:…, did:…).',
      related: ['RULES_ISSUER_ID_INVALID'],
    },
    findings: 1,
  },
  {
    name: 'the issuer given as a bare string name',
    run: 'validate',
    make: (k) => {
      const c = k.badge();
      c.issuer = 'Example University';
      return c;
    },
    expected: {
      code: 'RULES_ISSUER_ID_INVALID',
      path: '/issuer',
      message: 'The issuer id "Example University" is not an absolute URI',
      hint: 'Use an https URL or a DID as the issuer id',
      related: ['RECOMMENDED_ISSUER_PROFILE'],
    },
    findings: 1,
  },
  // -- proofs and dates, verified
  {
    name: 'unsigned',
    run: 'verify',
    make: (k) => k.badge(),
    expected: {
      code: 'PROOF_MISSING',
      path: '/proof',
      message: 'The credential has no proof',
      hint: 'Sign the credential (lerkit sign).',
    },
    findings: 1,
  },
  {
    name: 'changed after signing',
    run: 'verify',
    make: async (k) => {
      const c = await k.sign(k.badge());
      c.name = 'Leadership';
      return c;
    },
    expected: {
      code: 'PROOF_SIGNATURE_INVALID',
      path: '/proof',
      message: 'The signature does not verify: Invalid signature.',
      hint: 'Do not trust this credential; ask the issuer for a fresh copy.',
    },
    findings: 1,
  },
  {
    name: 'signed by another key',
    run: 'verify',
    make: (k) => k.sign(k.badge(), k.otherKey),
    expected: {
      code: 'PROOF_ISSUER_MISMATCH',
      path: '/proof',
      message:
        "The key is controlled by did:key:z6MkwVDfCg9LbbY6xjH3EZk8YSFQZujV5Y4y1ZWeER9tDiN3, but the credential's issuer is did:key:z6MkvDqGT54cXesYGvABpF1UapVNwjCqRcafi4Px6Thv5T3Z",
      hint: 'Sign with a key of the issuer’s DID or controller document.',
    },
    findings: 1,
  },
  {
    name: 'expired',
    run: 'verify',
    make: (k) => {
      const c = k.badge();
      c.validUntil = '2024-06-01T00:00:00Z';
      return k.sign(c);
    },
    expected: {
      code: 'DATES_EXPIRED',
      path: '/validUntil',
      message: 'The credential expired at 2024-06-01T00:00:00Z',
      hint: 'Ask the issuer for a current credential.',
    },
    findings: 1,
  },
  {
    name: 'not yet valid',
    run: 'verify',
    make: (k) => {
      const c = k.badge();
      c.validFrom = '2030-01-01T00:00:00Z';
      return k.sign(c);
    },
    expected: {
      code: 'DATES_NOT_YET_VALID',
      path: '/validFrom',
      message: 'The credential is not valid before 2030-01-01T00:00:00Z',
      hint: 'Verify it again after its validFrom.',
    },
    findings: 1,
  },
  {
    name: 'signed with eddsa-rdfc-2022, labelled eddsa-jcs-2022',
    run: 'verify',
    make: async (k) => {
      const c = await k.sign(k.badge());
      c.proof.cryptosuite = 'eddsa-jcs-2022';
      return c;
    },
    expected: {
      code: 'PROOF_SIGNATURE_INVALID',
      path: '/proof',
      message: 'The signature does not verify: Invalid signature.',
      hint: 'Do not trust this credential; ask the issuer for a fresh copy.',
    },
    findings: 1,
  },
  {
    name: 'signed with eddsa-jcs-2022, labelled eddsa-rdfc-2022',
    run: 'verify',
    make: async (k) => {
      const c = await k.sign(k.badge(), k.key, 'eddsa-jcs-2022');
      c.proof.cryptosuite = 'eddsa-rdfc-2022';
      return c;
    },
    expected: {
      code: 'PROOF_SIGNATURE_INVALID',
      path: '/proof',
      message: 'The signature does not verify: Invalid signature.',
      hint: 'Do not trust this credential; ask the issuer for a fresh copy.',
    },
    findings: 1,
  },
];
