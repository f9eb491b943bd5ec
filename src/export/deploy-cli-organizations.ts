import type { ClientGrant } from '../api/client-grants';
import {
  compareText,
  grantOrganizations,
  type ExportConnection,
  type ExportInput,
  type OrganizationRef,
} from './export-input';

/** One entry of the Deploy CLI's `organizations:` (auth0-deploy-cli src/context/yaml/handlers/organizations.ts). */
export type DeployCliOrganization = {
  name: string;
  display_name?: string;
  connections: readonly ExportConnection[];
  client_grants: { client_id: string }[];
};

/** The connections read for the listed organizations, or undefined when the section must be left out. */
function readConnections(input: ExportInput): ReadonlyMap<string, readonly ExportConnection[]> | undefined {
  const orgs = input.organizations;
  return orgs?.status === 'read' && orgs.connections?.status === 'read' ? orgs.connections.byOrganization : undefined;
}

/**
 * The organizations associated with the grants the file writes, as the Deploy CLI writes them: `client_grants`
 * names each associated grant by its application's *name* only (the CLI's getType: `{ client_id:
 * convertClientIdToName(...) }`), so an app with two grants associated with one organization is one entry (the
 * CLI's own export writes it twice and its import then posts the same grant twice, which Auth0 refuses). Only
 * organizations with at least one such association: the CLI makes a listed organization's associations and
 * connections exactly those in the file, so listing the others would unlink them. Each entry lists its connections
 * as read (the CLI's own export); without them (not read, or unreadable) there is no entry at all, since the CLI's
 * import would unlink every connection of a listed organization. Top-level fields left out (branding, metadata)
 * are not touched by the import: it only PATCHes the keys the file gives.
 */
export function deployCliOrganizations(input: ExportInput, written: readonly ClientGrant[]): DeployCliOrganization[] {
  const connections = readConnections(input);
  if (!connections) return [];
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
      connections: connections.get(org.id) ?? [],
      client_grants: [...apps].sort(compareText).map((name) => ({ client_id: name })),
    }));
}

/** What the top of the file says about its `organizations:` section (or why it has none). */
export function organizationsComment(input: ExportInput, count: number): string {
  const lines: string[] = [];
  const orgs = input.organizations;
  if (orgs?.status === 'unavailable') lines.push(`# Organizations are not in this file: ${orgs.reason}`);
  else if (orgs?.status === 'read' && orgs.connections?.status === 'unavailable')
    lines.push(
      `# Organizations are not in this file: ${orgs.connections.reason}`,
      '# Importing this file leaves every organization\'s grant associations and connections as they are.',
    );
  else if (orgs?.status === 'read' && count > 0)
    lines.push(
      `# organizations: the ${count} organization(s) associated with the grants below; client_grants names each grant's application only, as the Deploy CLI does.`,
      "# On import the Deploy CLI makes a listed organization's grant associations AND connections exactly those listed: connections are",
      '# written as read at export time. Re-export before importing if they changed since. Do not import with AUTH0_ALLOW_DELETE=true:',
      "# it would also remove these organizations' discovery domains and app associations (not in this file) and every organization not listed.",
      "# The Deploy CLI 8.44 associates an application's first grant it reads, among the tenant's first 50 grants only: an app with no grant there fails the import.",
    );
  return lines.map((line) => `${line}\n`).join('');
}
