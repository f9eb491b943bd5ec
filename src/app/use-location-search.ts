import { useSyncExternalStore } from 'react';
import { parseView, type View } from './view';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  return () => window.removeEventListener('popstate', onChange);
}

const getSnapshot = () => window.location.search;

/** The address bar's query string, re-read on Back/Forward and on every `navigateTo`. */
export function useLocationSearch(): string {
  return useSyncExternalStore(subscribe, getSnapshot);
}

const getView = () => parseView(window.location.search);

/**
 * The view named in the address bar. Only a change of view re-renders its callers: the app's shell
 * (bar, tenant menu, tabs) no longer re-renders on every page turn or filter change of the grants table.
 */
export function useLocationView(): View {
  return useSyncExternalStore(subscribe, getView);
}

/**
 * Moves to `?params` inside the app (no page load: an in-memory token would not survive one).
 * `replace` corrects the address without adding a history entry.
 */
export function navigateTo(params: URLSearchParams, { replace = false } = {}): void {
  const query = params.toString();
  const url = `${window.location.pathname}${query ? `?${query}` : ''}`;
  if (url === `${window.location.pathname}${window.location.search}`) return;
  if (replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  window.dispatchEvent(new PopStateEvent('popstate'));
}
