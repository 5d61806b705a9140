import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createDocumentLoader,
  getBundledContext,
  getBundledSchema,
  listBundledContexts,
  listBundledSchemas,
} from '../../src/context/index.js';
import { REPO_ROOT, readSpecJson, specPath } from '../helpers/spec.js';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const specIndex = readSpecJson<Record<string, string>>('contexts', 'index.json');
// The documents lerkit publishes itself (its extensions), bundled from extensions/.
const EXTENSIONS = join(REPO_ROOT, 'extensions');
const ownedIndex = JSON.parse(readFileSync(join(EXTENSIONS, 'index.json'), 'utf8')) as Record<
  string,
  { file: string; kind: 'context' | 'schema'; title: string }
>;
const owned = (kind: 'context' | 'schema') =>
  Object.entries(ownedIndex).filter(([, entry]) => entry.kind === kind);

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

  it('does not bundle anything the spec index or the extensions index does not list', () => {
    const urls = listBundledContexts().flatMap((c) => [c.url, ...c.aliases]);
    const listed = [...Object.keys(specIndex), ...owned('context').map(([url]) => url)];
    expect(urls.sort()).toEqual(listed.sort());
    expect(listBundledSchemas().map((s) => s.url)).toEqual(owned('schema').map(([url]) => url));
  });

  it.each([...owned('context'), ...owned('schema')])(
    '%s (lerkit-owned) is bundled byte for byte from extensions/, pinned, with its provenance',
    async (url, { file, kind }) => {
      const bundled = kind === 'context' ? getBundledContext(url) : getBundledSchema(url);
      const published = readFileSync(join(EXTENSIONS, file), 'utf8');
      expect(bundled?.sha256).toBe(sha256(published));
      expect(sha256(bundled?.text ?? '')).toBe(bundled?.sha256);
      expect(bundled?.title).toContain(`lerkit-owned; source extensions/${file}`);
      // The offline loader serves it as parsed JSON.
      const { document } = await createDocumentLoader()(url);
      expect(document).toEqual(JSON.parse(published));
      if (kind === 'schema') expect((document as { $id: string }).$id).toBe(url);
    },
  );
});
