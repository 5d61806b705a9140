// Issue 15, "Verify what was signed": the forgeries of the table, as named regression
// tests. Each rewrites a credential signed with an RDF-canonicalized proof into a JSON-LD-equivalent
// shape (the canonical N-Quads are unchanged, so the signature still holds) that lerkit's checks,
// which read plain JSON keys, do not see through. Each must give `verified: false` with a `jsonld`
// finding, for every RDFC suite, in verify(); and validate() must report a `jsonld` error.
// The mutation suite (test/mutation) generates thousands more of these.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/report/index.js';
import { validate } from '../../src/validate/index.js';
import { createVerifier } from '../../src/verify/index.js';
import { buildVariants, type DocKind, RDFC_SUITES, type Variant } from '../mutation/documents.js';
import { clone, isObject, type Json, type JsonObject, type Path } from '../mutation/json.js';
import { canonicalNQuads } from '../mutation/oracle.js';

const CRED = 'https://www.w3.org/2018/credentials#';
const OB = 'https://purl.imsglobal.org/spec/vc/ob/vocab.html#';
const CLR = 'https://purl.imsglobal.org/spec/vc/clr/vocab.html#';
const XSD_DATETIME = 'http://www.w3.org/2001/XMLSchema#dateTime';

type Rewrite = (document: JsonObject) => JsonObject;

function nodeAt(document: JsonObject, path: Path): JsonObject {
  let node: Json = document;
  for (const step of path) node = (node as Record<string | number, Json>)[step] as Json;
  if (!isObject(node)) throw new Error(`no node at ${path.join('/')}`);
  return node;
}

/** Moves `key` of the node at `path` into `{"@nest": {key: value}}`. */
const nest =
  (path: Path, key: string): Rewrite =>
  (document) => {
    const copy = clone(document);
    const node = nodeAt(copy, path);
    node['@nest'] = { [key]: node[key] as Json };
    delete node[key];
    return copy;
  };

/** Writes `key` as its absolute IRI, the value in explicit form. */
const iriKey =
  (path: Path, key: string, iri: string, explicit: (value: Json) => Json = (v) => v): Rewrite =>
  (document) => {
    const copy = clone(document);
    const node = nodeAt(copy, path);
    node[iri] = explicit(node[key] as Json);
    delete node[key];
    return copy;
  };

/** Defines `alias` in an inline context appended to the credential's @context; uses it for `key`. */
const alias =
  (path: Path, key: string, name: string, definition: JsonObject): Rewrite =>
  (document) => {
    const copy = clone(document);
    copy['@context'] = [...(copy['@context'] as Json[]), { [name]: definition }];
    const node = nodeAt(copy, path);
    node[name] = node[key] as Json;
    delete node[key];
    return copy;
  };

const dateTimeValue = (value: Json): Json => ({ '@value': value, '@type': XSD_DATETIME });

interface Row {
  name: string;
  kind: DocKind;
  /** The variant rewritten (its verdict is verified: false, except `valid`). */
  variant: string;
  rewrite: Rewrite;
}

const THREE_WAYS = (
  what: string,
  kind: DocKind,
  variant: string,
  path: Path,
  key: string,
  iri: string,
): Row[] => [
  {
    name: `${variant}; ${what} moved into {"@nest": {…}}`,
    kind,
    variant,
    rewrite: nest(path, key),
  },
  {
    name: `${variant}; ${what} written as the key ${iri}`,
    kind,
    variant,
    rewrite: iriKey(path, key, iri),
  },
  {
    name: `${variant}; ${what} under an inline context alias`,
    kind,
    variant,
    rewrite: alias(path, key, `my${key[0]?.toUpperCase()}${key.slice(1)}`, { '@id': iri }),
  },
];

const ROWS: Row[] = [
  // The table.
  {
    name: 'expired; validUntil moved into {"@nest": {…}}',
    kind: 'badge',
    variant: 'expired',
    rewrite: nest([], 'validUntil'),
  },
  {
    name: `expired; validUntil written as the key ${CRED}validUntil with {"@value", "@type": xsd:dateTime}`,
    kind: 'badge',
    variant: 'expired',
    rewrite: iriKey([], 'validUntil', `${CRED}validUntil`, dateTimeValue),
  },
  {
    name: 'expired; an inline context term "until" (@id …#validUntil, @type xsd:dateTime) used as until',
    kind: 'badge',
    variant: 'expired',
    rewrite: alias([], 'validUntil', 'until', {
      '@id': `${CRED}validUntil`,
      '@type': XSD_DATETIME,
    }),
  },
  {
    name: 'revoked; credentialStatus moved into {"@nest": {…}}',
    kind: 'badge',
    variant: 'revoked',
    rewrite: nest([], 'credentialStatus'),
  },
  // The same for the issuer, the recipient, a CLR's credentials and endorsements.
  ...THREE_WAYS('issuer', 'badge', 'valid', [], 'issuer', `${CRED}issuer`),
  ...THREE_WAYS(
    'credentialSubject',
    'badge',
    'other-recipient',
    [],
    'credentialSubject',
    `${CRED}credentialSubject`,
  ),
  ...THREE_WAYS(
    'the CLR’s verifiableCredential',
    'clr',
    'nested-expired',
    ['credentialSubject'],
    'verifiableCredential',
    `${CLR}verifiableCredential`,
  ),
  ...THREE_WAYS(
    'endorsement',
    'badge',
    'endorsement-expired',
    [],
    'endorsement',
    `${OB}endorsement`,
  ),
];

const jsonLdErrors = (findings: Finding[]) =>
  findings.filter((f) => f.check === 'jsonld' && f.severity === 'error').map((f) => f.code);

describe.each(RDFC_SUITES)('signed data, %s', (suite) => {
  let variants: Variant[] = [];
  beforeAll(async () => {
    variants = await buildVariants(suite);
  });
  const variantOf = (row: Row) => {
    const found = variants.find((v) => v.kind === row.kind && v.name === row.variant);
    if (!found) throw new Error(`no variant ${row.kind}/${row.variant}`);
    return found;
  };

  for (const row of ROWS) {
    describe(row.name, () => {
      it('is the same signed data (same canonical N-Quads)', async () => {
        const variant = variantOf(row);
        const original = await canonicalNQuads(variant.payload);
        expect(original).toBeDefined();
        expect(await canonicalNQuads(row.rewrite(variant.payload))).toBe(original);
      });

      it('verify: verified false, with a jsonld finding', async () => {
        const variant = variantOf(row);
        const report = await createVerifier(variant.options).verify(row.rewrite(variant.payload));
        // The errors it has are in the failure message: which checks still caught something.
        const errors = report.findings.filter((f) => f.severity === 'error').map((f) => f.code);
        expect({
          verified: report.verified,
          jsonld: jsonLdErrors(report.findings).length > 0,
          errors,
        }).toMatchObject({ verified: false, jsonld: true });
      });

      it('validate: a jsonld error', async () => {
        const report = await validate(row.rewrite(variantOf(row).payload));
        expect(report.valid).toBe(false);
        expect(jsonLdErrors(report.findings)).not.toEqual([]);
      });
    });
  }

  it('the originals: the proof holds and the verdict is as built', async () => {
    for (const name of ['expired', 'revoked', 'other-recipient', 'endorsement-expired']) {
      const variant = variants.find((v) => v.kind === 'badge' && v.name === name) as Variant;
      const report = await createVerifier(variant.options).verify(variant.signed);
      expect(report.checks.find((c) => c.check === 'proof')?.outcome).toBe('pass');
      expect(report.verified).toBe(false);
    }
  });
});
