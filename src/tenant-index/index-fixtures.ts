import type { ClientGrant } from '../api/client-grants';
import type { Client } from '../api/clients';
import type { ResourceServer } from '../api/resource-servers';
import { createTenantIndex, putApis, putClients, putGrants, type TenantIndex } from './tenant-index';

/** Test data builders: small, explicit objects with overridable fields, so a test states only what it is about. */

export function fixtureClient(clientId: string, overrides: Partial<Client> = {}): Client {
  return { client_id: clientId, name: clientId, app_type: 'non_interactive', ...overrides };
}

export function fixtureApi(identifier: string, overrides: Partial<ResourceServer> = {}): ResourceServer {
  return { id: `rs_${identifier}`, identifier, name: identifier, scopes: [], ...overrides };
}

export function fixtureGrant(
  id: string,
  clientId: string,
  audience: string,
  overrides: Partial<ClientGrant> = {},
): ClientGrant {
  return { id, client_id: clientId, audience, scope: [], subject_type: 'client', ...overrides };
}

export type IndexContents = { clients?: Client[]; apis?: ResourceServer[]; grants?: ClientGrant[] };

export function buildIndex({ clients = [], apis = [], grants = [] }: IndexContents): TenantIndex {
  const index = createTenantIndex();
  putClients(index, clients);
  putApis(index, apis);
  putGrants(index, grants);
  return index;
}

/**
 * A large tenant: `apps` applications ("App 00001" …) and `apis` APIs ("API 001" …); application i holds a
 * grant with (i % 5) + 1 scopes on APIs i % apis and (i + 7) % apis. Deterministic, so counts can be asserted.
 */
export function scaleIndex(apps: number, apis: number): TenantIndex {
  const audience = (j: number) => `https://api-${j}.example`;
  const apiList = Array.from({ length: apis }, (_, j) =>
    fixtureApi(audience(j), { name: `API ${String(j).padStart(3, '0')}` }),
  );
  const clients = Array.from({ length: apps }, (_, i) =>
    fixtureClient(`client_${i}`, { name: `App ${String(i).padStart(5, '0')}` }),
  );
  const grants: ClientGrant[] = [];
  for (let i = 0; i < apps; i++) {
    const scope = Array.from({ length: (i % 5) + 1 }, (_, s) => `scope:${s}`);
    for (const j of new Set([i % apis, (i + 7) % apis])) {
      grants.push(fixtureGrant(`cgr_${i}_${j}`, `client_${i}`, audience(j), { scope }));
    }
  }
  return buildIndex({ clients, apis: apiList, grants });
}
