import type { ClientGrant } from '../api/client-grants';
import type { Client } from '../api/clients';
import type { ResourceServer } from '../api/resource-servers';
import { grantsById, type TenantIndex } from './tenant-index';

/** A scope an admin can ask about: defined by an API, or found in a grant though its API no longer defines it. */
export type ScopeOption = {
  audience: string;
  value: string;
  /** The API's name, or its identifier when the API is gone. */
  apiName: string;
  description?: string;
  defined: boolean;
};

/** One grant that holds a scope, with what a table row needs. */
export type Holder = {
  grant: ClientGrant;
  /** Undefined for `default_for` grants (they apply to every third-party app) and deleted apps. */
  client?: Client;
  api?: ResourceServer;
  /** Holds the scope through `allow_all_scopes`, not by listing it. */
  viaAllScopes: boolean;
};

const byName = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

export function apiName(index: TenantIndex, audience: string): string {
  return index.apis.get(audience)?.name ?? audience;
}

/** What a grant's application is called in tenant-wide views. */
export function applicationName(index: TenantIndex, grant: ClientGrant): string {
  if (!grant.client_id) return grant.default_for ? 'All third-party applications' : 'No application';
  return index.clients.get(grant.client_id)?.name ?? 'Deleted application';
}

function definedScopes(index: TenantIndex): ScopeOption[] {
  const options: ScopeOption[] = [];
  for (const api of index.apis.values()) {
    for (const scope of api.scopes ?? []) {
      options.push({
        audience: api.identifier,
        value: scope.value,
        apiName: api.name,
        description: scope.description,
        defined: true,
      });
    }
  }
  return options;
}

function isDefined(index: TenantIndex, audience: string, value: string): boolean {
  return index.apis.get(audience)?.scopes?.some((scope) => scope.value === value) ?? false;
}

/** Whether the tenant knows the scope: its API defines it, or a grant lists it. */
export function isKnownScope(index: TenantIndex, audience: string, value: string): boolean {
  return isDefined(index, audience, value) || (index.byScope.get(audience)?.has(value) ?? false);
}

/**
 * Every scope of every API, then the scopes grants hold that their API does not define (marked), sorted
 * by API name then scope. Costs one pass over the distinct (API, scope) pairs, never over the grants.
 */
export function scopeOptions(index: TenantIndex): ScopeOption[] {
  const options = definedScopes(index);
  for (const [audience, byValue] of index.byScope) {
    for (const value of byValue.keys()) {
      if (isDefined(index, audience, value)) continue;
      options.push({ audience, value, apiName: apiName(index, audience), defined: false });
    }
  }
  return options.sort((a, b) => byName.compare(a.apiName, b.apiName) || byName.compare(a.value, b.value));
}

function holder(index: TenantIndex, grant: ClientGrant, viaAllScopes: boolean): Holder {
  return {
    grant,
    client: grant.client_id ? index.clients.get(grant.client_id) : undefined,
    api: index.apis.get(grant.audience),
    viaAllScopes,
  };
}

/** Every grant holding `value` on the API `audience`, by listing it or through "all scopes", sorted by application. */
export function holdersOf(index: TenantIndex, audience: string, value: string): Holder[] {
  const listed = grantsById(index, index.byScope.get(audience)?.get(value)).map((g) =>
    holder(index, g, false),
  );
  const all = grantsById(index, index.allScopes.get(audience)).map((g) => holder(index, g, true));
  return sortByApplication(index, [...listed, ...all]);
}

export function sortByApplication(index: TenantIndex, holders: Holder[]): Holder[] {
  return holders.sort(
    (a, b) =>
      byName.compare(applicationName(index, a.grant), applicationName(index, b.grant)) ||
      byName.compare(apiName(index, a.grant.audience), apiName(index, b.grant.audience)) ||
      a.grant.subject_type.localeCompare(b.grant.subject_type),
  );
}

/** Auth0 treats an app as third-party when `is_first_party` is false; only then do `default_for` grants apply. */
export function isThirdParty(client: Client | undefined): boolean {
  return client?.is_first_party === false;
}

/** A grant in one application's access, and whether it applies because the app is third-party. */
export type AccessRow = Holder & { viaThirdParty: boolean };

/** Every API one application can call, with which scopes: its own grants, plus `default_for` ones if third-party. */
export function applicationAccess(index: TenantIndex, clientId: string): AccessRow[] {
  const client = index.clients.get(clientId);
  const own = grantsById(index, index.byClient.get(clientId)).map((g) => ({
    ...holder(index, g, false),
    viaThirdParty: false,
  }));
  const inherited = isThirdParty(client)
    ? grantsById(index, index.defaultFor).map((g) => ({ ...holder(index, g, false), viaThirdParty: true }))
    : [];
  return [...own, ...inherited].sort(
    (a, b) =>
      byName.compare(apiName(index, a.grant.audience), apiName(index, b.grant.audience)) ||
      a.grant.subject_type.localeCompare(b.grant.subject_type),
  );
}

export function sortedClients(index: TenantIndex): Client[] {
  return [...index.clients.values()].sort(
    (a, b) => byName.compare(a.name, b.name) || a.client_id.localeCompare(b.client_id),
  );
}

/** A matrix column: one API, or an audience grants still name though its API is gone (`missing`). */
export type MatrixColumn = { audience: string; name: string; missing: boolean };

/** The matrix's columns: every API by name, then audiences that grants name but no API has (deleted APIs). */
export function matrixColumns(index: TenantIndex): MatrixColumn[] {
  const columns: MatrixColumn[] = [...index.apis.values()]
    .map((api) => ({ audience: api.identifier, name: api.name, missing: false }))
    .sort((a, b) => byName.compare(a.name, b.name));
  for (const audience of index.byAudience.keys()) {
    if (!index.apis.has(audience)) columns.push({ audience, name: audience, missing: true });
  }
  return columns;
}

/** The grants of one application, by API: one matrix row, computed when the row is drawn. */
export function grantsByAudience(index: TenantIndex, clientId: string): Map<string, ClientGrant[]> {
  const cells = new Map<string, ClientGrant[]>();
  for (const grant of grantsById(index, index.byClient.get(clientId))) {
    const cell = cells.get(grant.audience);
    if (cell) cell.push(grant);
    else cells.set(grant.audience, [grant]);
  }
  for (const cell of cells.values()) cell.sort((a, b) => a.subject_type.localeCompare(b.subject_type));
  return cells;
}

export type MatrixRowFilter = { name?: string; appType?: string; withGrantsOnly?: boolean };

/** Rows of the matrix: applications matching the filter, by name. */
export function matrixRows(index: TenantIndex, clients: Client[], filter: MatrixRowFilter): Client[] {
  const needle = filter.name?.trim().toLocaleLowerCase();
  return clients.filter(
    (client) =>
      (!needle ||
        client.name.toLocaleLowerCase().includes(needle) ||
        client.client_id.toLowerCase() === needle) &&
      (!filter.appType || client.app_type === filter.appType) &&
      (!filter.withGrantsOnly || index.byClient.has(client.client_id)),
  );
}
