import { useCallback, useSyncExternalStore } from 'react';
import { loadDismissals, saveDismissals, type Dismissals } from './dismissals';

// One copy per tenant for the page, shared by the Findings view and its tab's counts.
const cache = new Map<string, Dismissals>();
const listeners = new Set<() => void>();

function read(domain: string): Dismissals {
  let value = cache.get(domain);
  if (!value) {
    value = loadDismissals(localStorage, domain);
    cache.set(domain, value);
  }
  return value;
}

function write(domain: string, next: Dismissals): void {
  cache.set(domain, next);
  saveDismissals(localStorage, domain, next);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useDismissals(domain: string) {
  const dismissals = useSyncExternalStore(subscribe, () => read(domain));
  const dismiss = useCallback(
    (id: string, reason: string) => write(domain, { ...read(domain), [id]: { reason, at: Date.now() } }),
    [domain],
  );
  const restore = useCallback(
    (id: string) => {
      const { [id]: _removed, ...rest } = read(domain);
      write(domain, rest);
    },
    [domain],
  );
  return { dismissals, dismiss, restore };
}
