// OB 2.0 §Extensions (validated against the draft-04 JSON Schema their context declares, when it is
// supplied) and §Endorsement (every endorsement of the assertion, BadgeClass and issuer verifies and
// claims about the object it is attached to).
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/validate/index.js';
import { verify } from '../../src/verify/index.js';
import { checkOf, errorCodes } from '../helpers/report.js';
import {
  BADGE_ID,
  badgeClass,
  HOSTED_ID,
  hostedAssertion,
  ISSUER_ID,
  issuer,
  type Json,
  NOW,
  OB2,
  resourcesOf,
} from './world.js';

const CONTEXT = 'https://openbadgespec.org/extensions/applyLinkExtension/context.json';
const SCHEMA = 'https://openbadgespec.org/extensions/applyLinkExtension/schema.json';

// Shaped like the published OB 2.0 extension contexts: terms, and `obi:validation`.
const applyLinkContext = {
  '@context': {
    obi: 'https://w3id.org/openbadges#',
    extensions: 'https://w3id.org/openbadges/extensions#',
    url: { '@id': 'extensions:applyUrl', '@type': '@id' },
  },
  'obi:validation': [
    {
      'obi:validatesType': 'extensions:ApplyLink',
      'obi:validationSchema': SCHEMA,
    },
  ],
};
const applyLinkSchema = {
  $schema: 'http://json-schema.org/draft-04/schema#',
  title: 'ApplyLink Open Badges Extension',
  type: 'object',
  properties: { url: { type: 'string', pattern: '^https?://' } },
  required: ['url'],
};

const withExtension = (extension: Json) =>
  badgeClass({
    'extensions:ApplyLink': {
      '@context': CONTEXT,
      type: ['Extension', 'extensions:ApplyLink'],
      ...extension,
    },
  });

describe('extensions', () => {
  const resources = { [CONTEXT]: applyLinkContext, [SCHEMA]: applyLinkSchema };

  it('an extension that conforms to its declared schema passes', async () => {
    const report = await validate(withExtension({ url: 'http://website.com/apply' }), {
      resources,
    });
    expect(report).toMatchObject({ valid: true, status: 'valid' });
  });

  it('an extension that does not conform fails with OB2_EXTENSION_INVALID at its path', async () => {
    for (const [extension, path] of [
      [{}, '/extensions:ApplyLink'],
      [{ url: 'ftp://website.com/apply' }, '/extensions:ApplyLink/url'],
    ] as const) {
      const report = await validate(withExtension(extension), { resources });
      expect(report.findings.map((f) => `${f.code} ${f.path}`)).toEqual([
        `OB2_EXTENSION_INVALID ${path}`,
      ]);
      expect(report.findings[0]?.message).toContain(SCHEMA);
    }
  });

  it('a schema nothing supplies: not validated, and said so (indeterminate)', async () => {
    const report = await validate(withExtension({ url: 'http://website.com/apply' }), {
      resources: { [CONTEXT]: applyLinkContext },
    });
    expect(report).toMatchObject({ valid: true, status: 'warning' });
    expect(checkOf(report, 'ob2')).toMatchObject({
      outcome: 'indeterminate',
      code: 'OB2_EXTENSION_SCHEMA_UNAVAILABLE',
    });
  });

  it('a context nothing supplies: its terms cannot be checked (JSONLD_CONTEXT_UNAVAILABLE)', async () => {
    const report = await validate(withExtension({ url: 'http://website.com/apply' }));
    expect(errorCodes(report)).toEqual(['JSONLD_CONTEXT_UNAVAILABLE']);
  });

  it('verify validates extensions of linked documents too', async () => {
    const assertion = hostedAssertion();
    const report = await verify(assertion, {
      resources: {
        ...resources,
        ...resourcesOf(issuer(), withExtension({ url: 42 }), assertion),
      },
      now: NOW,
    });
    expect(report.findings.map((f) => `${f.code} ${f.path}`)).toEqual([
      'OB2_EXTENSION_INVALID /badge/extensions:ApplyLink/url',
    ]);
  });
});

const ENDORSER = 'https://endorser.example/issuer.json';
const ENDORSEMENT = 'https://endorser.example/endorsements/1.json';

const endorser = issuer({
  id: ENDORSER,
  name: 'State Board',
  url: 'https://endorser.example',
  email: 'board@endorser.example',
  publicKey: undefined,
  revocationList: undefined,
});
const endorsement = (extra: Json = {}): Json => ({
  '@context': OB2,
  type: 'Endorsement',
  id: ENDORSEMENT,
  issuer: ENDORSER,
  issuedOn: '2017-01-01T00:00:00Z',
  claim: { id: BADGE_ID, endorsementComment: 'A great introduction to robotics.' },
  verification: { type: 'hosted' },
  ...extra,
});

async function verifyEndorsed(endorsed: Json, documents: Json[]) {
  const assertion = hostedAssertion();
  const resources = resourcesOf(issuer(), assertion, endorser, endorsed, ...documents);
  return verify(assertion, { resources, now: NOW });
}

describe('endorsements', () => {
  it('a hosted endorsement of the BadgeClass verifies, with its own nested report', async () => {
    const report = await verifyEndorsed(badgeClass({ endorsement: [ENDORSEMENT] }), [
      endorsement(),
    ]);
    expect(report).toMatchObject({ verified: true, status: 'valid' });
    expect(checkOf(report, 'endorsement')?.outcome).toBe('pass');
    expect(report.nested).toEqual([
      expect.objectContaining({
        path: '/badge/endorsement/0',
        kind: 'OB2Endorsement',
        verified: true,
        id: ENDORSEMENT,
      }),
    ]);
  });

  it('endorsements of the assertion and the issuer are verified too', async () => {
    const ofAssertion = endorsement({ claim: { id: HOSTED_ID } });
    const assertion = hostedAssertion({ endorsement: ENDORSEMENT });
    const report = await verify(assertion, {
      resources: resourcesOf(issuer(), badgeClass(), assertion, endorser, ofAssertion),
      now: NOW,
    });
    expect(report.verified).toBe(true);
    expect(report.nested?.[0]?.path).toBe('/endorsement');
    const ofIssuer = endorsement({ claim: { id: ISSUER_ID } });
    const byIssuer = await verify(assertion, {
      resources: resourcesOf(
        issuer({ endorsement: ENDORSEMENT }),
        badgeClass(),
        hostedAssertion(),
        endorser,
        ofIssuer,
      ),
      now: NOW,
    });
    expect(byIssuer.nested?.map((n) => n.path)).toEqual(['/badge/issuer/endorsement']);
  });

  it('twins: about something else, not available, not an endorsement, hosted out of scope', async () => {
    const badge = badgeClass({ endorsement: ENDORSEMENT });
    const other = await verifyEndorsed(badge, [
      endorsement({ claim: { id: 'https://example.org/other' } }),
    ]);
    expect(errorCodes(other)).toEqual(['ENDORSEMENT_SUBJECT_MISMATCH']);
    const missing = await verifyEndorsed(badge, []);
    expect(errorCodes(missing)).toEqual(['ENDORSEMENT_INVALID']);
    expect(checkOf(missing, 'endorsement')?.message).toContain('PARSE_HOSTED_ASSERTION');
    const notOne = await verifyEndorsed(badge, [{ ...badgeClass(), id: ENDORSEMENT }]);
    expect(errorCodes(notOne)).toEqual(['ENDORSEMENT_INVALID']);
    const elsewhere = await verifyEndorsed(badge, [
      endorsement(),
      { ...endorser, verification: { allowedOrigins: 'cdn.endorser.example' } },
    ]);
    expect(errorCodes(elsewhere)).toEqual(['ENDORSEMENT_INVALID']);
    expect(elsewhere.nested?.[0]?.findings[0]?.code).toBe('PROOF_OB2_OUT_OF_SCOPE');
  });
});
