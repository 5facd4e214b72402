// Small helpers shared by the loopback fakes.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LoggedRequest {
  method: string;
  /** Path with query string, as received. */
  path: string;
  /** Request headers, lower-cased, without authorization (see `authorized`). */
  headers: Record<string, string>;
  /** Whether an Authorization header was sent; its value is never recorded. */
  authorized: boolean;
  body: string;
  /** Status the fake answered with; 0 when the connection was dropped. */
  status: number;
  at: number;
}

export function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export function headersSansToken(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) {
    if (k === 'authorization' || v === undefined) continue;
    out[k] = Array.isArray(v) ? v.join(', ') : v;
  }
  return out;
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(text)),
    ...headers,
  });
  res.end(text);
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Starts `handler` on 127.0.0.1 on a free port. */
export async function listenLoopback(
  handler: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<{ server: Server; url: string; close(): Promise<void> }> {
  const server = createServer(handler);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    server,
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Starts a fake that logs every request in `requests` (never the token) with the status `handle` answered; a
 * handler that throws answers 500 with `errorBody(err)`. `loggedBody` says how the body is recorded.
 */
export function listenLogging(
  requests: LoggedRequest[],
  handle: (req: IncomingMessage, res: ServerResponse, raw: Buffer) => Promise<number>,
  loggedBody: (req: IncomingMessage, raw: Buffer) => string,
  errorBody: (err: Error) => unknown,
): ReturnType<typeof listenLoopback> {
  return listenLoopback((req, res) => {
    void (async () => {
      const raw = await readBody(req);
      const entry: LoggedRequest = {
        method: req.method ?? 'GET',
        path: req.url ?? '/',
        headers: headersSansToken(req),
        authorized: typeof req.headers.authorization === 'string',
        body: loggedBody(req, raw),
        status: 0,
        at: Date.now(),
      };
      requests.push(entry);
      try {
        entry.status = await handle(req, res, raw);
      } catch (err) {
        entry.status = 500;
        if (!res.headersSent) sendJson(res, 500, errorBody(err as Error));
      }
    })();
  });
}

/** A loopback URL on which nothing listens (connection refused). */
export async function refusedLoopbackUrl(): Promise<string> {
  const { url, close } = await listenLoopback((_q, r) => r.end());
  await close();
  return url;
}
