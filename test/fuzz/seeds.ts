// Valid inputs the fuzz targets mutate: the signed fixtures (JSON, VC-JWT, baked PNG/SVG), keys,
// DIDs, status lists and the documents verification reads from `resources`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../helpers/spec.js';

const read = (...path: string[]) => readFileSync(join(REPO_ROOT, ...path));
const fixture = (name: string) =>
  JSON.parse(read('fixtures', 'verify', `${name}.json`).toString('utf8')) as {
    input: unknown;
    options: { now?: string; resources?: Record<string, unknown> };
  };

export const NOW = new Date('2025-06-01T00:00:00Z');

/** Signed credentials as JSON text. */
export const JSON_TEXTS = [
  'valid-eddsa-rdfc-2022',
  'valid-eddsa-jcs-2022',
  'valid-ecdsa-rdfc-2019',
  'clr-valid',
  'endorsement-valid',
  'vc-1.1-legacy',
].map((name) => JSON.stringify(fixture(name).input, null, 1));

/** Compact VC-JWTs. */
export const JWTS = ['valid-vc-jwt-EdDSA', 'valid-vc-jwt-ES256', 'valid-vc-jwt-RS256'].map(
  (name) => fixture(name).input as string,
);

/** Baked images. */
export const PNGS = [
  new Uint8Array(read('fixtures', 'cli', 'valid', 'baked-eddsa-rdfc-2022.png')),
  new Uint8Array(read('fixtures', 'cli', 'images', 'badge.png')),
];
export const SVGS = [
  read('fixtures', 'cli', 'valid', 'baked-vc-jwt-EdDSA.svg').toString('utf8'),
  read('fixtures', 'cli', 'images', 'badge.svg').toString('utf8'),
];

/** Multikeys, proof values and DIDs. */
export const MULTIBASE = [
  'z6MkfDSNRs2i9S6LZ5vd4RbpZ6754H7R3btDqRTeHhamqvuJ',
  'zDnaerDaTF5BXEavCrfRZEk316dpbLsfPDZ3WJ5hRTPFU2169',
  'z5C5b3tB8ddhAQw9jwZAhPzBgDy8Y6zgX2cn2D6tB8GHkLnm7TUDNGKUQ8w3ed7sqbFo2tXX8CZmVKSeA5Mr7BHbU',
  'z1111',
  'uAAECAwQ',
];

export const DIDS = [
  'did:key:z6MkfDSNRs2i9S6LZ5vd4RbpZ6754H7R3btDqRTeHhamqvuJ',
  'did:key:zDnaerDaTF5BXEavCrfRZEk316dpbLsfPDZ3WJ5hRTPFU2169',
  `did:jwk:${Buffer.from(JSON.stringify({ kty: 'OKP', crv: 'Ed25519', x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo' })).toString('base64url')}`,
  `did:jwk:${Buffer.from(JSON.stringify({ kty: 'EC', crv: 'P-256', x: 'acbIQiuMs3i8_uszEjJ2tpTtRM4EU3yz91PH6CdH2V0', y: '_KcyLj9vWMptnmKtm46GqDz8wf74I5LKgrl2GzH3nSE' })).toString('base64url')}`,
  'did:web:example.edu',
];

/** The credentials and documents of fixtures whose verification reads `resources`. */
export const WITH_RESOURCES = [
  'valid-did-web',
  'status-bitstring-valid',
  'revoked-status-list-2021',
  'revoked-1edtech-revocation-list',
].map((name) => {
  const f = fixture(name);
  return { credential: f.input as Record<string, unknown>, resources: f.options.resources ?? {} };
});

/** A JSON-LD context served from resources, and a credential that uses it. */
export const CONTEXT_URL = 'https://example.edu/contexts/extra/v1';
export const CONTEXT = {
  '@context': {
    '@version': 1.1,
    '@protected': true,
    extraField: { '@id': 'https://example.edu/vocab#extraField', '@type': '@id' },
    ExtraThing: 'https://example.edu/vocab#ExtraThing',
  },
};
export function credentialWithContext(): Record<string, unknown> {
  const base = fixture('valid-eddsa-rdfc-2022').input as Record<string, unknown>;
  return {
    ...base,
    '@context': [...(base['@context'] as string[]), CONTEXT_URL],
    extraField: 'https://example.edu/x',
  };
}
