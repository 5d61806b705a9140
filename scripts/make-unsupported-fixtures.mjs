// Writes fixtures/unsupported/: credentials in formats lerkit recognises but does not read (issue 18
// item 12). Deterministic; nothing here is signed for real (the signatures are fixed filler bytes:
// lerkit only recognises these formats, it never verifies them). Run: node scripts/make-unsupported-fixtures.mjs
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const out = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'fixtures', 'unsupported');
const b64u = (bytes) => Buffer.from(bytes).toString('base64url');
const json64 = (value) => b64u(Buffer.from(JSON.stringify(value), 'utf8'));
const filler = (n, seed) => Uint8Array.from({ length: n }, (_, i) => (i * 31 + seed) & 0xff);

// --- SD-JWT VC (IETF draft-ietf-oauth-sd-jwt-vc; SD-JWT RFC 9901 compact serialization) ---
function sdJwt(typ, { keyBinding = false } = {}) {
  const disclosures = [
    ['2GLC42sKQveCfGfryNRN9w', 'given_name', 'Ada'],
    ['eluV5Og3gSNII8EYnsxA_A', 'achievement', 'Teamwork'],
  ].map((d) => json64(d));
  const header = { alg: 'ES256', typ, kid: 'issuer-key-1' };
  const payload = {
    iss: 'https://credentials.example.edu',
    vct: 'https://credentials.example.edu/types/open-badge',
    iat: 1735689600,
    _sd_alg: 'sha-256',
    _sd: [
      '09vKrJMOlyTWM0sjpu_pdOBVBQ2M1y3KhpH515nXkpY',
      'CrQe7S5kqBAHt-nMYXgc6bdt2SH5aTY1sU_M-PgkjPI',
    ],
    cnf: { jwk: { kty: 'EC', crv: 'P-256', x: b64u(filler(32, 1)), y: b64u(filler(32, 2)) } },
  };
  const jwt = `${json64(header)}.${json64(payload)}.${b64u(filler(64, 3))}`;
  const kb = keyBinding
    ? `${json64({ alg: 'ES256', typ: 'kb+jwt' })}.${json64({ iat: 1735689700, aud: 'https://verifier.example', nonce: 'n-0S6_WzA2Mj', sd_hash: b64u(filler(32, 4)) })}.${b64u(filler(64, 5))}`
    : '';
  return `${jwt}~${disclosures.join('~')}~${kb}\n`;
}

// --- ISO/IEC 18013-5 mdoc, CBOR (RFC 8949), a minimal encoder ---
function head(major, n) {
  if (n < 24) return [(major << 5) | n];
  if (n < 256) return [(major << 5) | 24, n];
  if (n < 65536) return [(major << 5) | 25, n >> 8, n & 255];
  return [(major << 5) | 26, (n >>> 24) & 255, (n >> 16) & 255, (n >> 8) & 255, n & 255];
}
function cbor(value) {
  if (typeof value === 'number') return head(0, value);
  if (typeof value === 'string') {
    const bytes = [...Buffer.from(value, 'utf8')];
    return [...head(3, bytes.length), ...bytes];
  }
  if (value instanceof Uint8Array) return [...head(2, value.length), ...value];
  if (Array.isArray(value)) return [...head(4, value.length), ...value.flatMap(cbor)];
  if (value && typeof value.tag === 'number') return [...head(6, value.tag), ...cbor(value.value)];
  const entries = Object.entries(value);
  return [...head(5, entries.length), ...entries.flatMap(([k, v]) => [...cbor(k), ...cbor(v)])];
}
const embedded = (value) => ({ tag: 24, value: Uint8Array.from(cbor(value)) });
const item = (digestID, elementIdentifier, elementValue) =>
  embedded({ digestID, random: filler(16, digestID), elementIdentifier, elementValue });
const document = {
  docType: 'org.iso.18013.5.1.mDL',
  issuerSigned: {
    nameSpaces: {
      'org.iso.18013.5.1': [
        item(0, 'family_name', 'Lovelace'),
        item(1, 'given_name', 'Ada'),
        item(2, 'document_number', 'DL-0001'),
      ],
    },
    // COSE_Sign1: [protected, unprotected, payload (the MSO), signature]
    // (protected header: the CBOR map {1: -7}, alg ES256)
    issuerAuth: [
      Uint8Array.of(0xa1, 0x01, 0x26),
      {},
      embedded({ version: '1.0', digestAlgorithm: 'SHA-256', docType: 'org.iso.18013.5.1.mDL' })
        .value,
      filler(64, 9),
    ],
  },
};
const deviceResponse = { version: '1.0', documents: [document], status: 0 };

writeFileSync(join(out, 'sd-jwt-vc.txt'), sdJwt('dc+sd-jwt'));
writeFileSync(join(out, 'sd-jwt-vc-key-binding.txt'), sdJwt('vc+sd-jwt', { keyBinding: true }));
writeFileSync(join(out, 'mdoc-mdl.cbor'), Uint8Array.from(cbor(document)));
writeFileSync(
  join(out, 'mdoc-device-response.b64u.txt'),
  `${b64u(Uint8Array.from(cbor(deviceResponse)))}\n`,
);
writeFileSync(
  join(out, 'ob1-assertion.json'),
  `${JSON.stringify(
    {
      uid: 'abc123',
      recipient: { type: 'email', hashed: false, identity: 'ada@example.edu' },
      badge: 'https://example.edu/badges/teamwork.json',
      verify: { type: 'hosted', url: 'https://example.edu/assertions/abc123.json' },
      issuedOn: '2014-01-01',
    },
    null,
    2,
  )}\n`,
);
console.log('wrote fixtures/unsupported');
