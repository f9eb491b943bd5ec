import { OrganizationStore } from './organization-store.ts';
import type { Client, Connection, Grant, OrganizationConnection, ResourceServer, TenantData } from './types.ts';

export type GrantFilter = {
  audience?: string;
  client_id?: string;
  allow_any_organization?: true;
  subject_type?: 'client' | 'user';
  default_for?: 'third_party_clients';
};

const byId = (a: Grant, b: Grant): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** First index in a list sorted by id whose id is >= `id`. */
export function lowerBound(list: readonly Grant[], id: string): number {
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

function insertSorted(list: Grant[], grant: Grant): void {
  list.splice(lowerBound(list, grant.id), 0, grant);
}

function removeSorted(list: Grant[], grant: Grant): void {
  const at = lowerBound(list, grant.id);
  if (list[at] === grant) list.splice(at, 1);
}

/** Uniqueness on Auth0 is (client_id, audience, subject_type); default_for grants key on default_for. */
export function uniquenessKey(
  grant: Pick<Grant, 'client_id' | 'default_for' | 'audience' | 'subject_type'>,
): string {
  return `${grant.client_id ?? `default:${grant.default_for ?? ''}`}\u0000${grant.audience}\u0000${grant.subject_type}`;
}

/**
 * The tenant's state. Grants are kept sorted by id (Auth0 lists in id order) with per-client and
 * per-audience indexes, so filtered lists at 100k grants touch only the matching grants.
 */
export class Store {
  readonly clients = new Map<string, Client>();
  readonly resourceServers: ResourceServer[] = [];
  private readonly serversByIdentifier = new Map<string, ResourceServer>();
  private readonly grants: Grant[] = [];
  private readonly grantsById = new Map<string, Grant>();
  private readonly grantsByClient = new Map<string, Grant[]>();
  private readonly grantsByAudience = new Map<string, Grant[]>();
  private readonly unique = new Map<string, Grant>();
  readonly organizations: OrganizationStore;
  /** Connections and the organizations they are enabled on: seeded, never written through the API. */
  readonly connections: readonly Connection[];
  private readonly organizationConnections: readonly OrganizationConnection[];

  constructor(data: TenantData) {
    for (const client of data.clients) this.clients.set(client.client_id, client);
    for (const server of data.resourceServers) {
      this.resourceServers.push(server);
      this.serversByIdentifier.set(server.identifier, server);
    }
    const sorted = [...data.grants].sort(byId);
    for (const grant of sorted) {
      this.grants.push(grant);
      this.index(grant, (list, g) => list.push(g));
    }
    this.organizations = new OrganizationStore(data.organizations ?? [], data.organizationGrants ?? [], (id) =>
      this.grantsById.has(id),
    );
    this.connections = [...(data.connections ?? [])];
    this.organizationConnections = [...(data.organizationConnections ?? [])];
  }

  /** An organization's connections, in connection id order, each with its connection's name and strategy. */
  connectionsOf(organizationId: string): { link: OrganizationConnection; connection: Connection }[] {
    return this.organizationConnections
      .filter((link) => link.organization_id === organizationId)
      .flatMap((link) => {
        const connection = this.connections.find((c) => c.id === link.connection_id);
        return connection ? [{ link, connection }] : [];
      })
      .sort((a, b) => (a.connection.id < b.connection.id ? -1 : 1));
  }

  private index(grant: Grant, add: (list: Grant[], g: Grant) => void): void {
    this.grantsById.set(grant.id, grant);
    this.unique.set(uniquenessKey(grant), grant);
    if (grant.client_id !== undefined) {
      const list = this.grantsByClient.get(grant.client_id) ?? [];
      add(list, grant);
      this.grantsByClient.set(grant.client_id, list);
    }
    const list = this.grantsByAudience.get(grant.audience) ?? [];
    add(list, grant);
    this.grantsByAudience.set(grant.audience, list);
  }

  get grantCount(): number {
    return this.grants.length;
  }

  resourceServer(identifier: string): ResourceServer | undefined {
    return this.serversByIdentifier.get(identifier);
  }

  grant(id: string): Grant | undefined {
    return this.grantsById.get(id);
  }

  findDuplicate(
    grant: Pick<Grant, 'client_id' | 'default_for' | 'audience' | 'subject_type'>,
  ): Grant | undefined {
    return this.unique.get(uniquenessKey(grant));
  }

  /** Grant of a client on an API as used by the token endpoint (client credentials → subject_type client). */
  clientGrantFor(clientId: string, audience: string): Grant | undefined {
    return this.unique.get(uniquenessKey({ client_id: clientId, audience, subject_type: 'client' }));
  }

  /** Smallest id-sorted list that contains every match, and whether it needs no further filtering. */
  candidates(filter: GrantFilter): { list: readonly Grant[]; exact: boolean } {
    const extra =
      filter.allow_any_organization !== undefined ||
      filter.subject_type !== undefined ||
      filter.default_for !== undefined;
    if (filter.client_id !== undefined) {
      const list = this.grantsByClient.get(filter.client_id) ?? [];
      return { list, exact: !extra && filter.audience === undefined };
    }
    if (filter.audience !== undefined) {
      return { list: this.grantsByAudience.get(filter.audience) ?? [], exact: !extra };
    }
    return { list: this.grants, exact: !extra };
  }

  insertGrant(grant: Grant): void {
    insertSorted(this.grants, grant);
    this.index(grant, insertSorted);
  }

  deleteGrant(grant: Grant): void {
    removeSorted(this.grants, grant);
    this.grantsById.delete(grant.id);
    this.unique.delete(uniquenessKey(grant));
    if (grant.client_id !== undefined) {
      const list = this.grantsByClient.get(grant.client_id);
      if (list) removeSorted(list, grant);
    }
    const list = this.grantsByAudience.get(grant.audience);
    if (list) removeSorted(list, grant);
  }

  snapshot(): TenantData {
    return {
      clients: [...this.clients.values()],
      resourceServers: [...this.resourceServers],
      grants: [...this.grants],
      organizations: [...this.organizations.all()],
      organizationGrants: this.organizations.associations(),
      connections: [...this.connections],
      organizationConnections: [...this.organizationConnections],
    };
  }
}

export function matchesFilter(grant: Grant, filter: GrantFilter): boolean {
  return (
    (filter.client_id === undefined || grant.client_id === filter.client_id) &&
    (filter.audience === undefined || grant.audience === filter.audience) &&
    (filter.subject_type === undefined || grant.subject_type === filter.subject_type) &&
    (filter.default_for === undefined || grant.default_for === filter.default_for) &&
    (filter.allow_any_organization === undefined || grant.allow_any_organization === true)
  );
}
