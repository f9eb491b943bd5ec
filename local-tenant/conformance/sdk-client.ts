import { ManagementClient } from 'auth0';
import { DEFAULT_ADMIN_CLIENT_ID, DEFAULT_ADMIN_CLIENT_SECRET } from '../defaults.ts';
import type { TestTenant } from '../test-helpers.ts';

/** The official SDK pointed at a local tenant: its https://DOMAIN calls go to the tenant's http origin. */
export function managementClient(tenant: TestTenant): ManagementClient {
  const rewrite: typeof fetch = (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    return fetch(url.replace(`https://${tenant.domain}`, tenant.url), init);
  };
  return new ManagementClient({
    domain: tenant.domain,
    clientId: DEFAULT_ADMIN_CLIENT_ID,
    clientSecret: DEFAULT_ADMIN_CLIENT_SECRET,
    fetch: rewrite,
  });
}
