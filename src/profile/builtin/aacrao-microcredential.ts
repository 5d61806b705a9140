// The built-in `aacrao-microcredential` profile: what the AACRAO Alternative Credentials Work Group
// report asks each micro-credential to carry (its proposal-form list, and its best practices on
// metadata, criteria and alignment), mapped to Open Badges 3.0 fields and, where OB 3.0 has no
// property, to the lerkit Program extension. docs/registrar-profiles.md shows the same table; a
// test keeps the two in step. Errors: what the report says the artifact itself must carry (name,
// description, issuer, measurable criteria, issue date). Warnings: the rest of the proposal form.
// Info: what applies only "if applicable" (an expiration date).
import type { QualityProfile } from '../types.js';

const ACHIEVEMENT = '/credentialSubject/achievement';
const TEXT = { type: 'string', minLength: 1, pattern: '\\S' };

// One value or a non-empty list of them: JSON-LD compaction may write a one-element list as the
// value itself.
const some = (item: Record<string, unknown>) => ({
  anyOf: [{ type: 'array', minItems: 1, items: item }, item],
});

const has = (name: string, value: Record<string, unknown> = {}) => ({
  type: 'object',
  required: [name],
  properties: { [name]: value },
});

// JSON Schema's if/then/else (a `then` member is a schema keyword here, not a thenable).
const ifThen = (
  condition: Record<string, unknown>,
  then: Record<string, unknown>,
  otherwise?: Record<string, unknown>,
) => ({
  if: condition,
  then,
  ...(otherwise ? { else: otherwise } : {}),
});

// Applies only to an embedded issuer Profile: an issuer given as a bare IRI fails `issuer-name`.
const issuerHas = (name: string, value: Record<string, unknown> = TEXT) =>
  ifThen({ type: 'object' }, has(name, value));

const CREDIT_BEARING = {
  required: ['creditBearing'],
  properties: { creditBearing: { const: true } },
};

// OB 3.0 AlignmentTargetType terms of CASE and CTDL items, and lerkit's term for OSMT RSDs
// (FRAMEWORK_TARGET_TYPES of the builders; a test keeps them equal).
const FRAMEWORK_ITEM = {
  type: 'object',
  required: ['targetType'],
  properties: {
    targetType: {
      enum: [
        'CFItem',
        'CFRubric',
        'CFRubricCriterion',
        'CFRubricCriterionLevel',
        'ceterms:Credential',
        'ceasn:Competency',
        'CTDL',
        'ext:RichSkillDescriptor',
      ],
    },
  },
};

/** The `aacrao-microcredential` profile. */
export const AACRAO_MICROCREDENTIAL_PROFILE: QualityProfile = {
  id: 'aacrao-microcredential',
  title: 'AACRAO micro-credential',
  description:
    'What the AACRAO Alternative Credentials Work Group recommends each micro-credential carry, checked on an Open Badges 3.0 credential.',
  version: '1.0.0',
  source:
    'AACRAO Alternative Credentials Work Group report: HOW (proposal form, metadata, alignment best practices) and WHAT (stackability)',
  appliesTo: ['AchievementCredential'],
  requirements: [
    {
      id: 'program-title',
      recommendation: 'Program title',
      severity: 'error',
      path: ACHIEVEMENT,
      field: `${ACHIEVEMENT}/name`,
      condition: has('name', TEXT),
      message:
        'The achievement has no name: put the program title in credentialSubject.achievement.name.',
    },
    {
      id: 'program-description',
      recommendation: 'Program description',
      severity: 'error',
      path: ACHIEVEMENT,
      field: `${ACHIEVEMENT}/description`,
      condition: has('description', TEXT),
      message:
        'The achievement has no description: describe the program in credentialSubject.achievement.description.',
    },
    {
      id: 'issuer-name',
      recommendation: 'Issuing entity',
      severity: 'error',
      path: '/issuer',
      field: '/issuer/name',
      condition: has('name', TEXT),
      message:
        'The issuing entity is not named: embed the issuer Profile with the institution’s (or unit’s) name in issuer.name.',
    },
    {
      id: 'issuer-url',
      recommendation: 'Issuing entity',
      severity: 'warning',
      path: '/issuer',
      field: '/issuer/url',
      condition: issuerHas('url'),
      message: 'The issuer has no url: give the institution’s homepage in issuer.url.',
    },
    {
      id: 'issuer-description',
      recommendation: 'Issuing entity: a description of the issuer',
      severity: 'warning',
      path: '/issuer',
      field: '/issuer/description',
      condition: issuerHas('description'),
      message:
        'The issuer has no description: say who the issuing institution or unit is in issuer.description.',
    },
    {
      id: 'issuer-identifier',
      recommendation: 'Issuing entity: the authority behind the credential is easily discerned',
      severity: 'warning',
      path: '/issuer',
      field: '/issuer/otherIdentifier',
      condition: issuerHas('otherIdentifier', some({ type: 'object' })),
      message:
        'The issuer has no official identifier: list the institution’s identifiers (e.g. its IPEDS Unit ID or OPE ID) in issuer.otherIdentifier.',
    },
    {
      id: 'credential-type',
      recommendation: 'Type: the kind of credential, clearly identified',
      severity: 'warning',
      path: ACHIEVEMENT,
      field: `${ACHIEVEMENT}/achievementType`,
      condition: has('achievementType', TEXT),
      message:
        'The kind of credential is not given: set credentialSubject.achievement.achievementType (MicroCredential, Certificate, Badge…).',
    },
    {
      id: 'credit-type',
      recommendation: 'Type (credit or non-credit)',
      severity: 'warning',
      path: ACHIEVEMENT,
      field: `${ACHIEVEMENT}/creditBearing`,
      condition: has('creditBearing', { type: 'boolean' }),
      message:
        'Whether it bears credit is not given: set credentialSubject.achievement.creditBearing (lerkit Program extension; builder option program.creditBearing).',
    },
    {
      id: 'academic-level',
      recommendation: 'Level (if credit, graduate or undergraduate)',
      severity: 'warning',
      path: ACHIEVEMENT,
      field: `${ACHIEVEMENT}/academicLevel`,
      condition: { type: 'object', ...ifThen(CREDIT_BEARING, has('academicLevel', TEXT)) },
      message:
        'A credit-bearing achievement has no level: set credentialSubject.achievement.academicLevel to Undergraduate or Graduate (lerkit Program extension; builder option program.academicLevel).',
    },
    {
      id: 'requirements-published',
      recommendation:
        'Requirements, standardized and clearly defined in a catalog and/or institutional website',
      severity: 'warning',
      path: ACHIEVEMENT,
      field: `${ACHIEVEMENT}/criteria/id`,
      condition: has('criteria', has('id', TEXT)),
      message:
        'The requirements are not linked: put the URL of the catalog or web page that defines them in credentialSubject.achievement.criteria.id.',
    },
    {
      id: 'criteria-narrative',
      recommendation: 'Criteria: measurable, included in the artifact the learner receives',
      severity: 'error',
      path: ACHIEVEMENT,
      field: `${ACHIEVEMENT}/criteria/narrative`,
      condition: has('criteria', has('narrative', TEXT)),
      message:
        'The credential does not carry its criteria: state the measurable criteria in credentialSubject.achievement.criteria.narrative.',
    },
    {
      id: 'evidence',
      recommendation: 'Evidence (demonstrations or examples of criteria met)',
      severity: 'warning',
      path: '',
      field: '/evidence',
      condition: has('evidence', some({ type: 'object' })),
      message: 'The credential has no evidence: describe or link what the learner did in evidence.',
    },
    {
      id: 'assessment-protocol',
      recommendation: 'Assessment protocol',
      severity: 'warning',
      path: ACHIEVEMENT,
      field: `${ACHIEVEMENT}/resultDescription`,
      condition: has('resultDescription', some({ type: 'object' })),
      message:
        'The assessment is not described: describe how learners are assessed (rubric, grade, pass/fail) in credentialSubject.achievement.resultDescription.',
    },
    {
      id: 'effective-date',
      recommendation: 'Effective date',
      severity: 'error',
      path: '',
      field: '/validFrom',
      condition: { anyOf: [{ required: ['validFrom'] }, { required: ['issuanceDate'] }] },
      message: 'The credential has no effective date: set validFrom.',
    },
    {
      id: 'expiration-date',
      recommendation: 'Expiration date (if applicable)',
      severity: 'info',
      path: '',
      field: '/validUntil',
      condition: { anyOf: [{ required: ['validUntil'] }, { required: ['expirationDate'] }] },
      message:
        'The credential has no expiration date: if the micro-credential expires, set validUntil.',
    },
    {
      id: 'learning-outcomes',
      recommendation: 'Learning outcomes (skills and competencies)',
      severity: 'warning',
      path: ACHIEVEMENT,
      field: `${ACHIEVEMENT}/tag`,
      condition: has('tag', some(TEXT)),
      message:
        'The learning outcomes are not listed: name the skills and competencies in credentialSubject.achievement.tag (and describe them in its description).',
    },
    {
      id: 'external-alignment',
      recommendation:
        'Alignment with external standards and competency frameworks (published in CASE, CTDL or OSMT)',
      severity: 'warning',
      path: ACHIEVEMENT,
      field: `${ACHIEVEMENT}/alignment`,
      condition: has('alignment', {
        anyOf: [{ type: 'array', contains: FRAMEWORK_ITEM }, FRAMEWORK_ITEM],
      }),
      message:
        'No alignment to a published framework: add an alignment to a CASE, CTDL or OSMT item in credentialSubject.achievement.alignment (createCaseAlignment, createCtdlAlignment, createOsmtAlignment).',
    },
    {
      id: 'earning-timing',
      recommendation:
        'Description of the timing of how the micro-credential can be earned and when a learner can begin and finish (semester/quarter or on-demand)',
      severity: 'warning',
      path: ACHIEVEMENT,
      field: `${ACHIEVEMENT}/earningSchedule`,
      condition: {
        type: 'object',
        anyOf: [{ required: ['earningSchedule'] }, { required: ['earningNarrative'] }],
      },
      message:
        'How and when it can be earned is not given: set credentialSubject.achievement.earningSchedule (Term or OnDemand) and earningNarrative (lerkit Program extension; builder option program).',
    },
    {
      id: 'clock-or-credit-hours',
      recommendation: 'Clock or credit hours, if applicable',
      severity: 'warning',
      path: ACHIEVEMENT,
      field: `${ACHIEVEMENT}/creditsAvailable`,
      condition: {
        type: 'object',
        ...ifThen(
          CREDIT_BEARING,
          { required: ['creditsAvailable'] },
          { anyOf: [{ required: ['creditsAvailable'] }, { required: ['clockHours'] }] },
        ),
      },
      message:
        'No hours are given: put the credit hours in credentialSubject.achievement.creditsAvailable (required when it bears credit), or the clock hours in clockHours (lerkit Program extension; builder option program.clockHours).',
    },
  ],
};
