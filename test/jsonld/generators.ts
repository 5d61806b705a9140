// fast-check generators of realistic credentials for the differential tests of the JSON-LD fast
// path: OB 3.0 OpenBadgeCredentials/AchievementCredentials with rich achievements, results,
// alignments and evidence, EndorsementCredentials, CLRs with nested credentials and associations,
// every context version, odd numbers, unicode, and each suite's proof. Mostly valid JSON-LD; a
// small share carries an undefined term or a relative IRI on purpose.
import fc from 'fast-check';

type Json = Record<string, unknown>;
type Arb<T> = fc.Arbitrary<T>;

export const VC1 = 'https://www.w3.org/2018/credentials/v1';
export const VC2 = 'https://www.w3.org/ns/credentials/v2';
export const OB_CONTEXTS = [
  'https://purl.imsglobal.org/spec/ob/v3p0/context.json',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
];
export const CLR_CONTEXTS = [
  'https://purl.imsglobal.org/spec/clr/v2p0/context.json',
  'https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json',
];
const EXTENSIONS = 'https://purl.imsglobal.org/spec/ob/v3p0/extensions.json';
const DI_V2 = 'https://w3id.org/security/data-integrity/v2';
const ED25519_2020 = 'https://w3id.org/security/suites/ed25519-2020/v1';

const SPECIAL_STRINGS = [
  '',
  ' ',
  'line\nbreak',
  'tab\tand\rreturn',
  'quote " and backslash \\',
  'emoji 🎓 and astral 𝒜𝔅',
  '\u0000\u0001\u001f\u007f',
  'lone \ud800 surrogate',
  'Zürich – ñandú – 東京 – עברית',
  '\u2028\u2029',
  'ends with space ',
  '<tag>&amp;',
];

const NUMBERS = [
  0,
  -0,
  1,
  -1,
  5,
  5.0,
  5.1,
  0.1,
  1e21,
  -1e21,
  1e-7,
  123456789012345,
  2 ** 53,
  -(2 ** 53),
  1.7976931348623157e308,
  5e-324,
  2.71,
  100,
  1e20,
];

export const text: Arb<string> = fc.oneof(
  { weight: 5, arbitrary: fc.string({ maxLength: 24 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 2, arbitrary: fc.constantFrom(...SPECIAL_STRINGS) },
);

export const number: Arb<number> = fc.oneof(
  fc.constantFrom(...NUMBERS),
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

const dateTime: Arb<string> = fc.oneof(
  fc
    .date({ min: new Date('1900-01-01'), max: new Date('2200-01-01'), noInvalidDate: true })
    .map((d) => d.toISOString()),
  fc.constantFrom('2024-01-01T00:00:00Z', '2010-01-01T19:23:24Z', '2024-02-30', 'not a date'),
);

// A small pool, so the same ids recur and nodes get merged as JSON-LD merges them.
const iri: Arb<string> = fc.oneof(
  fc.uuid().map((u) => `urn:uuid:${u}`),
  fc.constantFrom(
    'https://example.edu/issuers/565049',
    'https://example.edu/achievements/1',
    'https://example.edu/achievements/2',
    'did:example:ebfeb1f712ebc6f1c276e12ec21',
    'did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2',
    'https://example.com/a%20b?q=1#frag',
    'http://example.com/ünïcödé',
    'mailto:someone@example.com',
  ),
);

const image: Arb<unknown> = fc.oneof(
  iri,
  fc.record(
    { id: iri, type: fc.constant('Image'), caption: text },
    { requiredKeys: ['id', 'type'] },
  ),
);

const profile: Arb<Json> = fc.record(
  {
    id: iri,
    type: fc.constantFrom(['Profile'], 'Profile'),
    name: text,
    url: iri,
    email: text,
    description: text,
    image,
    phone: text,
    official: text,
    dateOfBirth: dateTime,
    address: fc.record(
      {
        type: fc.constant(['Address']),
        addressCountry: text,
        postalCode: text,
        geo: fc.record({
          type: fc.constant('GeoCoordinates'),
          latitude: number,
          longitude: number,
        }),
      },
      { requiredKeys: ['type'] },
    ),
    otherIdentifier: fc.array(
      fc.record({ type: fc.constant('IdentifierEntry'), identifier: text, identifierType: text }),
      { maxLength: 2 },
    ),
  },
  { requiredKeys: ['id', 'type'] },
);

const alignment: Arb<Json> = fc.record(
  {
    type: fc.constantFrom(['Alignment'], 'Alignment'),
    targetName: text,
    targetUrl: iri,
    targetType: fc.constantFrom('CFItem', 'ceasn:Competency', 'ext:Custom'),
    targetCode: text,
    targetDescription: text,
    targetFramework: text,
  },
  { requiredKeys: ['type', 'targetName', 'targetUrl'] },
);

const resultDescription: Arb<Json> = fc.record(
  {
    id: iri,
    type: fc.constant(['ResultDescription']),
    name: text,
    resultType: fc.constantFrom('GradePointAverage', 'LetterGrade', 'Status', 'ext:MyType'),
    allowedValue: fc.array(text, { maxLength: 4 }),
    requiredLevel: iri,
    requiredValue: text,
    valueMax: text,
    valueMin: text,
    rubricCriterionLevel: fc.array(
      fc.record(
        {
          id: iri,
          type: fc.constant(['RubricCriterionLevel']),
          name: text,
          level: text,
          points: text,
        },
        { requiredKeys: ['id', 'type', 'name'] },
      ),
      { maxLength: 3 },
    ),
  },
  { requiredKeys: ['id', 'type', 'name', 'resultType'] },
);

/** An Achievement; `inLanguage` only where the context defines it (OB 3.0.3). */
export function achievementFor(choice: ContextChoice): Arb<Json> {
  const { inLanguage, ...fields } = achievementFields;
  const chosen = (
    choice.ob === OB_CONTEXTS[3] ? { ...fields, inLanguage } : fields
  ) as typeof achievementFields;
  return fc.record(chosen, { requiredKeys: ['id', 'type', 'name', 'criteria', 'description'] });
}

const achievementFields = {
  id: iri,
  type: fc.constantFrom(['Achievement'], 'Achievement'),
  name: text,
  description: text,
  criteria: fc.record({ id: iri, narrative: text }, { requiredKeys: [] }),
  image,
  achievementType: fc.constantFrom('Badge', 'Certificate', 'ext:Custom'),
  alignment: fc.array(alignment, { maxLength: 3 }),
  creator: profile,
  creditsAvailable: number,
  fieldOfStudy: text,
  humanCode: text,
  inLanguage: fc.constantFrom('en', 'en-US', 'fr'),
  resultDescription: fc.array(resultDescription, { maxLength: 2 }),
  tag: fc.array(text, { maxLength: 4 }),
  version: text,
  specialization: text,
  related: fc.array(fc.record({ id: iri, type: fc.constant(['Related']), version: text }), {
    maxLength: 2,
  }),
  otherIdentifier: fc.array(
    fc.record({ type: fc.constant('IdentifierEntry'), identifier: text, identifierType: text }),
    { maxLength: 2 },
  ),
};

const result: Arb<Json> = fc.record(
  {
    type: fc.constant(['Result']),
    resultDescription: iri,
    value: text,
    status: fc.constantFrom('Completed', 'Enrolled', 'Failed'),
    achievedLevel: iri,
    alignment: fc.array(alignment, { maxLength: 2 }),
  },
  { requiredKeys: ['type'] },
);

const evidence: Arb<Json> = fc.record(
  {
    id: iri,
    type: fc.constant(['Evidence']),
    narrative: text,
    name: text,
    description: text,
    genre: text,
    audience: text,
  },
  { requiredKeys: ['type'] },
);

const identityObject: Arb<Json> = fc.record({
  type: fc.constant('IdentityObject'),
  hashed: fc.boolean(),
  identityHash: text,
  identityType: fc.constantFrom('emailAddress', 'studentId'),
  salt: text,
});

export interface ContextChoice {
  vc: 1 | 2;
  ob: string;
  extensions: boolean;
}

// OB 3.0.0 and 3.0.1 redefine terms VC 2.0 protects: JSON-LD rejects them together (a few such
// pairs are generated on purpose as negative cases).
export const contextChoice: Arb<ContextChoice> = fc.oneof(
  {
    weight: 30,
    arbitrary: fc.record({
      vc: fc.constant(1 as const),
      ob: fc.constantFrom(...OB_CONTEXTS),
      extensions: fc.boolean(),
    }),
  },
  {
    weight: 30,
    arbitrary: fc.record({
      vc: fc.constant(2 as const),
      ob: fc.constantFrom(...OB_CONTEXTS.slice(2)),
      extensions: fc.boolean(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      vc: fc.constant(2 as const),
      ob: fc.constantFrom(...OB_CONTEXTS.slice(0, 2)),
      extensions: fc.boolean(),
    }),
  },
);

function contextList(choice: ContextChoice, extra: string[] = []): string[] {
  return [
    choice.vc === 1 ? VC1 : VC2,
    choice.ob,
    ...(choice.extensions ? [EXTENSIONS] : []),
    ...extra,
  ];
}

function dates(choice: ContextChoice): Arb<Json> {
  return choice.vc === 1
    ? fc.record(
        { issuanceDate: dateTime, expirationDate: dateTime },
        { requiredKeys: ['issuanceDate'] },
      )
    : fc.record({ validFrom: dateTime, validUntil: dateTime }, { requiredKeys: ['validFrom'] });
}

/** Proofs of every suite, as they appear inside a credential. */
export const proof: Arb<Json> = fc.oneof(
  fc.record({
    type: fc.constant('DataIntegrityProof'),
    cryptosuite: fc.constantFrom('eddsa-rdfc-2022', 'ecdsa-rdfc-2019', 'eddsa-jcs-2022'),
    created: dateTime,
    verificationMethod: iri.map((i) => `${i}#key-1`),
    proofPurpose: fc.constantFrom('assertionMethod', 'authentication'),
    proofValue: fc.constant(
      'z5x9aCBYovW3CQCbKdNyhEm7ffYSw1YpEdPywQJoNbzDD2gkzQDKJ1sYKJaWvqZtkMtSbz35HcbgXVE',
    ),
  }),
  fc.record({
    type: fc.constant('Ed25519Signature2020'),
    created: dateTime,
    verificationMethod: iri.map((i) => `${i}#key-1`),
    proofPurpose: fc.constant('assertionMethod'),
    proofValue: fc.constant('z3FXQjecWufY46ye4kP6J8ZqiaZhfFbdGh1ZNT1khDhzHrnFz4BcH5DNuUCmNNj7'),
  }),
);

function withProof(credential: Json, proofValue: Json | undefined): Json {
  if (proofValue === undefined) return credential;
  const context = credential['@context'] as string[];
  const extra =
    proofValue.type === 'Ed25519Signature2020'
      ? ED25519_2020
      : context[0] === VC1
        ? DI_V2
        : undefined;
  return {
    ...credential,
    '@context': extra && !context.includes(extra) ? [...context, extra] : context,
    proof: proofValue,
  };
}

// Language-tagged names, as VC 2.0 examples write them (value objects).
const languageValue: Arb<unknown> = fc.oneof(
  fc.record({ '@value': text, '@language': fc.constantFrom('en', 'EN-GB', 'fr-CA', 'zh-Hant-TW') }),
  fc.array(fc.record({ '@value': text, '@language': fc.constantFrom('en', 'de', 'ar') }), {
    minLength: 1,
    maxLength: 3,
  }),
);

// VC 2.0 only: `_sd` (@json) and a JsonSchema credentialSchema whose `jsonSchema` is @json.
const vc2Extras: Arb<Json> = fc.record(
  {
    _sd: fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 2 }),
    credentialSchema: fc.record({
      id: iri,
      type: fc.constant('JsonSchema'),
      jsonSchema: fc.jsonValue({ maxDepth: 3 }),
    }),
  },
  { requiredKeys: [] },
);

const subjectFields = {
  activityStartDate: dateTime,
  activityEndDate: dateTime,
  creditsEarned: number,
  licenseNumber: text,
  role: text,
  term: text,
  image,
  identifier: fc.array(identityObject, { maxLength: 2 }),
  result: fc.array(result, { maxLength: 3 }),
};

/** An OpenBadgeCredential / AchievementCredential, possibly with endorsements and a proof. */
export function openBadgeCredential(depth = 1, given?: ContextChoice): Arb<Json> {
  if (given === undefined)
    return contextChoice.chain((choice) => openBadgeCredential(depth, choice));
  const choice = given;
  return fc
    .record(
      {
        id: iri,
        type: fc.constantFrom(
          ['VerifiableCredential', 'OpenBadgeCredential'],
          ['VerifiableCredential', 'AchievementCredential'],
          ['OpenBadgeCredential', 'VerifiableCredential', 'VerifiableCredential'],
        ),
        issuer: fc.oneof(profile, iri),
        name: text,
        description: text,
        dates: dates(choice),
        credentialSubject: fc.record(
          {
            id: iri,
            type: fc.constantFrom(['AchievementSubject'], 'AchievementSubject'),
            achievement: achievementFor(choice),
            ...subjectFields,
          },
          { requiredKeys: ['type', 'achievement'] },
        ),
        evidence: fc.array(evidence, { maxLength: 2 }),
        endorsement:
          depth > 0
            ? fc.array(endorsementCredential(depth - 1, choice), { maxLength: 2 })
            : fc.constant([]),
        credentialSchema: fc.array(
          fc.record({ id: iri, type: fc.constant('1EdTechJsonSchemaValidator2019') }),
          { maxLength: 1 },
        ),
        awardedDate: dateTime,
        proof: fc.option(proof, { nil: undefined }),
        vc2Extras,
        languageName: languageValue,
      },
      { requiredKeys: ['id', 'type', 'issuer', 'dates', 'credentialSubject'] },
    )
    .map(
      ({
        dates: d,
        proof: p,
        endorsement,
        awardedDate,
        credentialSchema,
        vc2Extras: extras,
        languageName,
        ...rest
      }) =>
        withProof(
          {
            '@context': contextList(choice),
            ...rest,
            ...d,
            // awardedDate is defined from OB 3.0.3 on.
            ...(awardedDate !== undefined && choice.ob === OB_CONTEXTS[3] ? { awardedDate } : {}),
            // Its type is defined by the extensions context.
            ...(credentialSchema !== undefined && choice.extensions ? { credentialSchema } : {}),
            ...(endorsement && endorsement.length > 0 ? { endorsement } : {}),
            // JSON literals (@json terms) and JsonSchema are VC 2.0 terms.
            ...(extras !== undefined && choice.vc === 2 ? extras : {}),
            ...(languageName !== undefined ? { name: languageName } : {}),
          },
          p,
        ),
    );
}

/** An EndorsementCredential. */
export function endorsementCredential(depth = 0, given?: ContextChoice): Arb<Json> {
  if (given === undefined)
    return contextChoice.chain((choice) => endorsementCredential(depth, choice));
  const choice = given;
  return fc
    .record({
      id: iri,
      issuer: fc.oneof(profile, iri),
      name: text,
      dates: dates(choice),
      subject: fc.record(
        { id: iri, type: fc.constant(['EndorsementSubject']), endorsementComment: text },
        { requiredKeys: ['id', 'type'] },
      ),
      proof: fc.option(proof, { nil: undefined }),
      nested:
        depth > 0
          ? fc.array(endorsementCredential(depth - 1, choice), { maxLength: 1 })
          : fc.constant([]),
    })
    .map(({ dates: d, subject, proof: p, nested, ...rest }) =>
      withProof(
        {
          '@context': contextList(choice),
          type: ['VerifiableCredential', 'EndorsementCredential'],
          ...rest,
          ...d,
          credentialSubject: subject,
          ...(nested.length > 0 ? { endorsement: nested } : {}),
        },
        p,
      ),
    );
}

/** A ClrCredential with nested OB credentials, achievements and associations. */
export function clrCredential(nested: { min?: number; max: number } = { max: 3 }): Arb<Json> {
  return contextChoice.chain((choice) => clrCredentialFor(choice, nested));
}

function clrCredentialFor(choice: ContextChoice, nested: { min?: number; max: number }): Arb<Json> {
  return fc
    .record({
      clr: fc.constantFrom(...CLR_CONTEXTS),
      id: iri,
      issuer: fc.oneof(profile, iri),
      name: text,
      partial: fc.boolean(),
      subjectId: fc.option(iri, { nil: undefined }),
      credentials: fc.array(openBadgeCredential(0, choice), {
        minLength: nested.min ?? 0,
        maxLength: nested.max,
      }),
      achievements: fc.array(achievementFor(choice), { maxLength: 2 }),
      associations: fc.array(
        fc.record({
          type: fc.constant('Association'),
          associationType: fc.constantFrom('isChildOf', 'isParentOf', 'precedes'),
          sourceId: iri,
          targetId: iri,
        }),
        { maxLength: 2 },
      ),
      validFrom: dateTime,
      proof: fc.option(proof, { nil: undefined }),
    })
    .map(
      ({
        clr,
        subjectId,
        credentials,
        achievements,
        associations,
        proof: p,
        validFrom,
        partial,
        ...rest
      }) =>
        withProof(
          {
            '@context': [choice.vc === 1 ? VC1 : VC2, clr, choice.ob],
            type: ['VerifiableCredential', 'ClrCredential'],
            ...rest,
            // `partial` is defined from CLR 2.0.1 on.
            ...(clr === CLR_CONTEXTS[1] ? { partial } : {}),
            [choice.vc === 1 ? 'issuanceDate' : 'validFrom']: validFrom,
            credentialSubject: {
              ...(subjectId ? { id: subjectId } : {}),
              type: ['ClrSubject'],
              verifiableCredential: credentials,
              ...(achievements.length > 0 ? { achievement: achievements } : {}),
              ...(associations.length > 0 ? { association: associations } : {}),
            },
          },
          p,
        ),
    );
}

/** Small injected defects: an undefined term, a relative id or type, a null, an unused key. */
export function withDefect(document: Json): Arb<Json> {
  return fc.constantFrom(
    { ...document, undefinedTermXyz: 'dropped by JSON-LD' },
    { ...document, id: 'relative/path' },
    { ...document, type: [...asArray(document.type), 'UndefinedType'] },
    { ...document, name: null },
    {
      ...document,
      credentialSubject: { ...(document.credentialSubject as Json), 'ext:custom': 'x' },
    },
    {
      ...document,
      credentialSubject: { ...(document.credentialSubject as Json), 'https://schema.org/x': 1 },
    },
    { ...document, issuer: 'not-absolute' },
    { ...document, issuer: '' },
    {
      ...document,
      credentialSubject: { ...(document.credentialSubject as Json), 'https://ex.com/a b': 1 },
    },
  );
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined ? [] : [value];
}

/** Every kind of generated document, mostly valid, some with a defect. */
export const anyCredential: Arb<Json> = fc.oneof(
  { weight: 6, arbitrary: openBadgeCredential(1) },
  { weight: 2, arbitrary: endorsementCredential(1) },
  { weight: 2, arbitrary: clrCredential() },
  { weight: 1, arbitrary: openBadgeCredential(0).chain(withDefect) },
);
