// Adds up Vitest's and Playwright's JSON reports into the one line CI reads: "N passed, N failed".
// Plain JS with no dependencies so it runs even when `npm ci` failed half-way.
import { existsSync, readFileSync } from 'node:fs';

function read(path) {
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

let passed = 0;
let failed = 0;
const vitest = read('test-results/vitest.json');
if (vitest) {
  passed += vitest.numPassedTests ?? 0;
  failed += vitest.numFailedTests ?? 0;
  console.log(`vitest: ${vitest.numPassedTests} passed, ${vitest.numFailedTests} failed, ${vitest.numPendingTests ?? 0} skipped`);
}
const playwright = read('test-results/playwright.json');
if (playwright?.stats) {
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = playwright.stats;
  passed += expected + flaky;
  failed += unexpected;
  console.log(`playwright: ${expected} passed, ${unexpected} failed, ${flaky} flaky (passed on retry), ${skipped} skipped`);
}
console.log(`${passed} passed, ${failed} failed`);
