import { expect } from 'vitest';

const CONTROL = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;

/** For component tests: the element's visible text shows `marker` (e.g. "⟨U+202E⟩") and holds no raw bidi control. */
export function expectBidiRevealed(element: HTMLElement | null | undefined, marker = '⟨U+202E⟩'): void {
  const text = element?.textContent ?? '';
  expect(text).toContain(marker);
  expect(CONTROL.test(text), `raw bidi control in ${JSON.stringify(text)}`).toBe(false);
}
