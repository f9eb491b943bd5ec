import { clearAllJournals } from '../bulk/journal-key';
import { forgetAllPairSettings } from '../compare/pair-settings-key';
import { forgetDismissals } from '../findings/dismissal-store';
import { clearStoredNames } from './stored-names';

// Where the connection survives a reload. The token is kept only when the admin opts in, and then
// only in sessionStorage (this tab, gone when it closes); the domain is not secret and is remembered.
const domainKey = 'client-grants:domain';
const sessionKey = 'client-grants:session';
/** Tenants connected beside the main one (Compare), kept like the session: opt-in, this tab only. */
export const otherTenantsKey = 'client-grants:other-tenants';

export type StoredSession = { domain: string; token: string };

export function loadRememberedDomain(storage: Storage = localStorage): string {
  return storage.getItem(domainKey) ?? '';
}

export function loadStoredSession(storage: Storage = sessionStorage): StoredSession | undefined {
  try {
    const value: unknown = JSON.parse(storage.getItem(sessionKey) ?? 'null');
    if (value && typeof value === 'object' && 'domain' in value && 'token' in value) {
      const { domain, token } = value;
      if (typeof domain === 'string' && typeof token === 'string') return { domain, token };
    }
  } catch {
    // A damaged entry is as good as none: the admin connects again.
  }
  return undefined;
}

export function saveSession(session: StoredSession, stayConnected: boolean, local = localStorage, tab = sessionStorage): void {
  local.setItem(domainKey, session.domain);
  if (stayConnected) tab.setItem(sessionKey, JSON.stringify(session));
  else tab.removeItem(sessionKey);
}

/**
 * Disconnect forgets everything this app stored (names, interrupted bulk changes, partial reads, dismissed
 * findings, Compare's mappings and keyword values per pair); only the theme choice (MUI's own key) and display preferences stay.
 */
export function clearStoredSession(local = localStorage, tab = sessionStorage): void {
  local.removeItem(domainKey);
  tab.removeItem(sessionKey);
  tab.removeItem(otherTenantsKey);
  clearStoredNames(undefined, tab);
  clearAllJournals(tab);
  forgetDismissals(local);
  forgetAllPairSettings(local);
  // Partial tenant reads kept for a reload (IndexedDB); loaded only now, off the first view's code.
  void import('../tenant-index/idb-read-journal').then(({ forgetSavedReads }) => forgetSavedReads());
}
