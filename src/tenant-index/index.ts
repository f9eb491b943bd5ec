// What other features may use of the tenant index (its insides stay private to this folder).
export type { TenantIndex } from './tenant-index';
export type { IndexSnapshot, IndexStatus } from './index-store';
export type { ReadProgress } from './read-tenant';
export * from './index-queries';
export { useTenantIndex, applyWriteToIndex, type TenantIndexState } from './use-tenant-index';
