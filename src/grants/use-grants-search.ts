import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { parseGrantsSearch, reduceGrantsSearch, serializeGrantsSearch, type GrantsSearch, type GrantsSearchAction } from './grants-search';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  return () => window.removeEventListener('popstate', onChange);
}

const getSnapshot = () => window.location.search;

/**
 * The URL is the single source of truth for the list: each change is a history entry, so Back and
 * reload restore the view (and Back closes an open grant, as people expect of a panel).
 */
export function useGrantsSearch(): [GrantsSearch, (action: GrantsSearchAction) => void] {
  const query = useSyncExternalStore(subscribe, getSnapshot);
  // One object per URL, so effects that depend on the list state run only when it really changes.
  const search = useMemo(() => parseGrantsSearch(new URLSearchParams(query)), [query]);
  const dispatch = useCallback((action: GrantsSearchAction) => {
    const current = parseGrantsSearch(new URLSearchParams(window.location.search));
    const next = serializeGrantsSearch(reduceGrantsSearch(current, action)).toString();
    const url = `${window.location.pathname}${next ? `?${next}` : ''}`;
    if (url === `${window.location.pathname}${window.location.search}`) return;
    window.history.pushState(null, '', url);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, []);
  return [search, dispatch];
}
