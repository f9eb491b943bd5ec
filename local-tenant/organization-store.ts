import type { Organization, OrganizationGrant, StoredOrganization } from './types.ts';

const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** First index in an id-sorted list whose id is >= `id`. */
export function lowerBoundById(list: readonly { id: string }[], id: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const item = list[mid];
    if (item !== undefined && item.id < id) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The wire shape: everything but the internal `created_at`. */
export function publicOrganization(org: StoredOrganization): Organization {
  const { created_at: _createdAt, ...rest } = org;
  return rest;
}

/**
 * Organizations and their client-grant associations. Associations are kept by grant id; a grant that
 * no longer exists is skipped on every read and dropped from every snapshot, so deleting a grant
 * removes its associations without the grant routes knowing about organizations, and undoing that
 * delete (a failed write to disk) brings them back.
 */
export class OrganizationStore {
  private readonly list: StoredOrganization[];
  private readonly byIdMap = new Map<string, StoredOrganization>();
  private readonly byName = new Map<string, StoredOrganization>();
  private readonly grantsOfOrg = new Map<string, Set<string>>();
  private readonly orgsOfGrant = new Map<string, Set<string>>();
  private readonly grantExists: (grantId: string) => boolean;

  constructor(
    organizations: readonly StoredOrganization[],
    associations: readonly OrganizationGrant[],
    grantExists: (grantId: string) => boolean,
  ) {
    this.grantExists = grantExists;
    this.list = [...organizations].sort(byId);
    for (const org of this.list) {
      this.byIdMap.set(org.id, org);
      this.byName.set(org.name, org);
    }
    for (const { organization_id, grant_id } of associations) {
      if (this.byIdMap.has(organization_id)) this.associate(organization_id, grant_id);
    }
  }

  get count(): number {
    return this.list.length;
  }

  /** Id-sorted list of every organization. */
  all(): readonly StoredOrganization[] {
    return this.list;
  }

  get(id: string): StoredOrganization | undefined {
    return this.byIdMap.get(id);
  }

  getByName(name: string): StoredOrganization | undefined {
    return this.byName.get(name);
  }

  /** Id or name, as the token endpoint's `organization` parameter takes either. */
  resolve(idOrName: string): StoredOrganization | undefined {
    return this.byIdMap.get(idOrName) ?? this.byName.get(idOrName);
  }

  isAssociated(organizationId: string, grantId: string): boolean {
    return this.grantExists(grantId) && (this.grantsOfOrg.get(organizationId)?.has(grantId) ?? false);
  }

  /** Ids of the live grants associated with an organization, sorted. */
  grantIdsOf(organizationId: string): string[] {
    return [...(this.grantsOfOrg.get(organizationId) ?? [])].filter(this.grantExists).sort();
  }

  /** Organizations a live grant is associated with, id-sorted. */
  organizationsOf(grantId: string): StoredOrganization[] {
    if (!this.grantExists(grantId)) return [];
    const ids = [...(this.orgsOfGrant.get(grantId) ?? [])].sort();
    return ids
      .map((id) => this.byIdMap.get(id))
      .filter((org): org is StoredOrganization => org !== undefined);
  }

  associate(organizationId: string, grantId: string): void {
    const grants = this.grantsOfOrg.get(organizationId) ?? new Set<string>();
    grants.add(grantId);
    this.grantsOfOrg.set(organizationId, grants);
    const orgs = this.orgsOfGrant.get(grantId) ?? new Set<string>();
    orgs.add(organizationId);
    this.orgsOfGrant.set(grantId, orgs);
  }

  dissociate(organizationId: string, grantId: string): void {
    this.grantsOfOrg.get(organizationId)?.delete(grantId);
    this.orgsOfGrant.get(grantId)?.delete(organizationId);
  }

  /** Associations of live grants, ordered by organization then grant (deterministic files). */
  associations(): OrganizationGrant[] {
    const out: OrganizationGrant[] = [];
    for (const org of this.list) {
      for (const grantId of this.grantIdsOf(org.id)) out.push({ organization_id: org.id, grant_id: grantId });
    }
    return out;
  }
}
