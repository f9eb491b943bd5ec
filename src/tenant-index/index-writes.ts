import type { ClientGrant } from '../api/client-grants';
import type { ManagementApi } from '../api/management-api';
import type { TenantIndexStore } from './index-store';

export type IndexWrite =
  | { grant: ClientGrant }
  | { removedId: string }
  /** A grant's associations this dashboard made or removed: `associated` are held now, `removed` are not. */
  | { associations: { grantId: string; associated: string[]; removed: string[] } };

// One store per connection: a new token or tenant means a new ManagementApi, and a fresh read.
const stores = new WeakMap<ManagementApi, TenantIndexStore>();

export function storeOf(api: ManagementApi): TenantIndexStore | undefined {
  return stores.get(api);
}

export function registerStore(api: ManagementApi, store: TenantIndexStore): void {
  stores.set(api, store);
}

/**
 * For writes made anywhere in the dashboard (create, edit, delete, fixes): keeps an index already read
 * in step without a re-read. Does nothing while no tenant-wide view has asked for the index.
 */
export function applyWriteToIndex(api: ManagementApi, write: IndexWrite): void {
  stores.get(api)?.applyWrite(write);
}

// Who wants to hear of a grant this dashboard created (the usage store: a grant created after the logs were
// read is not in their `sapi` events, and must not be called unused). A function, not the store: this
// module is on the grant form's path, and the usage code loads only with the views that need it.
const createdListeners = new WeakMap<ManagementApi, (grantId: string) => void>();

export function onGrantCreated(api: ManagementApi, listener: (grantId: string) => void): void {
  createdListeners.set(api, listener);
}

/** After a create (or a lost create found by reading back): the grant is new, whatever the logs say. */
export function noteGrantCreated(api: ManagementApi, grantId: string): void {
  createdListeners.get(api)?.(grantId);
}
