import type { TenantProcess } from '../../scripts/local-tenant-process.ts';
import { callApi, getToken, type Grant } from './tenant-api.ts';

export type OrgGrant = Grant & { organization_usage?: 'deny' | 'allow' | 'require'; allow_any_organization?: boolean };
type Org = { id: string; name: string };
type Api = { identifier: string; is_system?: boolean };
type Client = { client_id: string; is_first_party?: boolean };

/** The titles the Findings view gives the organization rules, by severity. */
export const organizationTitles = {
  required: 'Organization required, none allowed',
  kept: 'Organizations kept on a grant that denies them',
  management: 'Organizations on a Management API grant',
  thirdParty: 'Any organization for a third-party app',
} as const;
export const mediumOrganizationTitles = [organizationTitles.required, organizationTitles.kept];
export const highOrganizationTitles = [organizationTitles.management, organizationTitles.thirdParty];

/** grant id → ids of its organizations, read the way Auth0 documents auditing: every organization, then each one's grants. */
export async function associationsByGrant(tenant: TenantProcess): Promise<Map<string, string[]>> {
  const token = await getToken(tenant);
  const orgs: Org[] = [];
  let from: string | undefined;
  do {
    const page: { organizations: Org[]; next?: string } = await callApi(tenant, `organizations?take=100${from ? `&from=${from}` : ''}`, { token });
    orgs.push(...page.organizations);
    from = page.next;
  } while (from);
  const byGrant = new Map<string, string[]>();
  for (const org of orgs) {
    for (let page = 0; ; page++) {
      const body: { total: number; client_grants: { id: string }[] } = await callApi(tenant, `organizations/${org.id}/client-grants?per_page=100&page=${page}&include_totals=true`, { token });
      for (const { id } of body.client_grants) byGrant.set(id, [...(byGrant.get(id) ?? []), org.id]);
      if ((page + 1) * 100 >= body.total) break;
    }
  }
  return byGrant;
}

/**
 * The spec's own reading of the four organization rules (docs/architecture.md, "Organization findings"), as "<title> <grant id>":
 * computed from GET /client-grants, /resource-servers, /clients and the associations above.
 */
export function expectedOrganizationFindings(grants: OrgGrant[], apis: Api[], clients: Client[], associations: Map<string, string[]>): string[] {
  const found: string[] = [];
  for (const g of grants) {
    if (g.subject_type === 'user') continue;
    const allows = g.organization_usage === 'allow' || g.organization_usage === 'require';
    const associated = associations.get(g.id)?.length ?? 0;
    const api = apis.find((a) => a.identifier === g.audience);
    const thirdParty = g.default_for === 'third_party_clients' || clients.find((c) => c.client_id === g.client_id)?.is_first_party === false;
    if (g.organization_usage === 'require' && !g.allow_any_organization && associated === 0) found.push(`${organizationTitles.required} ${g.id}`);
    if (!allows && associated > 0) found.push(`${organizationTitles.kept} ${g.id}`);
    if (allows && api?.is_system && api.identifier.endsWith('/api/v2/')) found.push(`${organizationTitles.management} ${g.id}`);
    if (allows && g.allow_any_organization && thirdParty) found.push(`${organizationTitles.thirdParty} ${g.id}`);
  }
  return found.sort();
}
