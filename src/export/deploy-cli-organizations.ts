import type { ClientGrant } from '../api/client-grants';
import { compareText, grantOrganizations, type ExportInput, type OrganizationRef } from './export-input';

/** One entry of the Deploy CLI's `organizations:` (auth0-deploy-cli src/context/yaml/handlers/organizations.ts). */
export type DeployCliOrganization = { name: string; display_name?: string; client_grants: { client_id: string }[] };

/**
 * The organizations associated with the grants the file writes, as the Deploy CLI writes them: `client_grants`
 * names each associated grant by its application's *name* only (the CLI's getType: `{ client_id:
 * convertClientIdToName(...) }`), so an app with two grants associated with one organization is one entry (the
 * CLI's own export writes it twice and its import then posts the same grant twice, which Auth0 refuses). Only
 * organizations with at least one such association: the CLI makes a listed organization's associations and
 * connections exactly those in the file, so listing the others would unlink them.
 */
export function deployCliOrganizations(input: ExportInput, written: readonly ClientGrant[]): DeployCliOrganization[] {
  const byOrg = new Map<string, { org: OrganizationRef; apps: Set<string> }>();
  for (const grant of written) {
    if (!grant.client_id) continue;
    const app = input.clients.get(grant.client_id)?.name ?? grant.client_id;
    for (const org of grantOrganizations(input, grant) ?? []) {
      const entry = byOrg.get(org.id) ?? { org, apps: new Set<string>() };
      entry.apps.add(app);
      byOrg.set(org.id, entry);
    }
  }
  return [...byOrg.values()]
    .sort((a, b) => compareText(a.org.name, b.org.name) || compareText(a.org.id, b.org.id))
    .map(({ org, apps }) => ({
      name: org.name,
      ...(org.display_name !== undefined ? { display_name: org.display_name } : {}),
      client_grants: [...apps].sort(compareText).map((name) => ({ client_id: name })),
    }));
}

/** What the top of the file says about its `organizations:` section (or why it has none). */
export function organizationsComment(input: ExportInput, count: number): string {
  const lines: string[] = [];
  const orgs = input.organizations;
  if (orgs?.status === 'unavailable') lines.push(`# Organizations are not in this file: ${orgs.reason}`);
  else if (orgs?.status === 'read' && count > 0)
    lines.push(
      `# organizations: the ${count} organization(s) associated with the grants below; client_grants names each grant's application only, as the Deploy CLI does.`,
      "# On import the Deploy CLI makes a listed organization's grant associations AND connections exactly those listed. This file lists no",
      '# connections: importing it as is unlinks every connection of these organizations. Merge client_grants into your own tenant.yaml to keep them.',
      "# The Deploy CLI 8.44 associates an application's first grant it reads, among the tenant's first 50 grants only: an app with no grant there fails the import.",
    );
  return lines.map((line) => `${line}\n`).join('');
}
