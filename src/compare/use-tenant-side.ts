import { useMemo } from 'react';
import { useConnection, type Connection } from '../connection/connection-context';
import { useOtherTenants } from '../connection/use-other-tenants';
import { useTenantIndex, useTenantIndexOf, type ReadProgress, type TenantIndex } from '../tenant-index';
import type { ComparableGrant } from './comparable-grant';
import type { TargetTenant } from './apply-plan';
import type { SideChoice } from './compare-side';
import { tenantGrants } from './tenant-grants';

export type TenantSide = {
  /** The connection this side reads (main or a second tenant); undefined for a file, or a tenant since disconnected. */
  connection?: Connection;
  grants?: ComparableGrant[];
  /** True while the tenant is still being read: the differences are not final. */
  partial: boolean;
  /** While its grants are being read (they are not compared until then): how far the read has come. */
  reading?: ReadProgress;
  /** Its applications and APIs, for a plan that applies differences to it. */
  tenant?: TargetTenant;
};

export const otherChoice = (domain: string): SideChoice => `other:${domain}`;

function tenantOf(index: TenantIndex): TargetTenant {
  const tenant: TargetTenant = { clients: [...index.clients.values()], apis: index.apis };
  // Organizations are found by name only when every one was read: "not read" must not read as "no such one".
  if (index.organizationsCoverage.status === 'complete') tenant.organizations = [...index.organizations.values()];
  return tenant;
}

/**
 * A side that shows a tenant: the main one (`tenant`) through its index, or one connected beside it
 * (`other:<domain>`) through that connection's own index, read with its own api.
 */
export function useTenantSide(choice: SideChoice): TenantSide {
  const main = useConnection();
  const mainIndex = useTenantIndex();
  const { tenants } = useOtherTenants();
  const other = tenants.find((tenant) => otherChoice(tenant.domain) === choice);
  const otherIndex = useTenantIndexOf(other);
  const state = choice === 'tenant' ? mainIndex : other ? otherIndex : undefined;
  const index = state?.index;
  const version = state?.version;
  // A side whose grants are still being read is not compared yet: each publish (once a second) re-diffed up to
  // 10,000 × 10,000 grants and redrew the table, which starved the reads themselves (bench: two scale:10000
  // tenants took 15–38× the time to read them). A read that ended short (cancelled, stopped, failed) is compared.
  const reading = state !== undefined && state.partial && (state.status === 'reading' || state.status === 'idle');
  const grants = useMemo(
    () => (index && version !== undefined && !reading ? tenantGrants(index) : undefined),
    [index, version, reading],
  );
  const tenant = useMemo(
    () => (index && version !== undefined ? tenantOf(index) : undefined),
    [index, version],
  );
  const connection = choice === 'tenant' ? main : other;
  return {
    ...(connection ? { connection } : {}),
    ...(grants ? { grants } : {}),
    ...(tenant ? { tenant } : {}),
    partial: state?.partial ?? false,
    ...(reading ? { reading: state.progress } : {}),
  };
}
