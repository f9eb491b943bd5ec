import { test } from '@playwright/test';
import { DEFAULT_ADMIN_CLIENT_ID, DEFAULT_ADMIN_CLIENT_SECRET } from '../../local-tenant/defaults.ts';
import { startDashboardServer, type DashboardServer } from '../../scripts/serve-dashboard.ts';
import { startTenantProcess, type TenantProcess, type TenantProcessOptions } from '../../scripts/local-tenant-process.ts';
import { startTenantProxy, type TenantProxy } from './tenant-proxy.ts';

/** `proxy`: present when the dashboard reaches the tenant through the fault-injecting proxy. */
export type Environment = { tenant: TenantProcess; dashboard: DashboardServer; proxy?: TenantProxy };

/**
 * Gives the calling test file its own local tenant (own process, own data) and its own dashboard server,
 * started before its first test and stopped after its last. Call at the top level of a spec file.
 * With `throughProxy`, "Connect to local tenant" goes through e2e/support/tenant-proxy.ts.
 */
export function useEnvironment(options: TenantProcessOptions = {}, { throughProxy = false } = {}): () => Environment {
  let environment: Environment | undefined;
  test.beforeAll(async () => {
    const tenant = await startTenantProcess(options);
    const proxy = throughProxy ? await startTenantProxy(tenant.url) : undefined;
    const dashboard = await startDashboardServer({
      root: 'dist',
      localTenant: { domain: proxy?.domain ?? tenant.domain, clientId: DEFAULT_ADMIN_CLIENT_ID, clientSecret: DEFAULT_ADMIN_CLIENT_SECRET },
    });
    environment = { tenant, dashboard, proxy };
  });
  test.afterAll(async () => {
    await Promise.all([environment?.dashboard.close(), environment?.proxy?.close(), environment?.tenant.stop()]);
  });
  return () => {
    if (!environment) throw new Error('useEnvironment: the environment is not started yet');
    return environment;
  };
}
