import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { insertPolicyMeta } from './security-policy.ts';
import { startDashboardServer, type DashboardServer } from './serve-dashboard.ts';

const localTenant = { domain: '127.0.0.1:4010', clientId: 'app', clientSecret: 'a "secret" & <more>' };
let root: string;
let server: DashboardServer | undefined;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'serve-dashboard-'));
  await writeFile(
    join(root, 'index.html'),
    insertPolicyMeta('<!doctype html><html><head><meta charset="UTF-8" /></head><body></body></html>'),
  );
  return () => rm(root, { recursive: true, force: true });
});
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function page(path: string): Promise<{ headers: Headers; html: string }> {
  const response = await fetch(server!.url + path);
  return { headers: response.headers, html: await response.text() };
}

describe("npm start's server", () => {
  it('puts the local tenant into the page, and allows loopback in the header and the <meta> alike', async () => {
    server = await startDashboardServer({ root, localTenant });
    const { headers, html } = await page('/?view=access');
    const meta = /<meta name="local-tenant" content="([^"]*)" \/>/.exec(html)?.[1] ?? '';
    const decoded = meta
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
    expect(JSON.parse(decoded)).toEqual(localTenant);
    expect(headers.get('content-security-policy')).toContain('http://127.0.0.1:*');
    expect(/http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1]).toContain(
      'http://127.0.0.1:*',
    );
    expect(headers.get('cache-control')).toBe('no-store');
  });

  it('without a local tenant serves the page as built, and the policy allows no loopback', async () => {
    server = await startDashboardServer({ root });
    const { headers, html } = await page('/');
    expect(html).not.toContain('local-tenant');
    expect(headers.get('content-security-policy')).not.toContain('127.0.0.1');
    expect(headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });
});
