// Writes fixtures/validate/{valid,invalid}/*.json: one valid credential per kind and, for every
// check, credentials with one mistake each and the issue (check, code, path) it must produce. The
// base credential is the 1EdTech OB 3.0 test vector; each mutation says what it breaks.
// Regenerate with `node scripts/make-validate-fixtures.mjs [spec folder, default fixtures/spec]`.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const spec = resolve(process.argv[2] ?? join(root, 'fixtures', 'spec'));
const read = (...p) => JSON.parse(readFileSync(join(spec, ...p), 'utf8'));
const base = read('test-vectors', '1edtech-ob-v3p0-impl', 'obv3p0', 'credential.json');
const clr = read('test-vectors', '1edtech-ob-v3p0-impl', 'clrv2p0', 'credential.json');
const endorsement = read('examples', 'ob3-spec__sample-endorsementcredential.json');
const SOURCE =
  '1EdTech OB 3.0 Linked Data Proof test vector (fixtures/spec/test-vectors/1edtech-ob-v3p0-impl/obv3p0/credential.json)';

const mutate = (fn, from = base) => {
  const copy = structuredClone(from);
  fn(copy);
  return copy;
};

const valid = [
  ['ob3-vector', 'The 1EdTech OB 3.0 vector credential', base, SOURCE],
  ['clr-vector', 'The 1EdTech CLR 2.0 vector credential', clr, '1EdTech CLR 2.0 test vector'],
  [
    'endorsement-bundled-schema',
    'The spec sample EndorsementCredential with only its official credentialSchema',
    mutate((c) => {
      c.credentialSchema = [c.credentialSchema[0]];
    }, endorsement),
    'OB 3.0 spec example "Sample EndorsementCredential", second (fictional) credentialSchema removed',
  ],
  [
    'hashed-email-recipient',
    'A recipient identified by a hashed email only',
    mutate((c) => {
      delete c.credentialSubject.id;
      c.credentialSubject.identifier = [
        {
          type: 'IdentityObject',
          hashed: true,
          identityHash: 'sha256$b5809d8a92f8858436d7e6b87c12ebc0ae1eac4baecc2c0b913aee2c922ef399',
          identityType: 'emailAddress',
          salt: 'Kosher',
        },
      ];
    }),
    SOURCE,
  ],
  [
    'png-data-uri-image',
    'An achievement image embedded as a PNG data URI',
    mutate((c) => {
      c.credentialSubject.achievement.image = {
        id: 'data:image/png;base64,iVBORw0KGgo=',
        type: 'Image',
      };
    }),
    SOURCE,
  ],
  [
    'jpeg-achievement-image',
    'An achievement image that is a JPEG: only AchievementSubject.image and Profile.image must be PNG or SVG (OB 3.0 data model)',
    mutate((c) => {
      c.credentialSubject.achievement.image = {
        id: 'data:image/jpeg;base64,/9j/4AAQ',
        type: 'Image',
      };
    }),
    SOURCE,
  ],
];

const E = (check, code, path) => ({ check, code, path });
const VC_TERMS_UNDEFINED = ['credentialSubject', 'issuer', 'validFrom'].map((t) =>
  E('jsonld', 'JSONLD_UNDEFINED_TERM', `/${t}`),
);
const invalid = [
  // parse
  [
    'parse-not-json',
    'Text that is not JSON',
    '{"@context": [',
    [E('parse', 'PARSE_INVALID_JSON', '')],
  ],
  // context
  [
    'context-vc-not-first',
    'The OB context before the VC context',
    mutate((c) => {
      c['@context'].reverse();
    }),
    [E('context', 'CONTEXT_VC_NOT_FIRST', '/@context/0')],
    [
      E('context', 'CONTEXT_ORDER', '/@context/0'),
      E('schema', 'SCHEMA_ENUM', '/@context/0'),
      E('schema', 'SCHEMA_PATTERN', '/@context/1'),
    ],
  ],
  [
    'context-ob-missing',
    'No Open Badges context',
    mutate((c) => {
      c['@context'] = ['https://www.w3.org/ns/credentials/v2'];
    }),
    null,
  ],
  [
    'context-unknown',
    'A context URL nothing can supply',
    mutate((c) => {
      c['@context'].push('https://example.org/contexts/unknown.json');
    }),
    [E('context', 'CONTEXT_UNKNOWN', '/@context/2')],
  ],
  // jsonld
  [
    'jsonld-undefined-term',
    'A property no context defines',
    mutate((c) => {
      c.credentialSubject.favouriteColour = 'blue';
    }),
    [E('jsonld', 'JSONLD_UNDEFINED_TERM', '/credentialSubject/favouriteColour')],
  ],
  [
    'jsonld-relative-iri',
    'A relative IRI as an id',
    mutate((c) => {
      c.credentialSubject.achievement.id = 'achievements/teamwork';
    }),
    [E('jsonld', 'JSONLD_RELATIVE_IRI', '/credentialSubject/achievement/id')],
  ],
  // schema
  [
    'schema-required',
    'The achievement has no name',
    mutate((c) => {
      delete c.credentialSubject.achievement.name;
    }),
    [E('schema', 'SCHEMA_REQUIRED', '/credentialSubject/achievement/name')],
  ],
  [
    'schema-format',
    'awardedDate is not a date-time',
    mutate((c) => {
      c.awardedDate = '2010-01-01';
    }),
    [E('schema', 'SCHEMA_FORMAT', '/awardedDate')],
  ],
  [
    'dates-invalid',
    'validFrom is a date without a time (the dates check owns validity dates)',
    mutate((c) => {
      c.validFrom = '2010-01-01';
    }),
    [E('dates', 'DATES_INVALID', '/validFrom')],
  ],
  [
    'schema-enum',
    'An achievementType outside the vocabulary, not an ext: term',
    mutate((c) => {
      c.credentialSubject.achievement.achievementType = 'Trophy';
    }),
    [E('schema', 'SCHEMA_ENUM', '/credentialSubject/achievement/achievementType')],
  ],
  // The issuer rule would flag the same value; reported once, by the schema.
  [
    'schema-type',
    'The issuer is a number',
    mutate((c) => {
      c.issuer = 42;
    }),
    [E('schema', 'SCHEMA_TYPE', '/issuer')],
  ],
  // Without VerifiableCredential the VC 2.0 context's type-scoped terms are undefined too.
  [
    'type-vc-missing',
    'type lacks VerifiableCredential (the type check says so; the schema does not repeat it)',
    mutate((c) => {
      c.type = ['OpenBadgeCredential'];
    }),
    [E('type', 'TYPE_VC_MISSING', '/type')],
    VC_TERMS_UNDEFINED,
  ],
  // credential-schema
  [
    'credential-schema-unreadable',
    'A credentialSchema nothing can supply',
    mutate((c) => {
      c['@context'].push('https://purl.imsglobal.org/spec/ob/v3p0/extensions.json');
      c.credentialSchema = [
        { id: 'https://example.org/schemas/custom.json', type: '1EdTechJsonSchemaValidator2019' },
      ];
    }),
    [E('credential-schema', 'CREDENTIAL_SCHEMA_UNREADABLE', '/credentialSchema/0/id')],
  ],
  [
    'jsonld-relative-type',
    'A credentialSchema type without the extensions context that defines it',
    mutate((c) => {
      c.credentialSchema = [
        {
          id: 'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json',
          type: '1EdTechJsonSchemaValidator2019',
        },
      ];
    }),
    [E('jsonld', 'JSONLD_RELATIVE_TYPE', '/credentialSchema/0/type')],
  ],
  // type
  // The compaction schema accepts a single type string; the spec's rule does not.
  [
    'type-vc-missing',
    'A single compacted type without VerifiableCredential',
    mutate((c) => {
      c.type = 'OpenBadgeCredential';
    }),
    [E('type', 'TYPE_VC_MISSING', '/type')],
    VC_TERMS_UNDEFINED,
  ],
  // The wrong type also selects the wrong type-scoped context, so the identity terms are undefined.
  [
    'type-identifier-wrong',
    'An identifier of the wrong type',
    mutate((c) => {
      c.credentialSubject.identifier = [
        {
          type: 'IdentifierEntry',
          hashed: false,
          identityHash: 'S-1',
          identityType: 'sisSourcedId',
        },
      ];
    }),
    [E('type', 'TYPE_WRONG', '/credentialSubject/identifier/0/type')],
    ['hashed', 'identityHash', 'identityType'].map((t) =>
      E('jsonld', 'JSONLD_UNDEFINED_TERM', `/credentialSubject/identifier/0/${t}`),
    ),
  ],
  [
    'type-unknown-kind',
    'A document of no known class',
    { '@context': ['https://www.w3.org/ns/credentials/v2'], type: ['Thing'] },
    [E('type', 'TYPE_UNKNOWN_KIND', '/type')],
  ],
  // subject
  [
    'subject-no-id',
    'The subject has neither id nor identifier',
    mutate((c) => {
      delete c.credentialSubject.id;
    }),
    [E('subject', 'SUBJECT_NO_ID', '/credentialSubject')],
  ],
  [
    'subject-criteria-empty',
    'Criteria with neither id nor narrative',
    mutate((c) => {
      c.credentialSubject.achievement.criteria = {};
    }),
    [E('rules', 'RULES_CRITERIA_EMPTY', '/credentialSubject/achievement/criteria')],
  ],
  // issuer
  [
    'issuer-id-invalid',
    'An issuer id that is not a URI',
    mutate((c) => {
      c.issuer.id = 'Example Corp';
    }),
    [E('jsonld', 'JSONLD_RELATIVE_IRI', '/issuer/id')],
    [E('rules', 'RULES_ISSUER_ID_INVALID', '/issuer/id')],
  ],
  // dates
  [
    'dates-order',
    'validUntil before validFrom',
    mutate((c) => {
      c.validUntil = '2009-01-01T00:00:00Z';
    }),
    [E('dates', 'DATES_ORDER', '/validUntil')],
  ],
  // image
  [
    'image-format',
    'An embedded JPEG image of the issuer (OB 3.0 Profile.image: "This must be a PNG or SVG image")',
    mutate((c) => {
      c.issuer.image = {
        id: 'data:image/jpeg;base64,/9j/4AAQ',
        type: 'Image',
      };
    }),
    [E('rules', 'RULES_IMAGE_FORMAT', '/issuer/image/id')],
  ],
];

// Valid credentials that still draw warnings or notes (check, code, path, severity).
const W = (check, code, path, severity = 'warning') => ({ check, code, path, severity });
const noted = [
  [
    'evidence-empty',
    'Evidence with neither id nor narrative',
    mutate((c) => {
      c.evidence = [{ type: ['Evidence'], name: 'Project' }];
    }),
    [W('rules', 'RULES_EVIDENCE_EMPTY', '/evidence/0')],
  ],
  [
    'recommended-issuer-name',
    'An issuer without a name',
    mutate((c) => {
      delete c.issuer.name;
    }),
    [W('recommended', 'RECOMMENDED_ISSUER_NAME', '/issuer/name')],
  ],
  [
    'recommended-credential-name',
    'A credential without a name',
    mutate((c) => {
      delete c.name;
    }),
    [W('recommended', 'RECOMMENDED_CREDENTIAL_NAME', '/name')],
  ],
  [
    'recommended-plaintext-email',
    'A recipient email in plain text',
    mutate((c) => {
      c.credentialSubject.identifier = [
        {
          type: 'IdentityObject',
          hashed: false,
          identityHash: 'ada@example.edu',
          identityType: 'emailAddress',
        },
      ];
    }),
    [
      W(
        'recommended',
        'RECOMMENDED_PLAINTEXT_EMAIL',
        '/credentialSubject/identifier/0/identityHash',
        'info',
      ),
    ],
  ],
  [
    'context-outdated',
    'The OB 3.0.2 context',
    mutate((c) => {
      c['@context'][1] = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json';
    }),
    [W('context', 'CONTEXT_OUTDATED', '/@context/1')],
  ],
];

const out = join(root, 'fixtures', 'validate');
rmSync(out, { recursive: true, force: true });
for (const dir of ['valid', 'invalid']) mkdirSync(join(out, dir), { recursive: true });
for (const [name, title, input, source] of valid) {
  writeFileSync(
    join(out, 'valid', `${name}.json`),
    `${JSON.stringify({ title, source, input, expected: { valid: true } }, null, 2)}\n`,
  );
}
for (const [name, title, input, notes] of noted) {
  writeFileSync(
    join(out, 'valid', `${name}.json`),
    `${JSON.stringify({ title, source: `${SOURCE}, mutated: ${title}`, input, expected: { valid: true, notes } }, null, 2)}\n`,
  );
}
let written = 0;
// errors: the report's top-level errors (one per root cause); folded: the errors folded under
// them (`related`), e.g. what JSON-LD says about a value the rules check rejects too.
for (const [name, title, input, errors, folded] of invalid) {
  if (errors === null) continue; // a case whose exact issues are asserted elsewhere
  writeFileSync(
    join(out, 'invalid', `${name}.json`),
    `${JSON.stringify({ title, source: `${SOURCE}, mutated: ${title}`, input, expected: { valid: false, errors, ...(folded ? { folded } : {}) } }, null, 2)}\n`,
  );
  written++;
}
console.log(`wrote ${valid.length + noted.length} valid and ${written} invalid fixtures`);
