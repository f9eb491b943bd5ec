import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * What the proxy does to the next matching request, after the tenant has answered it (so the write
 * is applied): `reset` destroys the connection instead of answering, `corrupt` answers 200 with a body
 * that is not JSON, `hold` keeps the answer back until `release()`.
 */
export type Fault = 'reset' | 'corrupt' | 'hold';
export type FaultRule = { method: string; path: RegExp; fault: Fault };

export type TenantProxy = {
  url: string;
  /** `127.0.0.1:PORT`: what the dashboard is given as the tenant's domain (loopback, so plain http). */
  domain: string;
  /** Arms one fault for the next request matching method and path (path without the query string). */
  fail(rule: FaultRule): void;
  /** Requests the proxy saw, as "METHOD /path", for assertions. */
  seen: string[];
  /** Sends every held answer. */
  release(): void;
  close(): Promise<void>;
};

function readBody(stream: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}

type Answer = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer };

function forward(target: URL, req: IncomingMessage, body: Buffer): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers = { ...req.headers, host: target.host, 'content-length': String(body.length) };
    const upstream = request(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers },
      (response) => {
        readBody(response).then((answer) => resolve({ status: response.statusCode ?? 502, headers: response.headers, body: answer }), reject);
      },
    );
    upstream.on('error', reject);
    upstream.end(body);
  });
}

function send(res: ServerResponse, answer: Answer): void {
  // Never keep a connection alive: Chromium silently resends a request whose reused connection drops,
  // which would turn one lost answer into a second write. Each request gets its own connection here.
  const headers: Answer['headers'] = { ...answer.headers, connection: 'close', 'content-length': String(answer.body.length) };
  delete headers['transfer-encoding'];
  delete headers['keep-alive'];
  res.writeHead(answer.status, headers).end(answer.body);
}

/** A small HTTP proxy in front of the local tenant, on 127.0.0.1 and a free port, that loses answers on command. */
export async function startTenantProxy(tenantUrl: string): Promise<TenantProxy> {
  const target = new URL(tenantUrl);
  const rules: FaultRule[] = [];
  const held: Array<() => void> = [];
  const seen: string[] = [];

  let ownAudience = '';
  const server = createServer((req, res) => {
    void (async () => {
      // The dashboard asks for a token whose audience names the domain it was given (this proxy's); the
      // tenant's Management API identifier names the tenant, as a custom domain's would on Auth0.
      const raw = await readBody(req);
      const body = req.url === '/oauth/token' ? Buffer.from(raw.toString().replaceAll(ownAudience, `https://${target.host}/api/v2/`)) : raw;
      const path = new URL(req.url ?? '/', 'http://proxy').pathname;
      seen.push(`${req.method} ${path}`);
      const index = rules.findIndex((rule) => rule.method === req.method && rule.path.test(path));
      const rule = index >= 0 ? rules.splice(index, 1)[0] : undefined;
      const answer = await forward(target, req, body);
      if (rule?.fault === 'reset') {
        req.socket.destroy();
      } else if (rule?.fault === 'corrupt') {
        send(res, { ...answer, status: 200, body: Buffer.from('{"id": "cgr_') });
      } else if (rule?.fault === 'hold') {
        held.push(() => send(res, answer));
      } else {
        send(res, answer);
      }
    })().catch(() => req.socket.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  ownAudience = `https://127.0.0.1:${port}/api/v2/`;
  return {
    url: `http://127.0.0.1:${port}`,
    domain: `127.0.0.1:${port}`,
    seen,
    fail: (rule) => void rules.push(rule),
    release: () => held.splice(0).forEach((answer) => answer()),
    close: () =>
      new Promise<void>((resolve) => {
        held.splice(0);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
