// The contexts bundled from npm packages rather than the offline spec folder (the Ed25519Signature2018
// suite context and the security vocabulary v1/v2, which legacy Ed25519Signature2018 proofs use)
// are byte-identical to the files those packages publish, and bundled under the SHA-256 pinned in
// src/context/bundled-contexts.ts.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getBundledContext } from '../../src/context/index.js';
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
