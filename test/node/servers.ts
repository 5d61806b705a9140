// Local HTTP(S) servers for the safe-fetch tests, on 127.0.0.1 only, with a self-signed certificate
// made in the test (selfsigned) for 127.0.0.1 and localhost.
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { generate } from 'selfsigned';

/** A running local server. */
export interface LocalServer {
  /** `http://127.0.0.1:PORT` or `https://127.0.0.1:PORT`. */
  origin: string;
  /** The request paths received, in order. */
  requests: string[];
  close(): Promise<void>;
}

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

let certificate: Promise<{ cert: string; key: string }> | undefined;

/** A self-signed certificate for 127.0.0.1 and localhost (made once per test file). */
export function testCertificate(): Promise<{ cert: string; key: string }> {
  certificate ??= generate([{ name: 'commonName', value: 'localhost' }], {
    keyType: 'ec',
    curve: 'P-256',
    extensions: [
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
        ],
      },
    ],
  }).then((pems) => ({ cert: pems.cert, key: pems.private }));
  return certificate;
}

/** Starts a server on 127.0.0.1 with a random port. */
export async function startServer(handler: Handler, tls = false): Promise<LocalServer> {
  const requests: string[] = [];
  const wrapped: Handler = (request, response) => {
    requests.push(request.url ?? '');
    handler(request, response);
  };
  const server = tls
    ? createHttpsServer(await testCertificate(), wrapped)
    : createHttpServer(wrapped);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `${tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
