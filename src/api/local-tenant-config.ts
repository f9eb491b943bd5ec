import { z } from '../schema';

const localTenantConfig = z.object({ domain: z.string(), clientId: z.string(), clientSecret: z.string() });
export type LocalTenantConfig = z.infer<typeof localTenantConfig>;

/**
 * `npm start` (and the e2e server) put the local tenant's demo admin app into the page as
 * `<meta name="local-tenant" content="{json}">` (scripts/serve-dashboard.ts). A static host serves the page
 * as built, without it: no button, and no request that could fail (the settings were once fetched from
 * /local-tenant.json, a 404 on every load anywhere else).
 */
export function readLocalTenantConfig(doc: Document = document): LocalTenantConfig | null {
  const content = doc.querySelector<HTMLMetaElement>('meta[name="local-tenant"]')?.content;
  if (!content) return null;
  try {
    const parsed = localTenantConfig.safeParse(JSON.parse(content));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
