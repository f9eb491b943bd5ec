import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';
import {
  correctGrantsQuery,
  parseGrantsSearch,
  reduceGrantsSearch,
  serializeGrantsSearch,
  type GrantsSearch,
  type GrantsSearchAction,
} from './grants-search';
import { takenByDialog } from './use-back-guard';

function subscribe(onChange: () => void): () => void {
  // A Back that an open dialog takes never reaches the list (use-back-guard.ts).
  const listener = (event: PopStateEvent) => {
    if (!takenByDialog(event)) onChange();
  };
  window.addEventListener('popstate', listener);
  return () => window.removeEventListener('popstate', listener);
}

const getSnapshot = () => window.location.search;

/**
 * `replace` rewrites the current history entry instead of adding one: for corrections the admin did
 * not ask for (a bad parameter, a page past the end), so Back does not step through them.
 */
function navigate(query: string, replace: boolean) {
  const url = `${window.location.pathname}${query ? `?${query}` : ''}`;
  if (url === `${window.location.pathname}${window.location.search}`) return;
  if (replace) window.history.replaceState(window.history.state, '', url);
  else window.history.pushState(null, '', url);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

export type DispatchGrantsSearch = (action: GrantsSearchAction, options?: { replace?: boolean }) => void;

/**
 * The URL is the single source of truth for the list: each change is a history entry, so Back and
 * reload restore the view (and Back closes an open grant, as people expect of a panel).
 */
export function useGrantsSearch(): [GrantsSearch, DispatchGrantsSearch] {
  const query = useSyncExternalStore(subscribe, getSnapshot);
  // One object per URL, so effects that depend on the list state run only when it really changes.
  const search = useMemo(() => parseGrantsSearch(new URLSearchParams(query)), [query]);
  // The page already shows the parsed view; the address bar is brought in line, so a copied link
  // says what is on screen rather than the values that were ignored.
  useEffect(() => {
    const corrected = correctGrantsQuery(query);
    if (corrected !== undefined) navigate(corrected, true);
  }, [query]);
  const dispatch = useCallback<DispatchGrantsSearch>((action, options) => {
    const current = parseGrantsSearch(new URLSearchParams(window.location.search));
    navigate(serializeGrantsSearch(reduceGrantsSearch(current, action)).toString(), options?.replace ?? false);
  }, []);
  return [search, dispatch];
}
