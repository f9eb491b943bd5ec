import { defineConfig } from '@playwright/test';
import { findBrowser } from './scripts/browser.ts';

const browser = findBrowser();

export default defineConfig({
  testDir: 'e2e',
  // Files run in parallel (each starts its own local tenant); tests inside a file share it, in order.
  fullyParallel: false,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  // Not test-results/ itself: Playwright empties its outputDir, and Vitest's report lives there.
  outputDir: 'test-results/playwright-artifacts',
  use: {
    browserName: 'chromium',
    // Traces record request headers, i.e. the bearer token: never keep them.
    trace: 'off',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: browser?.kind === 'system' ? browser.executablePath : undefined,
      // The machine's network is closed; stop Chromium phoning home at every start.
      args: ['--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
});
