import { useEffect, useRef } from 'react';

/**
 * Focuses an element once, when it mounts: the first field of a dialog, or its safe choice.
 * Instead of the `autoFocus` prop: the production bundle runs on preact/compat, which passes
 * `autofocus` to the DOM as an attribute, and browsers honour that only while a page loads.
 * Effects run child-first, so MUI's focus trap then finds focus already inside and keeps it there.
 */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return ref;
}
