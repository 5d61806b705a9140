// The contexts bundled from npm packages rather than the offline spec folder (the Ed25519Signature2018
// suite context and the security vocabulary v1/v2, which legacy Ed25519Signature2018 proofs use,
// and the DCC v1 and RevocationList2020 contexts real OB issuers use) are byte-identical to the
// files those packages publish, and bundled under the SHA-256 pinned in
// src/context/bundled-contexts.ts.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDocumentLoader, getBundledContext } from '../../src/context/index.js';
import { readSpecText } from '../helpers/spec.js';

const require = createRequire(import.meta.url);
const packageFile = (name: string, file: string) =>
  readFileSync(join(dirname(require.resolve(`${name}/package.json`)), file), 'utf8');

describe.each([
  [
    'https://w3id.org/security/suites/ed25519-2018/v1',
    'ed25519-signature-2018-context',
    'contexts/ed25519-signature-2018-v1.jsonld',
    'w3id.org__security__suites__ed25519-2018__v1.jsonld',
  ],
  [
    'https://w3id.org/security/v1',
    'security-context',
    'contexts/security-v1.jsonld',
    'w3id.org__security__v1.jsonld',
  ],
  [
    'https://w3id.org/security/v2',
    'security-context',
    'contexts/security-v2.jsonld',
    'w3id.org__security__v2.jsonld',
  ],
])('%s', (url, pkg, file, fixture) => {
  it(`is ${pkg}/${file} byte for byte, SHA-256 pinned`, () => {
    const published = packageFile(pkg, file);
    expect(readSpecText('contexts', fixture)).toBe(published);
    const bundled = getBundledContext(url);
    expect(bundled?.text).toBe(published);
    expect(bundled?.sha256).toBe(createHash('sha256').update(published, 'utf8').digest('hex'));
  });
});

// Contexts real Open Badges issuers use beyond the spec's (issue 18 item 12), copied in by
// scripts/bundle-contexts.mjs from their npm packages (devDependencies).
describe('https://w3id.org/vc-revocation-list-2020/v1', () => {
  const url = 'https://w3id.org/vc-revocation-list-2020/v1';
  it('is vc-revocation-list-context/contexts/vc-revocation-list-2020.jsonld byte for byte, SHA-256 pinned', () => {
    const published = packageFile(
      'vc-revocation-list-context',
      'contexts/vc-revocation-list-2020.jsonld',
    );
    expect(readSpecText('contexts', 'w3id.org__vc-revocation-list-2020__v1.jsonld')).toBe(
      published,
    );
    const bundled = getBundledContext(url);
    expect(bundled?.text).toBe(published);
    expect(bundled?.sha256).toBe(createHash('sha256').update(published, 'utf8').digest('hex'));
  });

  it('loads offline through the default loader and defines the RevocationList2020 terms', async () => {
    const { document } = await createDocumentLoader()(url);
    expect(Object.keys((document as { '@context': object })['@context'])).toEqual(
      expect.arrayContaining([
        'RevocationList2020Credential',
        'RevocationList2020',
        'RevocationList2020Status',
      ]),
    );
  });
});

describe('https://w3id.org/dcc/v1', () => {
  const url = 'https://w3id.org/dcc/v1';
  it("is @digitalcredentials/dcc-context's CONTEXT_V1, serialised, SHA-256 pinned", () => {
    // The package ships the context only as a JS module: the bundled text is its JSON.
    const published = `${JSON.stringify(require('@digitalcredentials/dcc-context').CONTEXT_V1, null, 2)}\n`;
    expect(readSpecText('contexts', 'w3id.org__dcc__v1.jsonld')).toBe(published);
    const bundled = getBundledContext(url);
    expect(bundled?.text).toBe(published);
    expect(bundled?.sha256).toBe(createHash('sha256').update(published, 'utf8').digest('hex'));
    expect(require('@digitalcredentials/dcc-context').CONTEXT_URL_V1).toBe(url);
  });

  it('loads offline through the default loader', async () => {
    const { document, documentUrl } = await createDocumentLoader()(url);
    expect(documentUrl).toBe(url);
    expect((document as { '@context': Record<string, unknown> })['@context']).toMatchObject({
      '@protected': true,
      LearningCredential: 'https://w3id.org/dcc/v1#LearningCredential',
    });
  });
});
