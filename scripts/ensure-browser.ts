import { spawnSync } from 'node:child_process';
import { findBrowser, noBrowserMessage } from './browser.ts';

// Run before the e2e stage: find a browser, or try Playwright's download once (it works wherever
// Playwright's download host is reachable), else stop with one line naming both ways to get one.
if (!findBrowser()) {
  console.log('No Chromium found; trying `npx playwright install chromium` ...');
  spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'ignore', timeout: 300_000 });
  if (!findBrowser()) {
    console.error(noBrowserMessage);
    process.exit(1);
  }
}
