// The safe Node fetcher against local servers (127.0.0.1 only; nothing leaves the machine): each
// refusal of the policy, proven with a server that would have answered, and the successful paths
// (with the documented-unsafe escape hatch that lets a test reach 127.0.0.1).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentLoader } from '../../src/context/index.js';
import { type FetchRefusal, isLerkitError } from '../../src/errors/index.js';
import { createSafeFetch, type SafeFetchOptions } from '../../src/node/index.js';
import { type LocalServer, startServer, testCertificate } from './servers.js';

const SECRET_BODY = 'SECRET-REMOTE-BODY-0123456789';
const LOCAL = ['127.0.0.1'];
const init = () => ({
  headers: { accept: 'application/json' },
  signal: new AbortController().signal,
  redirect: 'follow' as const,
});

let https: LocalServer;
let http: LocalServer;
let ca: string;
/** Where the hostile server redirects /redirect/<n> to, set per test. */
const redirectTargets = new Map<string, string>();

const handler: Parameters<typeof startServer>[0] = (request, response) => {
  const url = request.url ?? '/';
  if (url === '/doc.json') {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ ok: true }));
  } else if (url.startsWith('/hop/')) {
    // /hop/N redirects to /hop/N-1 ... /hop/0 serves the document.
    const n = Number(url.slice(5));
    if (n === 0) {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{"hops":"done"}');
    } else {
      response.writeHead(302, { location: `/hop/${n - 1}` });
      response.end();
    }
  } else if (url.startsWith('/redirect/')) {
    response.writeHead(302, { location: redirectTargets.get(url.slice(10)) ?? '/' });
    response.end();
  } else if (url === '/huge') {
    // Never ending: 64 KiB chunks until the client gives up. No content-length.
    response.writeHead(200, { 'content-type': 'application/json' });
    const chunk = Buffer.alloc(65536, 0x20);
    const pump = () => {
      while (response.write(chunk)) if (response.destroyed) return;
      response.once('drain', pump);
    };
    response.on('close', () => response.removeAllListeners('drain'));
    pump();
  } else if (url === '/declared-huge') {
    response.writeHead(200, { 'content-length': String(50 * 1024 * 1024) });
    response.write(SECRET_BODY);
  } else if (url === '/slow') {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.write('{"slow": ');
    // ... and nothing more: the body never completes.
  } else if (url === '/error') {
    response.writeHead(500, { 'content-type': 'text/plain' });
    response.end(SECRET_BODY);
  } else if (url === '/not-json') {
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end(`<html>${SECRET_BODY}</html>`);
  } else {
    response.writeHead(404);
    response.end(SECRET_BODY);
  }
};

beforeAll(async () => {
  ca = (await testCertificate()).cert;
  https = await startServer(handler, true);
  http = await startServer(handler);
});
afterAll(async () => {
  await https?.close();
  await http?.close();
});

/** The refusal a fetch rejects with (it must reject with a FetchRefusedError). */
async function refusal(url: string, options: SafeFetchOptions = {}) {
  const error = await createSafeFetch({ ca, ...options })(url, init()).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(isLerkitError(error, 'ERR_LERKIT_DOCUMENT_LOAD_FAILED'), String(error)).toBe(true);
  const refused = error as Error & { reason: FetchRefusal; url: string };
  expect(refused.name).toBe('FetchRefusedError');
  // Never the remote body, nor anything read from it, in the message or the cause.
  expect(`${refused.message} ${String(refused.cause ?? '')}`).not.toContain('SECRET');
  return refused;
}

describe('createSafeFetch: the successful path (escape hatch for 127.0.0.1)', () => {
  it('fetches over https with the test CA, pinned to the checked address', async () => {
    const fetch = createSafeFetch({ ca, unsafeAllowAddresses: LOCAL });
    const response = await fetch(`${https.origin}/doc.json`, init());
    expect(response).toMatchObject({ ok: true, status: 200, url: `${https.origin}/doc.json` });
    expect(response.headers.get('Content-Type')).toBe('application/json');
    expect(JSON.parse(await response.text())).toEqual({ ok: true });
  });

  it('follows up to 3 redirects', async () => {
    const fetch = createSafeFetch({ ca, unsafeAllowAddresses: LOCAL });
    const response = await fetch(`${https.origin}/hop/3`, init());
    expect(await response.text()).toBe('{"hops":"done"}');
    expect(response.url).toBe(`${https.origin}/hop/0`);
  });

  it('serves createDocumentLoader, which parses the document', async () => {
    const loader = createDocumentLoader({
      fetch: createSafeFetch({ ca, unsafeAllowAddresses: LOCAL }),
    });
    expect((await loader(`${https.origin}/doc.json`)).document).toEqual({ ok: true });
  });

  it('an error status resolves ok: false with an empty body, which the loader reports by status', async () => {
    const fetch = createSafeFetch({ ca, unsafeAllowAddresses: LOCAL });
    const response = await fetch(`${https.origin}/error`, init());
    expect(response).toMatchObject({ ok: false, status: 500 });
    expect(await response.text()).toBe('');
    const loader = createDocumentLoader({ fetch });
    const error = await loader(`${https.origin}/error`).catch((caught: Error) => caught);
    expect((error as Error).message).toMatch(/returned HTTP 500/);
    expect((error as Error).message).not.toContain('SECRET');
    const notJson = await loader(`${https.origin}/not-json`).catch((caught: Error) => caught);
    expect((notJson as Error).message).toMatch(/did not return JSON: not valid JSON at line 1/);
    expect(String(notJson) + String((notJson as Error).cause ?? '')).not.toContain('SECRET');
  });

  it('plain http with allowHttp', async () => {
    const fetch = createSafeFetch({ allowHttp: true, unsafeAllowAddresses: LOCAL });
    expect(await (await fetch(`${http.origin}/doc.json`, init())).text()).toBe('{"ok":true}');
  });
});

describe('createSafeFetch refuses', () => {
  it('loopback by default, without sending anything', async () => {
    const before = https.requests.length;
    const error = await refusal(`${https.origin}/doc.json`);
    expect(error.reason).toBe('address');
    expect(error.message).toMatch(/127\.0\.0\.1 is a loopback address; only public addresses/);
    expect(https.requests.length).toBe(before);
    for (const url of [
      'https://[::1]/',
      'https://localhost./x',
      'https://0x7f.1/',
      'https://2130706433/',
    ]) {
      const resolve = async () => [{ address: '127.0.0.1', family: 4 }];
      expect((await refusal(url, { resolve })).reason, url).toBe('address');
    }
  });

  it('http: (and every other scheme) unless allowHttp', async () => {
    const before = http.requests.length;
    for (const url of [
      `${http.origin}/doc.json`,
      'ftp://example.org/x',
      'file:///etc/passwd',
      'data:,{}',
    ]) {
      const error = await refusal(url, { unsafeAllowAddresses: LOCAL });
      expect(error.reason, url).toBe('scheme');
      expect(error.message).toMatch(/is not allowed, only https:/);
    }
    expect(http.requests.length).toBe(before);
  });

  it('a redirect to the cloud metadata address or a private address, before connecting to it', async () => {
    for (const [key, target, kind] of [
      ['meta', 'http://169.254.169.254/latest/meta-data/', 'cloud-metadata'],
      ['ten', 'http://10.0.0.1/', 'private'],
      ['meta-https', 'https://169.254.169.254/', 'cloud-metadata'],
      ['mapped', 'https://[::ffff:10.0.0.1]/', 'private'],
    ] as const) {
      redirectTargets.set(key, target);
      const error = await refusal(`${https.origin}/redirect/${key}`, {
        allowHttp: true,
        unsafeAllowAddresses: LOCAL,
      });
      expect(error.reason, target).toBe('address');
      expect(error.message).toContain(`is a ${kind} address`);
      expect(error.url).toBe(new URL(target).href);
    }
  });

  it('a redirect from https to http unless allowHttp', async () => {
    redirectTargets.set('downgrade', `${http.origin}/doc.json`);
    const before = http.requests.length;
    const error = await refusal(`${https.origin}/redirect/downgrade`, {
      unsafeAllowAddresses: LOCAL,
    });
    expect(error.reason).toBe('scheme');
    expect(error.message).toMatch(/redirects from https to http/);
    expect(http.requests.length).toBe(before);
    const fetch = createSafeFetch({ ca, allowHttp: true, unsafeAllowAddresses: LOCAL });
    expect((await fetch(`${https.origin}/redirect/downgrade`, init())).ok).toBe(true);
  });

  it('a 4th redirect', async () => {
    const error = await refusal(`${https.origin}/hop/4`, { unsafeAllowAddresses: LOCAL });
    expect(error.reason).toBe('too-many-redirects');
    expect(error.message).toMatch(/more than 3 redirects/);
    const one = await refusal(`${https.origin}/hop/2`, {
      unsafeAllowAddresses: LOCAL,
      maxRedirects: 1,
    });
    expect(one.reason).toBe('too-many-redirects');
  });

  it('an oversized body, mid-stream, and one that declares its size', async () => {
    const error = await refusal(`${https.origin}/huge`, {
      unsafeAllowAddresses: LOCAL,
      maxBytes: 1024 * 1024,
    });
    expect(error.reason).toBe('too-large');
    expect(error.message).toMatch(/body exceeds the 1048576-byte limit/);
    const declared = await refusal(`${https.origin}/declared-huge`, {
      unsafeAllowAddresses: LOCAL,
    });
    expect(declared.reason).toBe('too-large');
    expect(declared.message).toMatch(/declares 52428800 bytes, over the 2097152-byte limit/);
  });

  it('a body that never completes: the deadline covers the body', async () => {
    const error = await refusal(`${https.origin}/slow`, {
      unsafeAllowAddresses: LOCAL,
      timeoutMs: 300,
    });
    expect(error.reason).toBe('timeout');
    expect(error.message).toMatch(/did not complete within 300 ms/);
  });

  it('a DNS lookup that never answers: the deadline covers DNS too', async () => {
    const error = await refusal('https://issuer.example/x', {
      resolve: () => new Promise(() => {}),
      timeoutMs: 200,
    });
    expect(error.reason).toBe('timeout');
  });

  it('the caller aborting', async () => {
    const controller = new AbortController();
    const pending = createSafeFetch({ ca, unsafeAllowAddresses: LOCAL })(`${https.origin}/slow`, {
      ...init(),
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 50);
    await expect(pending).rejects.toMatchObject({ reason: 'aborted' });
  });

  it('a host not on the allowlist, on the first request and on a redirect', async () => {
    const error = await refusal('https://evil.example/x', {
      allowHosts: ['issuer.example', '*.example.edu'],
    });
    expect(error.reason).toBe('host-not-allowed');
    expect(error.message).toMatch(/the host evil\.example is not on the allowHosts list/);
    // *.example.edu: subdomains, not the bare domain, nor look-alikes.
    for (const host of ['example.edu', 'badexample.edu', 'example.edu.evil.org']) {
      expect((await refusal(`https://${host}/`, { allowHosts: ['*.example.edu'] })).reason).toBe(
        'host-not-allowed',
      );
    }
    // An allowed host resolves; a redirect from it to another host is checked again.
    redirectTargets.set('elsewhere', 'https://evil.example/');
    const resolve = async () => [{ address: '127.0.0.1', family: 4 }];
    const port = new URL(https.origin).port;
    const fetch = createSafeFetch({
      ca,
      allowHosts: ['localhost', 'a.b.example.edu'],
      unsafeAllowAddresses: LOCAL,
      resolve,
    });
    expect((await fetch(`https://localhost:${port}/doc.json`, init())).ok).toBe(true);
    const redirected = await fetch(`https://localhost:${port}/redirect/elsewhere`, init()).catch(
      (caught: Error) => caught,
    );
    expect(redirected).toMatchObject({ reason: 'host-not-allowed', url: 'https://evil.example/' });
  });

  it('a DNS answer with a private address, even beside a public one', async () => {
    for (const answers of [
      [{ address: '10.1.2.3', family: 4 }],
      [
        { address: '93.184.216.34', family: 4 },
        { address: '192.168.1.1', family: 4 },
      ],
      [{ address: 'fd12::1', family: 6 }],
      [{ address: '::ffff:169.254.169.254', family: 6 }],
      [{ address: '100.64.0.7', family: 4 }],
    ]) {
      const error = await refusal('https://rebind.example/did.json', {
        resolve: async () => answers,
      });
      expect(error.reason).toBe('address');
      expect(error.message).toMatch(/\(rebind\.example resolves to it\); only public addresses/);
    }
    expect((await refusal('https://none.example/', { resolve: async () => [] })).reason).toBe(
      'dns',
    );
    const failing = await refusal('https://nxdomain.example/', {
      resolve: async () => {
        throw Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' });
      },
    });
    expect(failing).toMatchObject({
      reason: 'dns',
      message: expect.stringMatching(/could not be resolved/),
    });
  });

  it('URLs with credentials, and invalid URLs', async () => {
    expect((await refusal('https://user:pw@issuer.example/')).reason).toBe('invalid-url');
    expect((await refusal('not a url')).reason).toBe('invalid-url');
  });

  it('a server whose certificate is not trusted (no ca given)', async () => {
    const error = await createSafeFetch({ unsafeAllowAddresses: LOCAL })(
      `${https.origin}/doc.json`,
      init(),
    ).catch((caught: Error & { reason?: string }) => caught);
    expect(error).toMatchObject({ reason: 'network' });
  });
});
