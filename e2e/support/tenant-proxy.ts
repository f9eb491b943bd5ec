import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * What the proxy does to the next matching request, after the tenant has answered it (so the write
 * is applied): `reset` destroys the connection instead of answering, `corrupt` answers 200 with a body
 * that is not JSON, `hold` keeps the answer back until `release()`.
 */
export type Fault = 'reset' | 'corrupt' | 'hold';
export type FaultRule = { method: string; path: RegExp; fault: Fault };

/**
 * Bends a JSON answer before the browser sees it (the tenant has answered as usual): `body` is the parsed
 * JSON, `query` the request's query string. Return the body to send instead. `e2e/support/page-faults.ts`
 * has the ones the paging tests use (short pages, odd events, looping cursors, early ends).
 */
export type Rewrite = (body: unknown, query: URLSearchParams) => unknown;
/**
 * `when` picks the requests by query (e.g. only checkpoint pages, which carry `from`/`take`); `times` is how
 * many matching answers to bend (default 1; `Infinity` for all until `clearRewrites()`).
 */
export type RewriteRule = { method: string; path: RegExp; when?: (query: URLSearchParams) => boolean; rewrite: Rewrite; times?: number };

export type TenantProxy = {
  url: string;
  /** `127.0.0.1:PORT`: what the dashboard is given as the tenant's domain (loopback, so plain http). */
  domain: string;
  /** Arms one fault for the next request matching method and path (path without the query string). */
  fail(rule: FaultRule): void;
  /** Arms a rewrite of matching JSON answers (2xx only). */
  rewrite(rule: RewriteRule): void;
  clearRewrites(): void;
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
  const rewrites: (RewriteRule & { left: number })[] = [];

  /** The answer as the armed rewrite bends it, or as it was. */
  const bent = (method: string, path: string, query: URLSearchParams, answer: Answer): Answer => {
    const index = rewrites.findIndex((r) => r.method === method && r.path.test(path) && (r.when?.(query) ?? true));
    const rule = rewrites[index];
    if (!rule || answer.status < 200 || answer.status >= 300) return answer;
    if (--rule.left <= 0) rewrites.splice(index, 1);
    const body = rule.rewrite(JSON.parse(answer.body.toString()), query);
    return { ...answer, body: Buffer.from(JSON.stringify(body)) };
  };

  let ownAudience = '';
  const server = createServer((req, res) => {
    void (async () => {
      // The dashboard asks for a token whose audience names the domain it was given (this proxy's); the
      // tenant's Management API identifier names the tenant, as a custom domain's would on Auth0.
      const raw = await readBody(req);
      const body = req.url === '/oauth/token' ? Buffer.from(raw.toString().replaceAll(ownAudience, `https://${target.host}/api/v2/`)) : raw;
      const url = new URL(req.url ?? '/', 'http://proxy');
      const path = url.pathname;
      seen.push(`${req.method} ${path}`);
      const index = rules.findIndex((rule) => rule.method === req.method && rule.path.test(path));
      const rule = index >= 0 ? rules.splice(index, 1)[0] : undefined;
      const answer = bent(req.method ?? 'GET', path, url.searchParams, await forward(target, req, body));
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
    rewrite: (rule) => void rewrites.push({ ...rule, left: rule.times ?? 1 }),
    clearRewrites: () => void rewrites.splice(0),
    release: () => held.splice(0).forEach((answer) => answer()),
    close: () =>
      new Promise<void>((resolve) => {
        held.splice(0);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
