import { copyFile, readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { chromium, type Browser } from '@playwright/test';
import { DEFAULT_ADMIN_CLIENT_ID, DEFAULT_ADMIN_CLIENT_SECRET } from '../local-tenant/defaults.ts';
import { findBrowser, noBrowserMessage } from '../scripts/browser.ts';
import { startDashboardServer, type DashboardServer } from '../scripts/serve-dashboard.ts';
import { startTenantProcess, type TenantProcess } from '../scripts/local-tenant-process.ts';

const here = import.meta.dirname;
// Our own build directory (git-ignored), so the bench never races `dist/` used by e2e runs.
export const outDir = resolve(here, 'results', 'dist');

/** Production build of the current tree, plus the baseline page beside it (same origin, same gzip). */
export async function buildBundle(): Promise<void> {
  await build({ root: resolve(here, '..'), logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  await copyFile(join(here, 'baseline.html'), join(outDir, 'baseline.html'));
  await copyFile(join(here, 'baseline.js'), join(outDir, 'baseline.js'));
}

export type BundleSizes = { jsRaw: number; jsGzip: number; cssRaw: number; cssGzip: number; files: { name: string; raw: number; gzip: number }[] };

/** Every JS and CSS file in assets/, raw and gzipped (level 9 would flatter; zlib's default like the server). */
export async function bundleSizes(): Promise<BundleSizes> {
  const dir = join(outDir, 'assets');
  const sizes: BundleSizes = { jsRaw: 0, jsGzip: 0, cssRaw: 0, cssGzip: 0, files: [] };
  for (const name of await readdir(dir)) {
    const isJs = name.endsWith('.js');
    if (!isJs && !name.endsWith('.css')) continue;
    const body = await readFile(join(dir, name));
    const file = { name, raw: body.length, gzip: gzipSync(body).length };
    sizes.files.push(file);
    if (isJs) {
      sizes.jsRaw += file.raw;
      sizes.jsGzip += file.gzip;
    } else {
      sizes.cssRaw += file.raw;
      sizes.cssGzip += file.gzip;
    }
  }
  sizes.files.sort((a, b) => b.gzip - a.gzip);
  return sizes;
}

export type Site = { tenant: TenantProcess; dashboard: DashboardServer };

/**
 * The tenant runs as its own process, as Auth0 is its own server: in this process its answers would
 * queue behind the static server's writes and Playwright's own work on one JS thread.
 * `rateLimit`: the CLI's `--rate-limit` value, `off` or `BURST/PER_SECOND`; `exposeRateLimitHeaders` lets the
 * page read them (the local tenant hides them by default, as Auth0 most likely does).
 */
export async function startSite(
  rateLimit: string,
  { exposeRateLimitHeaders = false, seed = 'scale:10000' } = {},
): Promise<Site> {
  const tenant = await startTenantProcess({ seed, rateLimit, exposeRateLimitHeaders, startTimeoutMs: 90_000 });
  const dashboard = await startDashboardServer({
    root: outDir,
    port: 0,
    localTenant: { domain: tenant.domain, clientId: DEFAULT_ADMIN_CLIENT_ID, clientSecret: DEFAULT_ADMIN_CLIENT_SECRET },
  });
  return { tenant, dashboard };
}

export async function stopSite(site: Site): Promise<void> {
  await Promise.all([site.dashboard.close(), site.tenant.stop()]);
}

export async function launchBrowser(): Promise<Browser> {
  const choice = findBrowser();
  if (!choice) throw new Error(noBrowserMessage);
  return chromium.launch({ executablePath: choice.kind === 'system' ? choice.executablePath : undefined });
}
