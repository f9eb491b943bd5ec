import type { TenantIndex } from '../tenant-index';
import type { ComparableGrant } from './comparable-grant';
import { fromTenant } from './from-tenant';

/**
 * The connected tenant's grants from the tenant index. Organizations are compared only when the index holds every
 * association (a token without the organization scopes reads none, and "none" must not read as "no organizations").
 */
export function tenantGrants(index: TenantIndex): ComparableGrant[] {
  const names = new Map([...index.clients.values()].map((client) => [client.client_id, client.name]));
  const complete = index.organizationsCoverage.status === 'complete';
  const organizationsOf = (grantId: string) =>
    [...(index.orgsByGrant.get(grantId) ?? [])].map((id) => index.organizations.get(id)?.name ?? id);
  return fromTenant([...index.grants.values()], names, complete ? organizationsOf : undefined);
}
