import type { ClientGrant } from '../api/client-grants';
import type { Client } from '../api/clients';
import type { ResourceServer } from '../api/resource-servers';
import { apiName, applicationName, reachableFromOrganization, type Reach, type TenantIndex } from '../tenant-index';

/** One grant whose tokens can carry the organization, with the names a row shows. */
export type ReachableRow = { grant: ClientGrant; how: Reach; client?: Client; api?: ResourceServer };

const byName = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/**
 * What can reach one organization: every grant associated with it, and every `allow_any_organization`
 * grant, each once (a grant both associated and "any" is listed as associated), never a `deny` grant;
 * sorted by application, then API, then subject type.
 */
export function reachableRows(index: TenantIndex, organizationId: string): ReachableRow[] {
  const rows = reachableFromOrganization(index, organizationId).map(({ grant, how }) => ({
    grant,
    how,
    client: grant.client_id ? index.clients.get(grant.client_id) : undefined,
    api: index.apis.get(grant.audience),
  }));
  // Names computed once per row, not once per comparison.
  const keyed = rows.map((row) => ({ row, app: applicationName(index, row.grant), api: apiName(index, row.grant.audience) }));
  keyed.sort(
    (a, b) =>
      byName.compare(a.app, b.app) ||
      byName.compare(a.api, b.api) ||
      a.row.grant.subject_type.localeCompare(b.row.grant.subject_type) ||
      a.row.grant.id.localeCompare(b.row.grant.id),
  );
  return keyed.map(({ row }) => row);
}

export function howText(how: Reach): string {
  return how === 'associated' ? 'Associated' : 'Any organization';
}
