import type { ClientGrant } from '../api/client-grants';
import type { ManagementApi } from '../api/management-api';
import { isAssociated, listGrantOrganizations, removeOrganizationClientGrant } from '../api/organizations';
import type { Reservation } from '../api/request';
import { isNotFound, isUnknownOutcome } from './fix-errors';

/** What removing a grant's associations did, each one read back. */
export type OrganizationsRemoved = {
  kind: 'organizations-removed';
  before: ClientGrant;
  /** Organization ids no longer associated with the grant. */
  removed: string[];
  /** Organization ids the tenant still associates with it after the DELETE (read back). */
  kept: string[];
  /** Associated since the finding, so not confirmed by the admin: left as they are. */
  left: string[];
};

/**
 * The ids of the organizations associated with a grant now, every page (paced like any request); undefined
 * when the grant no longer exists.
 */
export async function readAssociations(api: ManagementApi, grantId: string): Promise<string[] | undefined> {
  const ids: string[] = [];
  let from: string | undefined;
  try {
    do {
      const page = await listGrantOrganizations(api.core, grantId, { take: 100, from });
      ids.push(...page.organizations.map((org) => org.id));
      from = page.next;
    } while (from);
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
  return ids;
}

/**
 * Removes the grant's associations one at a time (the first on the slot reserved with the grant's re-read),
 * then reads each back: a DELETE whose answer was lost, or refused, shows as kept or removed as the tenant
 * says, never as what was asked. An error other than a lost answer stops the rest and is thrown.
 */
export async function removeAssociations(api: ManagementApi, grant: ClientGrant, organizationIds: readonly string[], pair: Reservation, left: string[] = []): Promise<OrganizationsRemoved> {
  const removed: string[] = [];
  const kept: string[] = [];
  for (const orgId of organizationIds) {
    try {
      await removeOrganizationClientGrant(api.core, orgId, grant.id, { reservation: pair });
    } catch (error) {
      // A lost answer is settled by the read-back; a 404 (organization deleted meanwhile, taking its
      // associations with it) too.
      if (!isNotFound(error) && !isUnknownOutcome(error)) throw error;
    }
    const still = await stillAssociated(api, orgId, grant.id);
    (still ? kept : removed).push(orgId);
  }
  return { kind: 'organizations-removed', before: grant, removed, kept, left };
}

async function stillAssociated(api: ManagementApi, orgId: string, grantId: string): Promise<boolean> {
  try {
    return await isAssociated(api.core, orgId, grantId);
  } catch (error) {
    if (isNotFound(error)) return false;
    throw error;
  }
}
