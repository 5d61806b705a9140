import { describe, expect, it, vi } from 'vitest';
import { createDocumentLoader, type FetchLike } from '../../src/context/index.js';
import { isLerkitError } from '../../src/errors/index.js';

const VC_V2 = 'https://www.w3.org/ns/credentials/v2';

function response(body: string, init: { status?: number; headers?: Record<string, string> } = {}) {
  const status = init.status ?? 200;
  return {
    ok: status >= 200 && status < 300,
    status,
    url: '',
    headers: new Headers(init.headers ?? {}),
    body: new Blob([body]).stream(),
    text: async () => body,
  };
}

describe('createDocumentLoader', () => {
  it('rejects a URL nothing supplies with a typed error naming it', async () => {
    const loader = createDocumentLoader();
    const error = await loader('https://example.org/unknown').catch((e: unknown) => e);
    expect(isLerkitError(error, 'ERR_LERKIT_DOCUMENT_NOT_FOUND')).toBe(true);
    expect(error).toMatchObject({ url: 'https://example.org/unknown' });
    expect((error as Error).message).toContain('https://example.org/unknown');
  });

  it.each([[undefined], [null], [42], [''], [{}]])(
    'rejects a non-string or empty URL (%j)',
    async (url) => {
      const loader = createDocumentLoader();
      const error = await loader(url as unknown as string).catch((e: unknown) => e);
      expect(isLerkitError(error, 'ERR_LERKIT_INVALID_ARGUMENT')).toBe(true);
    },
  );

  it('serves resources given as objects, JSON text or bytes', async () => {
    const loader = createDocumentLoader({
      resources: {
        'https://example.edu/a': { id: 'a' },
        'https://example.edu/b': '{"id":"b"}',
        'https://example.edu/c': new TextEncoder().encode('{"id":"c"}'),
      },
    });
    expect((await loader('https://example.edu/a')).document).toEqual({ id: 'a' });
    expect((await loader('https://example.edu/b')).document).toEqual({ id: 'b' });
    expect((await loader('https://example.edu/c')).document).toEqual({ id: 'c' });
  });

  it('throws at creation for a resource that is not JSON', () => {
    expect(() =>
      createDocumentLoader({ resources: { 'https://example.edu/x': '{not json' } }),
    ).toThrow(
      expect.objectContaining({
        code: 'ERR_LERKIT_INVALID_ARGUMENT',
        field: 'resources.https://example.edu/x',
      }),
    );
  });

  it('copies resources, so later changes by the caller do not leak in', async () => {
    const doc = { id: 'a', list: [1] };
    const loader = createDocumentLoader({ resources: { 'https://example.edu/a': doc } });
    doc.list.push(2);
    expect((await loader('https://example.edu/a')).document).toEqual({ id: 'a', list: [1] });
  });

  it('keeps bundled contexts ahead of resources, so a pinned context cannot be replaced', async () => {
    const loader = createDocumentLoader({
      resources: { [VC_V2]: { '@context': { evil: 'https://evil/' } } },
    });
    const { document } = await loader(VC_V2);
    expect(JSON.stringify(document)).not.toContain('evil');
  });

  it('returns frozen bundled documents', async () => {
    const { document } = await createDocumentLoader()(VC_V2);
    expect(Object.isFrozen(document)).toBe(true);
  });

  it('asks the fallback loader for anything else, and loaders compose', async () => {
    const inner = createDocumentLoader({
      resources: { 'https://example.edu/deep': { id: 'deep' } },
    });
    const outer = createDocumentLoader({ documentLoader: inner });
    expect((await outer('https://example.edu/deep')).document).toEqual({ id: 'deep' });
    expect((await outer(VC_V2)).documentUrl).toBe(VC_V2);
    const error = await outer('https://example.edu/missing').catch((e: unknown) => e);
    expect(isLerkitError(error, 'ERR_LERKIT_DOCUMENT_NOT_FOUND')).toBe(true);
  });

  it('never touches the network unless fetch is given', async () => {
    const spy = vi.spyOn(globalThis, 'fetch').mockRejectedValue(new Error('network used'));
    try {
      const error = await createDocumentLoader()('https://example.edu/x').catch((e: unknown) => e);
      expect(isLerkitError(error, 'ERR_LERKIT_DOCUMENT_NOT_FOUND')).toBe(true);
      expect(spy).not.toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
  });

  it('fetches http(s) URLs with a given fetch, as JSON', async () => {
    const fetch: FetchLike = vi.fn(async () => response('{"id":"remote"}'));
    const loader = createDocumentLoader({ fetch });
    expect((await loader('https://example.edu/doc')).document).toEqual({ id: 'remote' });
    expect(fetch).toHaveBeenCalledWith(
      'https://example.edu/doc',
      expect.objectContaining({ redirect: 'follow' }),
    );
    const error = await loader('did:web:example.edu').catch((e: unknown) => e);
    expect(isLerkitError(error, 'ERR_LERKIT_DOCUMENT_NOT_FOUND')).toBe(true);
  });

  it('maps fetch failures to typed errors: 404, other status, not JSON, too large, timeout', async () => {
    const cases: [FetchLike, string, Record<string, unknown>][] = [
      [async () => response('', { status: 404 }), 'ERR_LERKIT_DOCUMENT_NOT_FOUND', {}],
      [async () => response('', { status: 500 }), 'ERR_LERKIT_DOCUMENT_LOAD_FAILED', {}],
      [async () => response('<html>'), 'ERR_LERKIT_DOCUMENT_LOAD_FAILED', {}],
      [
        async () => response('x'.repeat(100)),
        'ERR_LERKIT_DOCUMENT_LOAD_FAILED',
        { fetchMaxBytes: 10 },
      ],
      [
        async () => response('{}', { headers: { 'content-length': '999999' } }),
        'ERR_LERKIT_DOCUMENT_LOAD_FAILED',
        { fetchMaxBytes: 10 },
      ],
      [
        (_url, init) =>
          new Promise((_resolve, reject) =>
            init.signal.addEventListener('abort', () => reject(new Error('aborted'))),
          ),
        'ERR_LERKIT_DOCUMENT_LOAD_FAILED',
        { fetchTimeoutMs: 20 },
      ],
    ];
    for (const [fetch, code, extra] of cases) {
      const error = await createDocumentLoader({ fetch, ...extra })('https://example.edu/x').catch(
        (e: unknown) => e,
      );
      expect(isLerkitError(error) && error.code, String(fetch)).toBe(code);
    }
  });

  it('rejects options of the wrong type at creation', () => {
    expect(() => createDocumentLoader({ documentLoader: 'nope' as never })).toThrow(
      /documentLoader/,
    );
    expect(() => createDocumentLoader({ resources: [] as never })).toThrow(/resources/);
    expect(() => createDocumentLoader({ fetch: 1 as never })).toThrow(/fetch/);
  });
});

describe('createDocumentLoader: fallback loader, then fetch', () => {
  it('fetches what the fallback loader does not have, and nothing else', async () => {
    const requested: string[] = [];
    const inner = createDocumentLoader({ resources: { 'https://a.example/1': { a: 1 } } });
    const loader = createDocumentLoader({
      documentLoader: inner,
      fetch: (async (url: string) => {
        requested.push(url);
        return new Response(JSON.stringify({ b: 2 }), {
          headers: { 'content-type': 'application/json' },
        });
      }) as never,
    });
    expect((await loader('https://a.example/1')).document).toEqual({ a: 1 });
    expect((await loader('https://b.example/2')).document).toEqual({ b: 2 });
    expect(requested).toEqual(['https://b.example/2']);
    const failing = createDocumentLoader({
      documentLoader: async () => {
        throw new Error('loader broke');
      },
      fetch: (async () => new Response('{}')) as never,
    });
    await expect(failing('https://c.example/3')).rejects.toThrow('loader broke');
  });
});

describe('errors do not quote documents', () => {
  it('a resource that is not JSON: a position, no content, no cause quoting it', () => {
    let error: { message: string; cause?: unknown } | undefined;
    try {
      createDocumentLoader({ resources: { 'https://example.edu/x': '{"k": SECRET-1234}' } });
    } catch (caught) {
      error = caught as { message: string; cause?: unknown };
    }
    expect(error?.message).toBe(
      'resources["https://example.edu/x"] is not valid JSON at line 1 column 7 (unexpected character)',
    );
    expect(String(error?.cause ?? '')).not.toContain('SECRET');
  });

  it('a fetched body that is not JSON: a position, no content', async () => {
    const body = 'SECRET-BODY <html>';
    const loader = createDocumentLoader({
      fetch: async () =>
        ({
          ok: true,
          status: 200,
          url: '',
          headers: { get: () => null },
          text: async () => body,
        }) as never,
    });
    const error = await loader('https://example.edu/doc').catch((caught: Error) => caught);
    expect(error).toMatchObject({ code: 'ERR_LERKIT_DOCUMENT_LOAD_FAILED' });
    expect((error as Error).message).toMatch(/did not return JSON: not valid JSON at line 1/);
    expect(JSON.stringify(error) + String((error as Error).cause ?? '')).not.toContain('SECRET');
  });
});

// Found by the fuzzer (test/fuzz/documents.test.ts): a resource nested deeper than the call stack
// made createDocumentLoader throw a RangeError from structuredClone instead of a typed error.
describe('deeply nested documents', () => {
  const nested = (depth: number) => {
    let value: unknown = 1;
    for (let i = 0; i < depth; i++) value = { a: [value] };
    return value;
  };

  it.each([
    ['an object', nested(100_000)],
    ['JSON text', `${'['.repeat(200_000)}${']'.repeat(200_000)}`],
  ])('a resource given as %s is ERR_LERKIT_INVALID_ARGUMENT, not a RangeError', (_name, value) => {
    expect(() =>
      createDocumentLoader({ resources: { 'https://example.edu/deep': value } }),
    ).toThrow(
      expect.objectContaining({
        code: 'ERR_LERKIT_INVALID_ARGUMENT',
        message: expect.stringMatching(/more than 64 levels deep/),
      }),
    );
  });

  it('a document 32 levels deep is fine', async () => {
    const loader = createDocumentLoader({ resources: { 'https://example.edu/ok': nested(16) } });
    expect((await loader('https://example.edu/ok')).document).toEqual(nested(16));
  });

  it('a fetched document nested too deep is ERR_LERKIT_DOCUMENT_LOAD_FAILED', async () => {
    const body = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const loader = createDocumentLoader({
      fetch: async () =>
        ({
          ok: true,
          status: 200,
          url: '',
          headers: { get: () => null },
          text: async () => body,
        }) as never,
    });
    await expect(loader('https://example.edu/deep')).rejects.toMatchObject({
      code: 'ERR_LERKIT_DOCUMENT_LOAD_FAILED',
      message: expect.stringMatching(/more than 64 levels deep/),
    });
  });
});
