import type { Page } from '@playwright/test';

// Times one interaction inside the page, on the page's clock: from the event's timeStamp (the first `click`
// or `keydown` after arming) to the start of the frame that paints the awaited DOM (a MutationObserver sees
// it, the next requestAnimationFrame stamps performance.now()), as bench/probe.ts does for rows. The
// condition is data, not code: the dashboard's CSP forbids eval in the page.

/** Done when `selector` matches an element (whose whole text, trimmed, is `text` when given). */
export type Until = { selector: string; text?: string };
type TimerWindow = { __scaleTimer?: { at: number | null; done: number | null } };

// A string, not a function: tsx would wrap named inner functions in a `__name` helper the page lacks.
const armScript = (event: string, until: Until) => `(() => {
  const until = ${JSON.stringify(until)};
  const timer = { at: null, done: null };
  window.__scaleTimer = timer;
  addEventListener(${JSON.stringify(event)}, (e) => { if (timer.at === null) timer.at = e.timeStamp; }, { capture: true, once: true });
  const met = () => {
    const element = document.querySelector(until.selector);
    return element !== null && (until.text === undefined || (element.textContent || '').trim() === until.text);
  };
  const observer = new MutationObserver(() => {
    if (timer.at === null || !met()) return;
    observer.disconnect();
    requestAnimationFrame(() => { timer.done = performance.now(); });
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
})()`;

export async function armTimer(page: Page, event: 'click' | 'keydown', until: Until): Promise<void> {
  await page.evaluate(armScript(event, until));
}

/** Milliseconds from the armed event to the frame showing the condition. */
export async function timerResult(page: Page, timeout = 20_000): Promise<number> {
  const handle = await page.waitForFunction(
    () => {
      const timer = (window as unknown as TimerWindow).__scaleTimer;
      return timer && timer.at !== null && timer.done !== null ? timer.done - timer.at : null;
    },
    undefined,
    { timeout, polling: 50 },
  );
  return Number(await handle.jsonValue());
}

/** Arms, acts, and returns the time the page took to show the result. */
export async function timed(page: Page, event: 'click' | 'keydown', until: Until, act: () => Promise<void>): Promise<number> {
  await armTimer(page, event, until);
  await act();
  return timerResult(page);
}
