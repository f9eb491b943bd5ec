import type { ClientGrant } from '../api/client-grants';
import type { ManagementApi } from '../api/management-api';
import type { TenantIndexStore } from './index-store';

/** One organization–grant association (`POST`/`DELETE /organizations/{orgId}/client-grants`). */
export type AssociationLink = { orgId: string; grantId: string };

/**
 * A write this dashboard made: a grant created or changed, a grant deleted, an association made or removed
 * (read back by the Organizations region or the grant form before it is reported).
 */
export type IndexWrite =
  | { grant: ClientGrant }
  | { removedId: string }
  | { associated: AssociationLink }
  | { dissociated: AssociationLink };

// One store per connection: a new token or tenant means a new ManagementApi, and a fresh read.
const stores = new WeakMap<ManagementApi, TenantIndexStore>();

export function storeOf(api: ManagementApi): TenantIndexStore | undefined {
  return stores.get(api);
}

export function registerStore(api: ManagementApi, store: TenantIndexStore): void {
  stores.set(api, store);
}

/**
 * For writes made anywhere in the dashboard (create, edit, delete, fixes, associations): keeps an index already read
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
