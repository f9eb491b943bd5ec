import type { ClientGrant } from '../api/client-grants';
import type { Client } from '../api/clients';
import type { Organization } from '../api/organizations';
import type { ResourceServer } from '../api/resource-servers';

/**
 * The whole tenant, indexed so every tenant-wide question is a lookup, not a scan: the Management API
 * cannot filter grants by scope, so "who holds delete:users?" is answered here, from every grant read.
 *
 * Mutable on purpose: a 100,000-grant tenant arrives in 1,000 pages, and copying maps per page would
 * cost more than reading them. Every change bumps `version`; views memoize on it.
 */
export type TenantIndex = {
  version: number;
  /**
   * Bumped only when applications or APIs change, and when a (API, scope) pair first appears in or
   * leaves `byScope`: the sorted lists built from them (app and scope pickers) are rebuilt on these, not
   * after every page of grants (sorting 10,000 apps each second cost ~0.5 s of a 100,000-grant read).
   */
  namesVersion: number;
  scopeKeysVersion: number;
  grants: Map<string, ClientGrant>;
  /** client_id → ids of its grants (default_for grants have no client_id and are not here). */
  byClient: Map<string, Set<string>>;
  /** audience → ids of the grants on that API. */
  byAudience: Map<string, Set<string>>;
  /**
   * audience → scope → ids of the grants that list that scope on that API. Nested, not one map keyed by
   * "audience + scope": building a new key string per scope of every grant made indexing 100,000 grants
   * twice as slow (~0.6 s of ~1.1 s, measured).
   */
  byScope: Map<string, Map<string, Set<string>>>;
  /** audience → ids of the grants holding every scope of that API (`allow_all_scopes`). */
  allScopes: Map<string, Set<string>>;
  /** Ids of grants that apply to third-party apps (`default_for`) rather than one app. */
  defaultFor: Set<string>;
  /**
   * Ids of grants with `allow_any_organization` (whatever their usage): every organization may reach them,
   * so "what can reach an organization" looks here rather than at every grant.
   */
  anyOrganization: Set<string>;
  clients: Map<string, Client>;
  /** identifier (audience) → API. */
  apis: Map<string, ResourceServer>;
  /** id → organization (empty until the read reaches organizations, or without the scopes to read them). */
  organizations: Map<string, Organization>;
  /** grant id → ids of the organizations explicitly associated with it (any usage, `deny` included). */
  orgsByGrant: Map<string, Set<string>>;
  /** organization id → ids of the grants associated with it. */
  grantsByOrg: Map<string, Set<string>>;
  /** Whether organizations and associations are in the index: see `OrganizationsCoverage`. */
  organizationsCoverage: OrganizationsCoverage;
};

/**
 * How much of the tenant's organizations the index holds: `unread` before the read gets there; `complete`
 * when every organization and its associations were read; `partial` when the read stopped, failed or was
 * cancelled on the way (and while that phase runs: the snapshot's status is then `reading`); `forbidden` when
 * the token lacks a scope to read them (`missingScopes` names them): the rest of the index is complete and
 * usable without them.
 */
export type OrganizationsCoverage =
  | { status: 'unread' | 'complete' | 'partial' }
  | { status: 'forbidden'; missingScopes: string[] };

export function createTenantIndex(): TenantIndex {
  return {
    version: 0,
    namesVersion: 0,
    scopeKeysVersion: 0,
    grants: new Map(),
    byClient: new Map(),
    byAudience: new Map(),
    byScope: new Map(),
    allScopes: new Map(),
    defaultFor: new Set(),
    anyOrganization: new Set(),
    clients: new Map(),
    apis: new Map(),
    organizations: new Map(),
    orgsByGrant: new Map(),
    grantsByOrg: new Map(),
    organizationsCoverage: { status: 'unread' },
  };
}

/** Adds `id` under `key`; true when the key is new. */
function addTo(map: Map<string, Set<string>>, key: string, id: string): boolean {
  const set = map.get(key);
  if (set) {
    set.add(id);
    return false;
  }
  map.set(key, new Set([id]));
  return true;
}

/** Removes `id` from under `key`; true when the key is gone with it. */
function removeFrom(map: Map<string, Set<string>>, key: string, id: string): boolean {
  const set = map.get(key);
  if (!set) return false;
  set.delete(id);
  if (set.size > 0) return false;
  map.delete(key);
  return true;
}

function link(index: TenantIndex, grant: ClientGrant): void {
  if (grant.client_id) addTo(index.byClient, grant.client_id, grant.id);
  if (grant.default_for) index.defaultFor.add(grant.id);
  if (grant.allow_any_organization) index.anyOrganization.add(grant.id);
  addTo(index.byAudience, grant.audience, grant.id);
  if (grant.allow_all_scopes) addTo(index.allScopes, grant.audience, grant.id);
  const scopes = grant.scope ?? [];
  if (scopes.length === 0) return;
  let byValue = index.byScope.get(grant.audience);
  if (!byValue) index.byScope.set(grant.audience, (byValue = new Map()));
  for (const scope of scopes) {
    if (addTo(byValue, scope, grant.id)) index.scopeKeysVersion++;
  }
}

function unlink(index: TenantIndex, grant: ClientGrant): void {
  if (grant.client_id) removeFrom(index.byClient, grant.client_id, grant.id);
  index.defaultFor.delete(grant.id);
  index.anyOrganization.delete(grant.id);
  removeFrom(index.byAudience, grant.audience, grant.id);
  removeFrom(index.allScopes, grant.audience, grant.id);
  const byValue = index.byScope.get(grant.audience);
  if (!byValue) return;
  for (const scope of grant.scope ?? []) {
    if (removeFrom(byValue, scope, grant.id)) index.scopeKeysVersion++;
  }
  if (byValue.size === 0) index.byScope.delete(grant.audience);
}

/** Adds or replaces grants (a page as it arrives, or what a write returned). */
export function putGrants(index: TenantIndex, grants: readonly ClientGrant[]): void {
  for (const grant of grants) {
    const previous = index.grants.get(grant.id);
    if (previous) unlink(index, previous);
    index.grants.set(grant.id, grant);
    link(index, grant);
  }
  index.version++;
}

export function removeGrant(index: TenantIndex, id: string): void {
  const previous = index.grants.get(id);
  if (!previous) return;
  unlink(index, previous);
  index.grants.delete(id);
  // Auth0 drops a deleted grant's associations with it.
  for (const orgId of index.orgsByGrant.get(id) ?? []) removeFrom(index.grantsByOrg, orgId, id);
  index.orgsByGrant.delete(id);
  index.version++;
}

export function putOrganizations(index: TenantIndex, organizations: readonly Organization[]): void {
  for (const organization of organizations) index.organizations.set(organization.id, organization);
  index.version++;
  index.namesVersion++;
}

/** Replaces every association of one organization with `grantIds` (its list as just read). */
export function putOrganizationGrants(index: TenantIndex, orgId: string, grantIds: readonly string[]): void {
  for (const grantId of index.grantsByOrg.get(orgId) ?? []) removeFrom(index.orgsByGrant, grantId, orgId);
  index.grantsByOrg.delete(orgId);
  for (const grantId of grantIds) {
    addTo(index.grantsByOrg, orgId, grantId);
    addTo(index.orgsByGrant, grantId, orgId);
  }
  index.version++;
}

/** One association made (`associated`) or removed, by this dashboard or read back after a write. */
export function setAssociation(
  index: TenantIndex,
  orgId: string,
  grantId: string,
  associated: boolean,
): void {
  if (associated) {
    addTo(index.grantsByOrg, orgId, grantId);
    addTo(index.orgsByGrant, grantId, orgId);
  } else {
    removeFrom(index.grantsByOrg, orgId, grantId);
    removeFrom(index.orgsByGrant, grantId, orgId);
  }
  index.version++;
}

export function setOrganizationsCoverage(index: TenantIndex, coverage: OrganizationsCoverage): void {
  index.organizationsCoverage = coverage;
  index.version++;
}

export function putClients(index: TenantIndex, clients: readonly Client[]): void {
  for (const client of clients) index.clients.set(client.client_id, client);
  index.version++;
  index.namesVersion++;
}

export function putApis(index: TenantIndex, apis: readonly ResourceServer[]): void {
  for (const api of apis) index.apis.set(api.identifier, api);
  index.version++;
  index.namesVersion++;
}

/** Empties the index in place, for a Refresh that re-reads the tenant from the start. */
export function clearTenantIndex(index: TenantIndex): void {
  index.grants.clear();
  index.byClient.clear();
  index.byAudience.clear();
  index.byScope.clear();
  index.allScopes.clear();
  index.defaultFor.clear();
  index.anyOrganization.clear();
  index.clients.clear();
  index.apis.clear();
  index.organizations.clear();
  index.orgsByGrant.clear();
  index.grantsByOrg.clear();
  index.organizationsCoverage = { status: 'unread' };
  index.version++;
  index.namesVersion++;
  index.scopeKeysVersion++;
}

export function grantsById(index: TenantIndex, ids: Iterable<string> | undefined): ClientGrant[] {
  const grants: ClientGrant[] = [];
  for (const id of ids ?? []) {
    const grant = index.grants.get(id);
    if (grant) grants.push(grant);
  }
  return grants;
}
