import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import type { AddressInfo } from 'node:net';
import { contentType } from './content-types.ts';

// `npm run serve:static`: serves dist/ the way the plainest static host does (GitHub Pages, S3, `python -m
// http.server`): files under the base path the build was made for, index.html for a directory, 404 for
// anything else. No security headers, no compression, no fallback to index.html, no local tenant: what the
// dashboard needs on such a host it must carry itself (docs/architecture.md, "Static hosting").

export type StaticServerOptions = { root?: string; base?: string; port?: number; host?: string };
export type StaticServer = { url: string; base: string; close(): Promise<void> };

/** The base path a build was made for, read from its entry <script> (`--base /tools/grants/` → that). */
export async function builtBase(root: string): Promise<string> {
  const html = await readFile(join(root, 'index.html'), 'utf8');
  const entry = /<script type="module"[^>]* src="([^"]*)assets\/[^"]+\.js"/.exec(html);
  if (!entry?.[1]) throw new Error(`${root}/index.html has no entry script: run \`npm run build\` first.`);
  // A relative build (`--base ./`) works at any path; served here from the root, like a host serving dist/ as is.
  return entry[1].startsWith('/') ? entry[1] : '/';
}

async function fileFor(root: string, relative: string): Promise<string | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(relative);
  } catch {
    return undefined;
  }
  const file = normalize(join(root, decoded));
  if (!file.startsWith(root + sep) && file !== root) return undefined;
  const stats = await stat(file).catch(() => undefined);
  if (stats?.isFile()) return file;
  if (stats?.isDirectory() && (await stat(join(file, 'index.html')).catch(() => undefined))?.isFile())
    return join(file, 'index.html');
  return undefined;
}

export async function startStaticServer(options: StaticServerOptions = {}): Promise<StaticServer> {
  const root = resolve(options.root ?? 'dist');
  const base = options.base ?? (await builtBase(root));
  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end('Internal error');
    });
  });
  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { pathname, search } = new URL(req.url ?? '/', 'http://static');
    // A directory without its slash, as nginx and S3 answer it.
    if (`${pathname}/` === base) return void res.writeHead(301, { Location: `${base}${search}` }).end();
    const file = pathname.startsWith(base) ? await fileFor(root, pathname.slice(base.length)) : undefined;
    if (!file) return void res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    const body = await readFile(file);
    res.writeHead(200, { 'Content-Type': contentType(file), 'Content-Length': body.length });
    res.end(req.method === 'HEAD' ? undefined : body);
  }
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, resolveListen);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}${base}`,
    base,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string', default: 'dist' },
      port: { type: 'string', default: '4173' },
      host: { type: 'string', default: '127.0.0.1' },
    },
  });
  const served = await startStaticServer({ root: values.dir, port: Number(values.port), host: values.host });
  console.log(
    `Serving ${values.dir}/ as a plain static host (no headers, no fallback): ${served.url}\nCtrl-C stops it.`,
  );
}
