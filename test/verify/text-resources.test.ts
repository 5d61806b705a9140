// Issue 18 item 5: real issuers serve HTML at their ids. A `resources` entry that is text but not
// JSON (HTML, a compact JWT) or bytes that are not UTF-8 is accepted by the loader and reported by
// the check that needed a JSON document, with a finding; verify() never throws on it.
import { describe, expect, it } from 'vitest';
import { createDocumentLoader } from '../../src/context/index.js';
import { generateKeyPair, sign } from '../../src/proof/index.js';
import { verify } from '../../src/verify/index.js';
import { unsignedBadge } from '../helpers/credentials.js';

const NOW = new Date('2025-01-01T00:00:00Z');
const HTML = '<!doctype html><html><body>Example University</body></html>';
const NOT_UTF8 = new Uint8Array([0xff, 0xfe, 0x00, 0x41]);
const ISSUER = 'https://example.edu/issuers/1';
const STATUS = 'https://example.edu/status/1';
const SCHEMA = 'https://example.edu/schemas/badge.json';

async function badge() {
  const key = await generateKeyPair();
  const base = unsignedBadge(key.controller);
  const credential = {
    ...base,
    '@context': [
      ...(base['@context'] as string[]),
      'https://purl.imsglobal.org/spec/ob/v3p0/extensions.json',
    ],
    credentialStatus: {
      id: `${STATUS}#7`,
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: '7',
      statusListCredential: STATUS,
    },
    credentialSchema: [{ id: SCHEMA, type: '1EdTechJsonSchemaValidator2019' }],
  };
  return sign(credential, { key, created: '2024-06-01T00:00:00Z' });
}

describe('resources that are not JSON', () => {
  it('the loader keeps HTML and JWT text as text, and non-UTF-8 bytes as bytes', async () => {
    const loader = createDocumentLoader({
      resources: { [ISSUER]: HTML, [STATUS]: NOT_UTF8, 'https://x.example/jwt': 'eyJ.eyJ.sig' },
    });
    expect((await loader(ISSUER)).document).toBe(HTML);
    expect((await loader(STATUS)).document).toEqual(NOT_UTF8);
    expect((await loader('https://x.example/jwt')).document).toBe('eyJ.eyJ.sig');
  });

  it.each([
    ['HTML', HTML],
    ['bytes that are not UTF-8', NOT_UTF8],
  ])(
    'verify reports a status list and a schema that are %s, without throwing',
    async (_, value) => {
      const signed = await badge();
      const report = await verify(signed, {
        now: NOW,
        resources: { [STATUS]: value, [SCHEMA]: value, [ISSUER]: value },
      });
      expect(report.verified).toBe(false);
      const codes = report.findings.map((f) => f.code);
      expect(codes.some((c) => c.startsWith('STATUS_'))).toBe(true);
      expect(codes.some((c) => c.startsWith('CREDENTIAL_SCHEMA_'))).toBe(true);
      expect(JSON.stringify(report)).not.toContain('Example University</body>');
    },
  );

  it('text that starts like JSON but is not stays a usage error with a position', () => {
    expect(() => createDocumentLoader({ resources: { [ISSUER]: '{"a": nope}' } })).toThrow(
      /is not valid JSON at line 1 column 8/,
    );
  });
});
