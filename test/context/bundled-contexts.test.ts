import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  createDocumentLoader,
  getBundledContext,
  listBundledContexts,
} from '../../src/context/index.js';
import { readSpecJson, specPath } from '../helpers/spec.js';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const specIndex = readSpecJson<Record<string, string>>('contexts', 'index.json');

describe('bundled contexts', () => {
  it.each(listBundledContexts().map((c) => [c.url, c] as const))(
    '%s matches its pinned SHA-256',
    (_url, context) => {
      expect(sha256(context.text)).toBe(context.sha256);
    },
  );

  it.each(Object.entries(specIndex))(
    '%s is bundled byte for byte from the spec copy',
    (url, file) => {
      const bundled = getBundledContext(url);
      expect(bundled, `${url} is not bundled`).toBeDefined();
      const published = readFileSync(specPath('contexts', file), 'utf8');
      expect(bundled?.sha256).toBe(sha256(published));
    },
  );

  it('bundles the current OB 3.0.3 context, with endorsementJwt and jti', () => {
    const ob = getBundledContext('https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json');
    const terms = JSON.parse(ob?.text ?? '{}')['@context'];
    expect(JSON.stringify(terms)).toContain('endorsementJwt');
    expect(JSON.stringify(terms)).toContain('"jti"');
  });

  it('serves every bundled URL and alias offline, as parsed JSON', async () => {
    const loader = createDocumentLoader();
    for (const url of Object.keys(specIndex)) {
      const { document, documentUrl } = await loader(url);
      expect(documentUrl).toBe(url);
      expect(document).toHaveProperty('@context');
    }
  });

  it('does not bundle anything the spec index does not list', () => {
    const urls = listBundledContexts().flatMap((c) => [c.url, ...c.aliases]);
    expect(urls.sort()).toEqual(Object.keys(specIndex).sort());
  });
});
