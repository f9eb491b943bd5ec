// React-free, so Disconnect (connection/stored-session.ts, in the entry chunk) can forget dismissals without
// pulling React into the entry.
import { clearAllDismissals, loadDismissals, saveDismissals, type Dismissals } from './dismissals';

// One copy per tenant and subject for the page, shared by the Findings view and its tab's counts.
const cache = new Map<string, Dismissals>();
const listeners = new Set<() => void>();
const cacheKey = (domain: string, subject: string | undefined) => JSON.stringify([domain, subject ?? null]);

export function readDismissals(domain: string, subject: string | undefined): Dismissals {
  let value = cache.get(cacheKey(domain, subject));
  if (!value) {
    value = loadDismissals(localStorage, domain, subject);
    cache.set(cacheKey(domain, subject), value);
  }
  return value;
}

export function writeDismissals(domain: string, subject: string | undefined, next: Dismissals): void {
  cache.set(cacheKey(domain, subject), next);
  saveDismissals(localStorage, domain, subject, next);
  notify();
}

function notify(): void {
  for (const listener of listeners) listener();
}

export function subscribeDismissals(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Disconnect: the page's copies go with the stored ones, so reconnecting shows none of them. */
export function forgetDismissals(storage: Storage = localStorage): void {
  cache.clear();
  clearAllDismissals(storage);
  notify();
}
