import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from './serve-static.ts';

const index =
  '<!doctype html><html><head><meta charset="UTF-8" /><script type="module" crossorigin src="/tools/grants/assets/index-abc.js"></script></head></html>';
let root: string;
let server: StaticServer;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'serve-static-'));
  await mkdir(join(root, 'assets'));
  await writeFile(join(root, 'index.html'), index);
  await writeFile(join(root, 'assets', 'index-abc.js'), 'export {};');
  server = await startStaticServer({ root });
});
afterAll(async () => {
  await server.close();
  await rm(root, { recursive: true, force: true });
});

const origin = () => new URL(server.url).origin;
const get = (path: string) => fetch(origin() + path, { redirect: 'manual' });

describe('the plain static server', () => {
  it('serves the build under the base path it was built for, index.html for the directory', async () => {
    expect(server.url).toMatch(/\/tools\/grants\/$/);
    const page = await get('/tools/grants/?grant=cgr_1&view=access');
    expect(page.status).toBe(200);
    expect(await page.text()).toBe(index);
    expect((await get('/tools/grants/assets/index-abc.js')).headers.get('content-type')).toMatch(
      /^text\/javascript/,
    );
  });

  it('sends no security header: the page must carry its own policy', async () => {
    const page = await get('/tools/grants/');
    expect(page.headers.get('content-security-policy')).toBeNull();
    expect(page.headers.get('x-content-type-options')).toBeNull();
  });

  it('redirects the base without its slash, as nginx and S3 do', async () => {
    const response = await get('/tools/grants?view=access');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/tools/grants/?view=access');
  });

  it('answers 404 outside the base, for a missing file and for a path that climbs out', async () => {
    for (const path of [
      '/',
      '/index.html',
      '/tools/grants/nope.js',
      '/tools/grants/other/path',
      '/tools/grants/..%2F..%2Fetc%2Fpasswd',
    ]) {
      expect((await get(path)).status, path).toBe(404);
    }
  });
});

describe('a relative build (--base ./)', () => {
  it('is served from the root instead of answering 404 to everything', async () => {
    const relativeRoot = await mkdtemp(join(tmpdir(), 'serve-static-relative-'));
    await mkdir(join(relativeRoot, 'assets'));
    await writeFile(join(relativeRoot, 'index.html'), index.replace('/tools/grants/assets/', './assets/'));
    await writeFile(join(relativeRoot, 'assets', 'index-abc.js'), 'export {};');
    const relative = await startStaticServer({ root: relativeRoot });
    try {
      expect(relative.base).toBe('/');
      const page = await fetch(new URL(relative.url).origin + '/assets/index-abc.js');
      expect(page.status).toBe(200);
    } finally {
      await relative.close();
      await rm(relativeRoot, { recursive: true, force: true });
    }
  });
});
