import type { ClientGrant } from '../api/client-grants';
import type { ManagementApi } from '../api/management-api';
import type { TenantIndexStore } from './index-store';

export type IndexWrite = { grant: ClientGrant } | { removedId: string };

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
