import { z } from '../schema';

const localTenantConfig = z.object({ domain: z.string(), clientId: z.string(), clientSecret: z.string() });
export type LocalTenantConfig = z.infer<typeof localTenantConfig>;

/**
 * `npm start` serves /local-tenant.json next to the dashboard with the local tenant's demo admin app.
 * Anywhere else (a static host, or one that answers every path with index.html) there is none.
 */
export async function fetchLocalTenantConfig(signal?: AbortSignal): Promise<LocalTenantConfig | null> {
  try {
    const response = await fetch('/local-tenant.json', { signal, headers: { Accept: 'application/json' } });
    if (!response.ok) return null;
    const parsed = localTenantConfig.safeParse(await response.json());
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
