import type { Page } from '@playwright/test';

export type Violation = { directive: string; blocked: string; sample: string };
type Recorder = { __policyViolations?: Violation[] };

/** Records every Content-Security-Policy (and Trusted Types) violation the page reports, from its first script on. */
export async function recordPolicyViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const recorder = window as unknown as Recorder;
    recorder.__policyViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      recorder.__policyViolations?.push({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        sample: event.sample,
      });
    });
  });
}

export function policyViolations(page: Page): Promise<Violation[]> {
  return page.evaluate(() => (window as unknown as Recorder).__policyViolations ?? []);
}
