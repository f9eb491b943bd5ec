import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { startLocalTenant } from '../local-tenant/server.ts';
import { DEFAULT_ADMIN_CLIENT_ID, DEFAULT_ADMIN_CLIENT_SECRET } from '../local-tenant/defaults.ts';
import { findBrowser, noBrowserMessage } from './browser.ts';
import { startDashboardServer } from './serve-dashboard.ts';

// `npx tsx scripts/screenshot.ts [--out docs/screenshot.png] [--width 1280] [--height 800] [--path /?grant=…] [--dark] [--connect-form]`:
// the built dashboard against a fresh demo tenant, connected, as an admin sees it. Run `npm run build` first.
const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'docs/screenshot.png' },
    width: { type: 'string', default: '1280' },
    height: { type: 'string', default: '800' },
    path: { type: 'string', default: '/' },
    dark: { type: 'boolean', default: false },
    // Stay on the connect form instead of connecting to the demo tenant.
    'connect-form': { type: 'boolean', default: false },
  },
});

const browserChoice = findBrowser();
if (!browserChoice) throw new Error(noBrowserMessage);
const tenant = await startLocalTenant({ port: 0, seed: 'demo' });
const dashboard = await startDashboardServer({
  localTenant: { domain: tenant.domain, clientId: DEFAULT_ADMIN_CLIENT_ID, clientSecret: DEFAULT_ADMIN_CLIENT_SECRET },
});
const browser = await chromium.launch({ executablePath: browserChoice.kind === 'system' ? browserChoice.executablePath : undefined });
try {
  const page = await browser.newPage({
    viewport: { width: Number(values.width), height: Number(values.height) },
    colorScheme: values.dark ? 'dark' : 'light',
  });
  await page.goto(dashboard.url + values.path);
  if (values['connect-form']) {
    await page.getByRole('button', { name: 'Connect to local tenant' }).waitFor();
  } else {
    await page.getByRole('button', { name: 'Connect to local tenant' }).click();
    await page.getByRole('button', { name: /^Open grant / }).nth(3).waitFor();
    await page.getByText('Billing Service').first().waitFor();
    // The filters and the Export menu are lazy chunks: wait for them, not for their skeleton.
    if (values.path === '/') {
      await page.getByRole('combobox', { name: 'Application' }).waitFor();
      await page.getByRole('button', { name: 'Export' }).waitFor();
    }
  }
  await page.screenshot({ path: values.out, fullPage: false });
  console.log(`Saved ${values.out}`);
} finally {
  await browser.close();
  await Promise.all([dashboard.close(), tenant.close()]);
}
