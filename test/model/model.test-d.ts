// Type-level tests of the data model (vitest --typecheck). Each `@ts-expect-error` is a document
// the types must reject; vitest fails if the error disappears.
import { describe, expectTypeOf, test } from 'vitest';
import {
  ACHIEVEMENT_TYPES,
  type Achievement,
  type AchievementBase,
  type AchievementCredential,
  type AchievementCredentialV1p1,
  type AchievementType,
  type AnyAchievementCredential,
  type AnyClrCredential,
  type AnyEndorsementCredential,
  type Association,
  type AssociationType,
  type ClrCredential,
  type ClrCredentialV1p1,
  type ClrSubject,
  type Criteria,
  type EndorsementCredential,
  type EndorsementCredentialV1p1,
  type IdentifierEntry,
  type IdentifierTypeEnum,
  type IdentityObject,
  type Image,
  type LangString,
  type OneOrMany,
  type OpenBadgeCredential,
  type Profile,
  type ProfileRef,
  type ResultDescription,
  type ResultStatusType,
  type VerifiableCredential,
} from '../../src/model/index.js';

const VC_V2 = 'https://www.w3.org/ns/credentials/v2';
const VC_V1 = 'https://www.w3.org/2018/credentials/v1';
const OB = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
const CLR = 'https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json';

const criteria: Criteria = { narrative: 'Pass the test.' };
const issuer: Profile = { id: 'https://example.edu/issuers/1', type: 'Profile', name: 'Example' };
const achievement: Achievement = {
  id: 'https://example.edu/achievements/1',
  type: ['Achievement'],
  name: 'Teamwork',
  description: 'Collaborates.',
  criteria,
};
const credential: AchievementCredential = {
  '@context': [VC_V2, OB],
  id: 'urn:uuid:00000000-0000-4000-8000-000000000001',
  type: ['VerifiableCredential', 'OpenBadgeCredential'],
  issuer,
  validFrom: '2024-01-01T00:00:00Z',
  credentialSubject: { id: 'did:example:ada', type: 'AchievementSubject', achievement },
};
const legacy: AchievementCredentialV1p1 = {
  '@context': [VC_V1, OB],
  id: 'urn:uuid:00000000-0000-4000-8000-000000000002',
  type: ['VerifiableCredential', 'AchievementCredential'],
  issuer: { id: 'https://example.edu/issuers/1', type: 'Profile' },
  issuanceDate: '2024-01-01T00:00:00Z',
  name: 'Teamwork',
  credentialSubject: {
    id: 'did:example:ada',
    type: ['AchievementSubject'],
    achievement: { id: 'urn:a', type: 'Achievement', name: 'A', description: 'A', criteria },
  },
};

describe('required properties', () => {
  test('an Achievement needs criteria, description and name', () => {
    // @ts-expect-error criteria is required
    const a: Achievement = { id: 'urn:x', type: 'Achievement', name: 'A', description: 'A' };
    // @ts-expect-error name is required
    const b: Achievement = { id: 'urn:x', type: 'Achievement', description: 'A', criteria };
    expectTypeOf(a).toEqualTypeOf(b);
    expectTypeOf<Achievement['criteria']>().toEqualTypeOf<Criteria>();
  });

  test('an AchievementCredential needs credentialSubject, issuer and validFrom', () => {
    const { credentialSubject: _s, ...noSubject } = credential;
    // @ts-expect-error credentialSubject is required
    const a: AchievementCredential = noSubject;
    const { validFrom: _v, ...noValidFrom } = credential;
    // @ts-expect-error validFrom is required
    const b: AchievementCredential = noValidFrom;
    const { issuer: _i, ...noIssuer } = credential;
    // @ts-expect-error issuer is required
    const c: AchievementCredential = noIssuer;
    expectTypeOf([a, b, c]).items.toEqualTypeOf<AchievementCredential>();
  });

  test('a ClrSubject needs verifiableCredential', () => {
    // @ts-expect-error verifiableCredential is required (1..*)
    const subject: ClrSubject = { id: 'did:example:ada', type: 'ClrSubject' };
    const ok: ClrSubject = { type: 'ClrSubject', verifiableCredential: credential };
    expectTypeOf(ok.verifiableCredential).toEqualTypeOf<
      OneOrMany<AchievementCredential | VerifiableCredential>
    >();
    expectTypeOf(subject).toEqualTypeOf<ClrSubject>();
  });

  test('an EndorsementCredential and a ClrCredential need a name', () => {
    expectTypeOf<EndorsementCredential['name']>().toEqualTypeOf<LangString>();
    expectTypeOf<ClrCredential['name']>().toEqualTypeOf<LangString>();
    expectTypeOf<AchievementCredential['name']>().toEqualTypeOf<LangString | undefined>();
    const clr: ClrCredential = {
      '@context': [VC_V2, CLR, OB],
      id: 'urn:uuid:00000000-0000-4000-8000-000000000003',
      type: ['VerifiableCredential', 'ClrCredential'],
      issuer: 'did:example:registrar',
      validFrom: '2024-01-01T00:00:00Z',
      name: 'Transcript',
      credentialSubject: { type: 'ClrSubject', verifiableCredential: [credential] },
    };
    const { name: _n, ...unnamed } = clr;
    // @ts-expect-error name is required
    const bad: ClrCredential = unnamed;
    expectTypeOf(bad).toEqualTypeOf(clr);
  });

  test('small classes: IdentityObject, ResultDescription, Association', () => {
    // @ts-expect-error hashed is required
    const identity: IdentityObject = {
      type: 'IdentityObject',
      identityHash: 'a@example.com',
      identityType: 'emailAddress',
    };
    // @ts-expect-error resultType is required
    const description: ResultDescription = {
      id: 'urn:rd',
      type: 'ResultDescription',
      name: 'Grade',
    };
    // @ts-expect-error targetId is required
    const association: Association = {
      type: 'Association',
      associationType: 'isChildOf',
      sourceId: 'urn:a',
    };
    expectTypeOf([identity, description, association]).not.toBeAny();
  });
});

describe('VC Data Model 1.1 and 2.0 are told apart', () => {
  test('a 1.1 credential is not a 2.0 credential, nor the reverse', () => {
    expectTypeOf<AchievementCredentialV1p1>().not.toExtend<AchievementCredential>();
    expectTypeOf<AchievementCredential>().not.toExtend<AchievementCredentialV1p1>();
    expectTypeOf<EndorsementCredentialV1p1>().not.toExtend<EndorsementCredential>();
    expectTypeOf<ClrCredentialV1p1>().not.toExtend<ClrCredential>();
    expectTypeOf<ClrCredential>().not.toExtend<ClrCredentialV1p1>();
    // @ts-expect-error issuanceDate and the VC 1.1 context are not VC 2.0
    const a: AchievementCredential = legacy;
    // @ts-expect-error validFrom and the VC 2.0 context are not VC 1.1
    const b: AchievementCredentialV1p1 = credential;
    expectTypeOf([a, b]).not.toBeAny();
  });

  test('the first @context entry decides', () => {
    const swapped: AchievementCredential = {
      ...credential,
      // @ts-expect-error the VC 2.0 context must come first
      '@context': [OB, VC_V2],
    };
    const v1: AchievementCredential = {
      ...credential,
      // @ts-expect-error the VC 1.1 context is not VC 2.0
      '@context': [VC_V1, OB],
    };
    expectTypeOf([swapped, v1]).not.toBeAny();
  });

  test('1.1 credentials use issuanceDate / expirationDate, 2.0 ones validFrom / validUntil', () => {
    const a: AchievementCredentialV1p1 = {
      ...legacy,
      expirationDate: '2030-01-01T00:00:00Z',
      // @ts-expect-error validUntil is VC 2.0
      validUntil: '2030-01-01T00:00:00Z',
    };
    const b: AchievementCredential = {
      ...credential,
      // @ts-expect-error expirationDate is VC 1.1
      expirationDate: '2030-01-01T00:00:00Z',
    };
    expectTypeOf([a, b]).not.toBeAny();
  });

  test('the Any* unions accept both', () => {
    expectTypeOf(credential).toExtend<AnyAchievementCredential>();
    expectTypeOf(legacy).toExtend<AnyAchievementCredential>();
    expectTypeOf<EndorsementCredentialV1p1>().toExtend<AnyEndorsementCredential>();
    expectTypeOf<ClrCredentialV1p1>().toExtend<AnyClrCredential>();
    expectTypeOf<ClrCredential>().toExtend<AnyClrCredential>();
  });
});

describe('enumerations', () => {
  test('extensible vocabularies accept their terms and ext: terms only', () => {
    expectTypeOf<'Badge'>().toExtend<AchievementType>();
    expectTypeOf<'ext:MyBadge'>().toExtend<AchievementType>();
    expectTypeOf<'MyBadge'>().not.toExtend<AchievementType>();
    expectTypeOf<'badge'>().not.toExtend<AchievementType>();
    expectTypeOf<string>().not.toExtend<AchievementType>();
    expectTypeOf<'ext:studentNumber'>().toExtend<IdentifierTypeEnum>();
    expectTypeOf<'email'>().not.toExtend<IdentifierTypeEnum>();
    const a: Achievement = { ...achievement, achievementType: 'ext:Apprenticeship' };
    // @ts-expect-error not an AchievementType term, and no ext: prefix
    const b: Achievement = { ...achievement, achievementType: 'Apprenticeship' };
    expectTypeOf([a, b]).not.toBeAny();
  });

  test('closed vocabularies reject ext: terms', () => {
    expectTypeOf<'Completed'>().toExtend<ResultStatusType>();
    expectTypeOf<'ext:Paused'>().not.toExtend<ResultStatusType>();
    expectTypeOf<'isChildOf'>().toExtend<AssociationType>();
    expectTypeOf<'ext:isCousinOf'>().not.toExtend<AssociationType>();
  });

  test('the term arrays are the vocabularies', () => {
    expectTypeOf<(typeof ACHIEVEMENT_TYPES)[number]>().toExtend<AchievementType>();
    expectTypeOf(ACHIEVEMENT_TYPES).toExtend<readonly string[]>();
  });
});

describe('names', () => {
  test('OpenBadgeCredential is AchievementCredential', () => {
    expectTypeOf<OpenBadgeCredential>().toEqualTypeOf<AchievementCredential>();
  });

  test('the default (no extension) types are exactly their base interfaces', () => {
    expectTypeOf<Achievement>().toEqualTypeOf<AchievementBase>();
  });
});

describe('closed types', () => {
  test('misspelt property names fail to compile', () => {
    const a: Achievement = {
      ...achievement,
      // @ts-expect-error desciption is a typo
      desciption: 'Typo',
    };
    const c: AchievementCredential = {
      ...credential,
      // @ts-expect-error validfrom is a typo
      validfrom: '2024-01-01T00:00:00Z',
    };
    const p: Profile = {
      ...issuer,
      // @ts-expect-error emial is a typo
      emial: 'a@example.edu',
    };
    expectTypeOf([a, c, p]).not.toBeAny();
  });

  test('typos are caught in nested objects too', () => {
    const c: AchievementCredential = {
      ...credential,
      credentialSubject: {
        type: 'AchievementSubject',
        achievement,
        // @ts-expect-error identifiers is a typo of identifier
        identifiers: [],
      },
    };
    expectTypeOf(c).toEqualTypeOf<AchievementCredential>();
  });

  test('extension properties are declared with the type parameter', () => {
    type Licensed = Achievement<{ license: { id: string; type: 'License' } }>;
    const a: Licensed = { ...achievement, license: { id: 'https://x.org/cc-by', type: 'License' } };
    // @ts-expect-error licence is not the declared extension
    const b: Licensed = { ...a, licence: 'CC-BY' };
    expectTypeOf(a.license.type).toEqualTypeOf<'License'>();
    expectTypeOf(b).toEqualTypeOf<Licensed>();
  });

  test('Image, IdentityObject, IdentifierEntry and Association are not extensible', () => {
    const image: Image = {
      id: 'https://example.edu/badge.png',
      type: 'Image',
      // @ts-expect-error Image allows no additional properties
      width: 100,
    };
    const entry: IdentifierEntry = {
      type: 'IdentifierEntry',
      identifier: '123',
      identifierType: 'sisSourcedId',
      // @ts-expect-error IdentifierEntry allows no additional properties
      note: 'x',
    };
    expectTypeOf([image, entry]).not.toBeAny();
  });
});

describe('value shapes', () => {
  test('type: a single value must be the required IRI; an array may hold any IRIs', () => {
    const a: Achievement = { ...achievement, type: ['Achievement', 'ext:Special'] };
    // @ts-expect-error a single type value must be 'Achievement'
    const b: Achievement = { ...achievement, type: 'Badge' };
    // @ts-expect-error Image's type MUST be the IRI 'Image', not an array
    const image: Image = { id: 'https://example.edu/a.png', type: ['Image'] };
    // @ts-expect-error a credential needs two type values, so no single value
    const c: AchievementCredential = { ...credential, type: 'OpenBadgeCredential' };
    expectTypeOf([a, b, image, c]).not.toBeAny();
  });

  test('0..* properties take one value or an array', () => {
    const proof = {
      type: 'DataIntegrityProof',
      cryptosuite: 'eddsa-rdfc-2022',
      proofPurpose: 'assertionMethod',
      verificationMethod: 'did:example:issuer#key-1',
      proofValue: 'z123',
    };
    const one: AchievementCredential = { ...credential, proof };
    const many: AchievementCredential = { ...credential, proof: [proof, proof] };
    const tag: Achievement = { ...achievement, tag: 'teamwork' };
    const tags: Achievement = { ...achievement, tag: ['teamwork', { en: 'soft skills' }] };
    expectTypeOf([one, many]).items.toEqualTypeOf<AchievementCredential>();
    expectTypeOf([tag, tags]).items.toEqualTypeOf<Achievement>();
  });

  test('text may be a language map; URIs may not', () => {
    const a: Achievement = {
      ...achievement,
      name: { en: 'Teamwork', es: 'Trabajo en equipo' },
      description: { en: 'Collaborates.' },
    };
    // @ts-expect-error an id is a URI, never a language map
    const b: Achievement = { ...achievement, id: { en: 'urn:x' } };
    expectTypeOf(a.name).toEqualTypeOf<LangString>();
    expectTypeOf(b).toEqualTypeOf<Achievement>();
  });

  test('the issuer is a URI or a Profile', () => {
    expectTypeOf<AchievementCredential['issuer']>().toEqualTypeOf<ProfileRef>();
    const byId: AchievementCredential = { ...credential, issuer: 'did:example:issuer' };
    // @ts-expect-error a Profile needs an id
    const noId: AchievementCredential = { ...credential, issuer: { type: 'Profile' } };
    expectTypeOf([byId, noId]).not.toBeAny();
  });

  test('what the builders write type-checks', () => {
    const VC_V2_CONTEXT_URL = 'https://www.w3.org/ns/credentials/v2';
    const OB_V3P0_CONTEXT_URL = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
    const profile: Profile = { id: 'did:example:issuer', type: ['Profile'], name: 'Example' };
    const built: AchievementCredential = {
      '@context': [VC_V2_CONTEXT_URL, OB_V3P0_CONTEXT_URL],
      id: 'urn:uuid:1',
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      issuer: profile,
      validFrom: '2024-01-01T00:00:00Z',
      name: 'Teamwork',
      credentialSubject: {
        id: 'did:example:ada',
        type: ['AchievementSubject'],
        achievement: { ...achievement, type: ['Achievement'] },
      },
    };
    expectTypeOf(built).toEqualTypeOf<AchievementCredential>();
  });
});
