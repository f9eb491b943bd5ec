import {
  DEFAULT_ADMIN_CLIENT_ID,
  READ_ONLY_CLIENT_ID,
  seededClientSecret,
} from '../../local-tenant/defaults.ts';
import type { TenantProcess } from '../../scripts/local-tenant-process.ts';
import { appsWithoutGrantOn, callApi, getToken } from './tenant-api.ts';

/**
 * A token of another seeded application (another subject than the admin's), given exactly these
 * Management API scopes: a colleague's token, or one that may read less. Each call takes a new app.
 */
export async function colleagueToken(tenant: TenantProcess, scopes: string[]): Promise<string> {
  const { api, apps } = await appsWithoutGrantOn(tenant, 'Auth0 Management API');
  const app = apps.find(
    (a) => a.client_id !== DEFAULT_ADMIN_CLIENT_ID && a.client_id !== READ_ONLY_CLIENT_ID,
  );
  if (!app) throw new Error('the seed has no application left without Management API access');
  await callApi(tenant, 'client-grants', {
    method: 'POST',
    body: { client_id: app.client_id, audience: api.identifier, scope: scopes },
  });
  return getToken(tenant, app.client_id, seededClientSecret(app.client_id));
}
