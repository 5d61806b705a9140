// Copies the JSON-LD contexts from the offline spec folder into src/context/bundled-contexts.ts,
// byte for byte, each pinned by its SHA-256. Run by hand when a context changes upstream:
//   node scripts/bundle-contexts.mjs [spec folder, default fixtures/spec]
// The documents lerkit itself publishes (the contexts and JSON Schemas of its extensions, listed in
// extensions/index.json) are bundled the same way: contexts beside the spec's, schemas into
// src/context/bundled-schemas.ts.
// Contexts that real issuers use beyond the spec's are taken from their npm packages (devDependencies,
// NPM_CONTEXTS below): when the package is installed, the script first copies its context into the
// spec folder (contexts/ and index.json), so the bundled copy is the package's.
// The output is committed: it is the package's copy of the contexts, not build output.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const specDir = resolve(process.argv[2] ?? join(root, 'fixtures', 'spec'));
const contextsDir = join(specDir, 'contexts');

// Contexts copied from npm packages: `file` is the package's JSON-LD file, copied byte for byte;
// `exportName` a context the package only publishes as a JS module export, serialised as
// JSON.stringify(value, null, 2) + newline.
const NPM_CONTEXTS = [
  {
    url: 'https://w3id.org/dcc/v1',
    pkg: '@digitalcredentials/dcc-context',
    exportName: 'CONTEXT_V1',
    fixture: 'w3id.org__dcc__v1.jsonld',
  },
  {
    url: 'https://w3id.org/vc-revocation-list-2020/v1',
    pkg: 'vc-revocation-list-context',
    file: 'contexts/vc-revocation-list-2020.jsonld',
    fixture: 'w3id.org__vc-revocation-list-2020__v1.jsonld',
  },
];

const require = createRequire(import.meta.url);
const indexPath = join(contextsDir, 'index.json');
for (const { url, pkg, file, exportName, fixture } of NPM_CONTEXTS) {
  let packageDir;
  try {
    packageDir = dirname(require.resolve(`${pkg}/package.json`));
  } catch {
    if (!existsSync(join(contextsDir, fixture))) throw new Error(`${url}: install ${pkg}`);
    continue; // not installed: keep the copy already in the spec folder
  }
  const text = file
    ? readFileSync(join(packageDir, file), 'utf8')
    : `${JSON.stringify(require(pkg)[exportName], null, 2)}\n`;
  JSON.parse(text);
  writeFileSync(join(contextsDir, fixture), text);
  const current = JSON.parse(readFileSync(indexPath, 'utf8'));
  if (current[url] !== fixture) {
    current[url] = fixture;
    writeFileSync(indexPath, `${JSON.stringify(current, null, 2)}\n`);
  }
}

const index = JSON.parse(readFileSync(indexPath, 'utf8'));

// What each context is, in one line (from fixtures/spec/README.md).
const TITLES = {
  'https://www.w3.org/2018/credentials/v1': 'W3C Verifiable Credentials Data Model 1.1',
  'https://www.w3.org/ns/credentials/v2': 'W3C Verifiable Credentials Data Model 2.0',
  'https://www.w3.org/2018/credentials/examples/v1': 'VC Data Model 1.1 examples (tests only)',
  'https://www.w3.org/ns/credentials/examples/v2': 'VC Data Model 2.0 examples (tests only)',
  'https://purl.imsglobal.org/spec/ob/v3p0/context.json': 'Open Badges 3.0.0',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json': 'Open Badges 3.0.1',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json': 'Open Badges 3.0.2',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json':
    'Open Badges 3.0.3 (current published file, with endorsementJwt and jti)',
  'https://purl.imsglobal.org/spec/ob/v3p0/extensions.json':
    'Open Badges 3.0 VC extensions (1EdTechJsonSchemaValidator2019, 1EdTechRevocationList, 1EdTechCredentialRefresh)',
  'https://purl.imsglobal.org/spec/clr/v2p0/context.json': 'Comprehensive Learner Record 2.0.0',
  'https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json':
    'Comprehensive Learner Record 2.0.1',
  'https://w3id.org/openbadges/v2': 'Open Badges 2.0',
  'https://w3id.org/openbadges/v1': 'Open Badges 1.1',
  'https://w3id.org/openbadges/legacy-v1': 'Open Badges legacy v1 (imported by 1.1)',
  'https://openbadgespec.org/extensions/accessibilityExtension/context-3.0.0.json':
    'Open Badges 3.0 Accessibility extension',
  'https://openbadgespec.org/extensions/applyLinkExtension/context-3.0.0.json':
    'Open Badges 3.0 ApplyLink extension',
  'https://openbadgespec.org/extensions/geoCoordinatesExtension/context-3.0.0.json':
    'Open Badges 3.0 GeoCoordinates extension',
  'https://openbadgespec.org/extensions/licenseExtension/context-3.0.0.json':
    'Open Badges 3.0 License extension',
  'https://w3id.org/security/data-integrity/v1': 'Data Integrity v1',
  'https://w3id.org/security/data-integrity/v2': 'Data Integrity v2',
  'https://w3id.org/security/multikey/v1': 'Multikey verification methods',
  'https://w3id.org/security/jwk/v1': 'JsonWebKey verification methods',
  'https://w3id.org/security/suites/ed25519-2020/v1': 'Ed25519Signature2020 suite',
  'https://w3id.org/security/suites/ed25519-2018/v1':
    'Ed25519Signature2018 suite (legacy; npm ed25519-signature-2018-context 1.1.0)',
  'https://w3id.org/security/v1':
    'Security vocabulary v1 (imported by v2; npm security-context 4.0.0)',
  'https://w3id.org/security/v2':
    'Security vocabulary v2 (Ed25519Signature2018 proofs; npm security-context 4.0.0)',
  'https://www.w3.org/ns/did/v1': 'DID Core v1',
  'https://w3id.org/vc/status-list/2021/v1': 'StatusList2021',
  'https://www.w3.org/ns/credentials/status/v1': 'Bitstring Status List v1',
  'https://w3id.org/dcc/v1':
    'Digital Credentials Consortium v1 (npm @digitalcredentials/dcc-context 1.0.0; redefines terms the VC 2.0 context protects)',
  'https://w3id.org/vc-revocation-list-2020/v1':
    'RevocationList2020 (npm vc-revocation-list-context 1.0.0)',
  'https://w3id.org/citizenship/v4rc1': 'Citizenship vocabulary (W3C vc-di-eddsa test vectors)',
};

const byFile = new Map();
for (const [url, file] of Object.entries(index)) {
  const entry = byFile.get(file);
  if (entry) entry.aliases.push(url);
  else byFile.set(file, { url, aliases: [], file });
}

function entryOf(url, aliases, title, path) {
  const text = readFileSync(path, 'utf8');
  JSON.parse(text); // must be JSON
  if (!title) throw new Error(`no title for ${url}`);
  const sha256 = createHash('sha256').update(text, 'utf8').digest('hex');
  return { url, aliases, title, sha256, text };
}

const entries = [];
for (const { url, aliases, file } of byFile.values()) {
  entries.push(entryOf(url, aliases, TITLES[url], join(contextsDir, file)));
}

// lerkit-owned documents: extensions/index.json maps each URL to { file, kind, title }.
const extensionsDir = join(root, 'extensions');
const owned = JSON.parse(readFileSync(join(extensionsDir, 'index.json'), 'utf8'));
const schemas = [];
for (const [url, { file, kind, title }] of Object.entries(owned)) {
  const entry = entryOf(url, [], title, join(extensionsDir, file));
  if (kind === 'context') entries.push(entry);
  else if (kind === 'schema') schemas.push(entry);
  else throw new Error(`${url}: kind must be context or schema, got ${kind}`);
}
entries.sort((a, b) => a.url.localeCompare(b.url));
schemas.sort((a, b) => a.url.localeCompare(b.url));

const render = (e) =>
  `  {\n    url: ${JSON.stringify(e.url)},\n    aliases: ${JSON.stringify(e.aliases)},\n` +
  `    title: ${JSON.stringify(e.title)},\n    sha256: ${JSON.stringify(e.sha256)},\n` +
  `    text: ${JSON.stringify(e.text)},\n  },`;

const out = [
  '// Generated by scripts/bundle-contexts.mjs from the offline spec copy. Do not edit by hand.',
  '// Each `text` is the published file byte for byte; `sha256` pins it (checked by the tests).',
  "import type { BundledContext } from './types.js';",
  '',
  '/** Every JSON-LD context lerkit serves without network access. */',
  'export const BUNDLED_CONTEXTS: readonly BundledContext[] = [',
  ...entries.map(render),
  '];',
  '',
].join('\n');
const schemasOut = [
  '// Generated by scripts/bundle-contexts.mjs from extensions/. Do not edit by hand.',
  '// Each `text` is the published file byte for byte; `sha256` pins it (checked by the tests).',
  "import type { BundledDocument } from './types.js';",
  '',
  '/** The JSON Schemas of the extensions lerkit publishes, served without network access. */',
  'export const BUNDLED_SCHEMAS: readonly BundledDocument[] = [',
  ...schemas.map(render),
  '];',
  '',
].join('\n');
mkdirSync(join(root, 'src', 'context'), { recursive: true });
writeFileSync(join(root, 'src', 'context', 'bundled-contexts.ts'), out);
writeFileSync(join(root, 'src', 'context', 'bundled-schemas.ts'), schemasOut);
console.log(
  `bundled ${entries.length} contexts (${Object.keys(index).length} spec URLs) and ${schemas.length} schemas`,
);
