import type { ManagementApi } from '../api/management-api';
import type { Organization } from '../api/organizations';
import type { PagingStop } from '../api/paging-guard';
import type { AssociationLink, IndexWrite } from './index-writes';
import { readTenantOrganizations } from './read-tenant-organizations';
import type { ReadProgress } from './read-tenant';
import {
  putOrganizationGrants,
  putOrganizations,
  setAssociation,
  setOrganizationsCoverage,
  type TenantIndex,
} from './tenant-index';

/** What the store publishes of a finished organizations phase (undefined: complete, or forbidden). */
export type OrganizationPhaseOutcome = { organizationsStop?: PagingStop; organizationsError?: unknown };

type AssociationWrite = { link: AssociationLink; associated: boolean };

/**
 * The tenant index's organizations phase: reads organizations and their associations into the index after
 * the grants, and keeps this dashboard's association writes made meanwhile. An organization's answer replaces
 * all its associations, and it may have been sent before a write made here reached the tenant: the writes are
 * replayed over it (replaying one the answer already holds changes nothing).
 */
export class OrganizationPhase {
  private writes: AssociationWrite[] = [];
  private readonly index: TenantIndex;
  private readonly api: ManagementApi;
  private readonly scopes?: readonly string[];

  constructor(index: TenantIndex, api: ManagementApi, scopes?: readonly string[]) {
    this.index = index;
    this.api = api;
    this.scopes = scopes;
  }

  /** A new read: writes made before it are in what it will read. */
  begin(): void {
    this.writes = [];
  }

  noteWrite(write: IndexWrite): void {
    if ('associated' in write) this.writes.push({ link: write.associated, associated: true });
    else if ('dissociated' in write) this.writes.push({ link: write.dissociated, associated: false });
  }

  async read(
    signal: AbortSignal,
    onProgress: (progress: ReadProgress) => void,
  ): Promise<OrganizationPhaseOutcome> {
    // Some organizations are in the index from the first page on: partial until the phase ends.
    setOrganizationsCoverage(this.index, { status: 'partial' });
    const end = await readTenantOrganizations(
      this.api.core,
      {
        onOrganizations: (organizations: Organization[]) => {
          if (!signal.aborted) putOrganizations(this.index, organizations);
        },
        onAssociations: (orgId: string, grantIds: string[]) => {
          if (signal.aborted) return;
          putOrganizationGrants(this.index, orgId, grantIds);
          for (const { link, associated } of this.writes)
            if (link.orgId === orgId) setAssociation(this.index, orgId, link.grantId, associated);
        },
        onProgress,
      },
      signal,
      this.scopes,
    );
    setOrganizationsCoverage(this.index, end.coverage);
    return { organizationsStop: end.stop, organizationsError: end.error };
  }
}
