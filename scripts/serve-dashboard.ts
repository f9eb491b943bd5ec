import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { contentType } from './content-types.ts';
import { escapeAttribute, replacePolicyMeta, securityHeaders } from './security-policy.ts';

export type LocalTenantConfig = { domain: string; clientId: string; clientSecret: string };
export type DashboardServerOptions = { root?: string; port?: number; host?: string; localTenant?: LocalTenantConfig };
export type DashboardServer = { url: string; close(): Promise<void> };

type Asset = { body: Buffer; gzipped: Buffer; type: string };
type Headers = Record<string, string>;

function compressible(type: string): boolean {
  return /text|json|svg/.test(type);
}

/**
 * With a local tenant, every page gets its demo settings as `<meta name="local-tenant">` (read by
 * src/api/local-tenant-config.ts), and a CSP that also allows http to loopback, in the <meta> as in the header
 * (a page enforces both). A static host serves the page unchanged: no button, and no request for settings.
 */
function pageTransform(localTenant: LocalTenantConfig | undefined): (html: string) => string {
  if (!localTenant) return (html) => html;
  const meta = `<meta name="local-tenant" content="${escapeAttribute(JSON.stringify(localTenant))}" />`;
  return (html) =>
    replacePolicyMeta(html, { localTenant: true }).replace('</head>', () => `  ${meta}\n  </head>`);
}

async function loadAsset(
  root: string,
  pathname: string,
  cache: Map<string, Asset>,
  page: (html: string) => string,
): Promise<Asset | undefined> {
  const cached = cache.get(pathname);
  if (cached) return cached;
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined; // a malformed escape is not a file we serve (the caller answers with the app)
  }
  const file = normalize(join(root, decoded));
  if (!file.startsWith(root + sep) && file !== root) return undefined;
  try {
    const type = contentType(file);
    const read = await readFile(file);
    const body = type.startsWith('text/html') ? Buffer.from(page(read.toString('utf8'))) : read;
    const asset = { body, gzipped: compressible(type) ? gzipSync(body) : body, type };
    cache.set(pathname, asset);
    return asset;
  } catch {
    return undefined;
  }
}

function send(
  req: IncomingMessage,
  res: ServerResponse,
  headers: Headers,
  asset: Asset,
  cacheControl: string,
): void {
  const gzip = compressible(asset.type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
  res.writeHead(200, {
    ...headers,
    'Content-Type': asset.type,
    'Cache-Control': cacheControl,
    Vary: 'Accept-Encoding',
    ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
  });
  res.end(req.method === 'HEAD' ? undefined : gzip ? asset.gzipped : asset.body);
}

/** Serves the built dashboard (gzip, SPA fallback, security headers) and, when given, the local tenant's demo settings. */
export async function startDashboardServer(options: DashboardServerOptions = {}): Promise<DashboardServer> {
  const root = resolve(options.root ?? 'dist');
  const cache = new Map<string, Asset>();
  const headers = securityHeaders({ localTenant: Boolean(options.localTenant) });
  const page = pageTransform(options.localTenant);
  // A page that carries the demo client secret is not kept in any cache.
  const pageCache = options.localTenant ? 'no-store' : 'no-cache';
  const server = createServer((req, res) => {
    // Any failure answers 500; an unhandled rejection would end the process (and npm start with it).
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500, { ...headers, 'Content-Type': 'text/plain' });
      res.end('Internal error');
    });
  });
  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { pathname } = new URL(req.url ?? '/', 'http://dashboard');
    const asset = pathname !== '/' ? await loadAsset(root, pathname, cache, page) : undefined;
    if (asset) {
      const cacheControl = pathname.startsWith('/assets/')
        ? 'public, max-age=31536000, immutable'
        : asset.type.startsWith('text/html')
          ? pageCache
          : 'no-cache';
      return send(req, res, headers, asset, cacheControl);
    }
    const index = await loadAsset(root, '/index.html', cache, page);
    if (!index)
      return void res
        .writeHead(500, { ...headers, 'Content-Type': 'text/plain' })
        .end('Run `npm run build` first.');
    send(req, res, headers, index, pageCache);
  }
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, resolveListen);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
