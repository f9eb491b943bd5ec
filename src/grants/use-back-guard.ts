import { useEffect, useRef } from 'react';

/**
 * While `active` (a modal dialog is open), the browser's Back does not change the page under the
 * dialog: the address is put back at once and `onBack` runs instead, as if the admin had pressed
 * Escape (a changed form then asks before discarding). Without this, Back could open a grant's panel
 * over the dialog, hiding it from keyboard and screen-reader users while it stays open.
 *
 * The listener runs in the capture phase and stops the event, so the grants list
 * (use-grants-search.ts) never sees the navigation. The page's own URL changes dispatch untrusted
 * popstate events: they pass, and only keep the address to restore up to date.
 */
export function useBackGuard(active: boolean, onBack: () => void): void {
  const latest = useRef(onBack);
  useEffect(() => {
    latest.current = onBack;
  });
  useEffect(() => {
    if (!active) return;
    let address = window.location.href;
    const onPopState = (event: PopStateEvent) => {
      if (!event.isTrusted) {
        address = window.location.href;
        return;
      }
      event.stopImmediatePropagation();
      // Push, not go(1): the restored entry is in place before any other code reads the address.
      window.history.pushState(null, '', address);
      latest.current();
    };
    window.addEventListener('popstate', onPopState, { capture: true });
    return () => window.removeEventListener('popstate', onPopState, { capture: true });
  }, [active]);
}
