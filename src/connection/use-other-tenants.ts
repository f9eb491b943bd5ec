import { useSyncExternalStore } from 'react';
import { useConnection } from './connection-context';
import { otherTenantsFor, type OtherTenant, type OtherTenantsStore } from './other-tenants';

export type OtherTenantsState = { tenants: readonly OtherTenant[]; store: OtherTenantsStore };

/** The tenants connected beside the main one (by domain), for Compare's sides. */
export function useOtherTenants(): OtherTenantsState {
  const store = otherTenantsFor(useConnection());
  const tenants = useSyncExternalStore(store.subscribe, store.tenants);
  return { tenants, store };
}
