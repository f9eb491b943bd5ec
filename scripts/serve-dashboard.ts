import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';

export type LocalTenantConfig = { domain: string; clientId: string; clientSecret: string };
export type DashboardServerOptions = { root?: string; port?: number; host?: string; localTenant?: LocalTenantConfig };
export type DashboardServer = { url: string; close(): Promise<void> };

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
};

// The app talks to any https tenant, and to loopback tenants over http (the local tenant).
const securityHeaders = {
  'Content-Security-Policy':
    "default-src 'self'; connect-src 'self' https: http://127.0.0.1:* http://localhost:*; " +
    "style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
};

type Asset = { body: Buffer; gzipped: Buffer; type: string };

function compressible(type: string): boolean {
  return /text|json|svg/.test(type);
}

async function loadAsset(root: string, pathname: string, cache: Map<string, Asset>): Promise<Asset | undefined> {
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
    const body = await readFile(file);
    const type = types[extname(file)] ?? 'application/octet-stream';
    const asset = { body, gzipped: compressible(type) ? gzipSync(body) : body, type };
    cache.set(pathname, asset);
    return asset;
  } catch {
    return undefined;
  }
}

function send(req: IncomingMessage, res: ServerResponse, asset: Asset, cacheControl: string): void {
  const gzip = compressible(asset.type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
  res.writeHead(200, {
    ...securityHeaders,
    'Content-Type': asset.type,
    'Cache-Control': cacheControl,
    Vary: 'Accept-Encoding',
    ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
  });
  res.end(req.method === 'HEAD' ? undefined : gzip ? asset.gzipped : asset.body);
}

/** Serves the built dashboard (gzip, SPA fallback) and, when given, the local tenant's demo settings. */
export async function startDashboardServer(options: DashboardServerOptions = {}): Promise<DashboardServer> {
  const root = resolve(options.root ?? 'dist');
  const cache = new Map<string, Asset>();
  const localTenantJson = options.localTenant ? Buffer.from(JSON.stringify(options.localTenant)) : undefined;
  const server = createServer((req, res) => {
    // Any failure answers 500; an unhandled rejection would end the process (and npm start with it).
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500, { ...securityHeaders, 'Content-Type': 'text/plain' });
      res.end('Internal error');
    });
  });
  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { pathname } = new URL(req.url ?? '/', 'http://dashboard');
    if (pathname === '/local-tenant.json') {
      if (!localTenantJson) return void res.writeHead(404, securityHeaders).end();
      const asset = { body: localTenantJson, gzipped: gzipSync(localTenantJson), type: types['.json']! };
      return send(req, res, asset, 'no-store');
    }
    const asset = pathname !== '/' ? await loadAsset(root, pathname, cache) : undefined;
    if (asset) return send(req, res, asset, pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    const index = await loadAsset(root, '/index.html', cache);
    if (!index) return void res.writeHead(500, { ...securityHeaders, 'Content-Type': 'text/plain' }).end('Run `npm run build` first.');
    send(req, res, index, 'no-cache');
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
