import type { z } from '../schema';
import { exactCheck } from './exact-check';

// Names for ids (applications, APIs) kept for this tab across reloads, so a reload does not read a large
// tenant's 100 pages of /clients again. sessionStorage only (gone with the tab), keyed by domain, never the
// token; only what the views need is stored (client_id, name, app_type, is_first_party — never a secret).
// No schema is built here (only the caller's item schema is used): the entry reaches this module through
// stored-session.ts, and building one would pull zod into the entry, ahead of the first-page request.
const prefix = 'client-grants:names:';

export type NamesKind = 'clients' | 'resource-servers';
export type StoredNames<T> = { savedAt: number; items: T[] };

const keyOf = (kind: NamesKind, domain: string) => `${prefix}${kind}:${domain}`;

export function loadStoredNames<T>(
  kind: NamesKind,
  domain: string,
  item: z.ZodMiniType<T>,
  storage: Storage = sessionStorage,
): StoredNames<T> | undefined {
  try {
    const value: unknown = JSON.parse(storage.getItem(keyOf(kind, domain)) ?? 'null');
    if (!value || typeof value !== 'object' || !('savedAt' in value) || !('items' in value)) return undefined;
    const { savedAt, items } = value;
    if (typeof savedAt !== 'number' || !Array.isArray(items)) return undefined;
    const parsed: T[] = [];
    const unchanged = exactCheck(item);
    for (const entry of items) {
      // What this tab wrote passes the quick check; anything else goes through the schema.
      if (unchanged(entry)) {
        parsed.push(entry as T);
        continue;
      }
      const one = item.safeParse(entry);
      if (!one.success) return undefined;
      parsed.push(one.data);
    }
    return { savedAt, items: parsed };
  } catch {
    // A damaged entry is as good as none: the names are read again.
  }
  return undefined;
}

export function saveStoredNames<T>(
  kind: NamesKind,
  domain: string,
  names: StoredNames<T>,
  storage: Storage = sessionStorage,
): void {
  try {
    storage.setItem(keyOf(kind, domain), JSON.stringify(names));
  } catch {
    // Over the storage quota (a huge tenant): the names live in memory only, as before.
    storage.removeItem(keyOf(kind, domain));
  }
}

/** Drops every tenant's names but `keepDomain`'s (Disconnect keeps none; another tenant's names go on Connect). */
export function clearStoredNames(keepDomain?: string, storage: Storage = sessionStorage): void {
  const keep = keepDomain === undefined ? [] : [keyOf('clients', keepDomain), keyOf('resource-servers', keepDomain)];
  const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i));
  for (const key of keys) if (key?.startsWith(prefix) && !keep.includes(key)) storage.removeItem(key);
  if (keepDomain === undefined) storage.removeItem(ownerKey);
}

/** The subject of the token whose connection kept the names in this tab. */
const ownerKey = 'client-grants:names-owner';

/** The scopes a token needs to read each list (Auth0 accepts either for the applications' names). */
const needed: Record<NamesKind, string[]> = {
  clients: ['read:clients', 'read:client_summary'],
  'resource-servers': ['read:resource_servers'],
};

/**
 * A connection takes over the names kept in this tab only when they are its own tenant's and its own
 * subject's, and only the lists its scopes may read: a colleague connecting in the same tab after a reload,
 * or a token without `read:clients`, is shown none of the names the earlier connection read. A token
 * without a subject keeps nothing it did not read itself.
 */
export function claimStoredNames(
  domain: string,
  owner: { subject?: string; scopes: readonly string[] },
  storage: Storage = sessionStorage,
): void {
  const same = owner.subject !== undefined && storage.getItem(ownerKey) === owner.subject;
  if (!same) clearStoredNames(undefined, storage);
  else clearStoredNames(domain, storage);
  for (const kind of ['clients', 'resource-servers'] as const) {
    if (!needed[kind].some((scope) => owner.scopes.includes(scope))) storage.removeItem(keyOf(kind, domain));
  }
  if (owner.subject !== undefined) storage.setItem(ownerKey, owner.subject);
}
