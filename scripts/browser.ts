import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export type BrowserChoice = { kind: 'playwright' } | { kind: 'system'; executablePath: string };

// Debian's package puts the real binary here; /usr/bin/chromium is a wrapper script that adds flags.
const systemCandidates = ['/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser'];

function playwrightHasOwnChromium(): boolean {
  try {
    return existsSync(chromium.executablePath());
  } catch {
    return false;
  }
}

/**
 * Playwright's own browser when installed (so a laptop after `npx playwright install chromium`
 * behaves like upstream), else $CHROMIUM_PATH, else Debian's Chromium.
 */
export function findBrowser(): BrowserChoice | undefined {
  if (playwrightHasOwnChromium()) return { kind: 'playwright' };
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return { kind: 'system', executablePath: fromEnv };
  const found = systemCandidates.find((path) => existsSync(path));
  return found ? { kind: 'system', executablePath: found } : undefined;
}

export const noBrowserMessage =
  'No Chromium for the browser tests: run `npx playwright install chromium`, or install your system Chromium (Debian: `apt-get install -y chromium`) and set CHROMIUM_PATH if it is not in /usr/lib/chromium.';
