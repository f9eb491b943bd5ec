import { useEffect, useRef } from 'react';

type Guard = { onBack: () => void; address: string };

// Open dialogs, innermost last. Module state: there is one browser history for the whole page.
const guards: Guard[] = [];
// Each popstate is decided once, by whichever listener sees it first (browsers call a window's
// listeners in the order they were added, whatever the phase), and every listener gets that answer.
const decided = new WeakMap<Event, boolean>();

/**
 * Whether this popstate is a Back (or Forward) that an open dialog takes: the first call puts the
 * address back and runs the dialog's `onBack`. The page's own address changes dispatch untrusted
 * popstate events: those pass, and only update the address to put back.
 */
export function takenByDialog(event: Event): boolean {
  const known = decided.get(event);
  if (known !== undefined) return known;
  const guard = guards.at(-1);
  const taken = guard !== undefined && event.isTrusted;
  if (taken) {
    // Push, not go(1): the address is back before any other code reads it.
    window.history.pushState(null, '', guard.address);
    guard.onBack();
  } else {
    for (const open of guards) open.address = window.location.href;
  }
  decided.set(event, taken);
  return taken;
}

/**
 * While `active` (a modal dialog is open), Back does not change the page under the dialog: it runs
 * `onBack`, as if the admin had pressed Escape (a changed form then asks before discarding). Without
 * this, Back could open a grant's panel over the dialog, hiding it from keyboard and screen-reader
 * users while it stays open. URL listeners (use-grants-search.ts) ask takenByDialog first.
 */
export function useBackGuard(active: boolean, onBack: () => void): void {
  const latest = useRef(onBack);
  useEffect(() => {
    latest.current = onBack;
  });
  useEffect(() => {
    if (!active) return;
    const guard: Guard = { onBack: () => latest.current(), address: window.location.href };
    guards.push(guard);
    const onPopState = (event: PopStateEvent) => {
      if (takenByDialog(event)) event.stopImmediatePropagation();
    };
    window.addEventListener('popstate', onPopState);
    return () => {
      window.removeEventListener('popstate', onPopState);
      guards.splice(guards.indexOf(guard), 1);
    };
  }, [active]);
}
