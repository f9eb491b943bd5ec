// What other features may use of the tenant index (its insides stay private to this folder).
// The grants table imports `index-writes` directly: it only reports its writes, and must not pull the
// index's code into its own chunk.
export type { TenantIndex } from './tenant-index';
export type { IndexSnapshot, IndexStatus } from './index-store';
export type { ReadProgress } from './read-tenant';
export * from './index-queries';
export { useTenantIndex, type TenantIndexState } from './use-tenant-index';
export { applyWriteToIndex, type IndexWrite } from './index-writes';
export { usePublishedSnapshot, type PublishedStore } from './use-published-snapshot';
export { ReadControl, type ReadOutcome } from './read-control';
export * from './organization-queries';
export type { OrganizationsCoverage } from './tenant-index';
export { useTenantIndexOf } from './use-tenant-index-of';
