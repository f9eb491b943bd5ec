import { test } from '@playwright/test';
import { DEFAULT_ADMIN_CLIENT_ID, DEFAULT_ADMIN_CLIENT_SECRET } from '../../local-tenant/defaults.ts';
import { startDashboardServer, type DashboardServer } from '../../scripts/serve-dashboard.ts';
import { startTenantProcess, type TenantProcess, type TenantProcessOptions } from '../../scripts/local-tenant-process.ts';

export type Environment = { tenant: TenantProcess; dashboard: DashboardServer };

/**
 * Gives the calling test file its own local tenant (own process, own data) and its own dashboard server,
 * started before its first test and stopped after its last. Call at the top level of a spec file.
 */
export function useEnvironment(options: TenantProcessOptions = {}): () => Environment {
  let environment: Environment | undefined;
  test.beforeAll(async () => {
    const tenant = await startTenantProcess(options);
    const dashboard = await startDashboardServer({
      root: 'dist',
      localTenant: { domain: tenant.domain, clientId: DEFAULT_ADMIN_CLIENT_ID, clientSecret: DEFAULT_ADMIN_CLIENT_SECRET },
    });
    environment = { tenant, dashboard };
  });
  test.afterAll(async () => {
    await Promise.all([environment?.dashboard.close(), environment?.tenant.stop()]);
  });
  return () => {
    if (!environment) throw new Error('useEnvironment: the environment is not started yet');
    return environment;
  };
}
