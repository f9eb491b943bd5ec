import { ApiError, parseMissingScopes } from '../api/errors';
import type { Organization } from '../api/organizations';
import { readOrganizations, type OrganizationReadProgress } from '../api/read-organizations';
import type { RequestContext } from '../api/request';
import { compareText, type ExportOrganizations, type OrganizationRef } from './export-input';
import { readExportConnections, type ConnectionReadProgress } from './read-export-connections';

const ORGANIZATION_SCOPES = 'read:organizations and read:organization_client_grants';

const ref = (org: Organization): OrganizationRef =>
  org.display_name !== undefined ? { id: org.id, name: org.name, display_name: org.display_name } : { id: org.id, name: org.name };

/**
 * Every organization and its associated grants, for an export (background priority, paced, cancelled by `signal`).
 * A token without the organization scopes (403) gives an export without organizations that says why, not a failed
 * export; a read the loop guard stopped lists none rather than some (a file with part of the associations could be
 * taken for all of them). Other errors (network, 5xx after retries) fail the export, with Retry. With `connections`
 * (the Deploy CLI file), the connections of every associated organization are read next (see readExportConnections).
 */
export async function readExportOrganizations(
  core: RequestContext,
  signal: AbortSignal,
  onProgress: (progress: OrganizationReadProgress | ConnectionReadProgress) => void,
  options: { connections?: boolean } = {},
): Promise<ExportOrganizations> {
  const organizations = new Map<string, Organization>();
  const byGrant = new Map<string, OrganizationRef[]>();
  try {
    const end = await readOrganizations(
      core,
      {
        onOrganizations: (page) => page.forEach((org) => organizations.set(org.id, org)),
        onAssociations: (organizationId, grantIds) => {
          const org = organizations.get(organizationId);
          if (!org) return;
          const r = ref(org);
          for (const grantId of grantIds) {
            const list = byGrant.get(grantId);
            if (list) list.push(r);
            else byGrant.set(grantId, [r]);
          }
        },
        onProgress,
      },
      { signal, priority: 'background' },
    );
    if (end.stop)
      return { status: 'unavailable', reason: "the tenant's organization pages did not add up, so the read stopped; export again to include them." };
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 403) throw error;
    const missing = parseMissingScopes(error.message);
    const named = missing.length > 0 ? missing.join(' or ') : 'a scope to read them';
    return { status: 'unavailable', reason: `the token lacks ${named}; add ${ORGANIZATION_SCOPES} to include them.` };
  }
  for (const list of byGrant.values()) list.sort((a, b) => compareText(a.name, b.name) || compareText(a.id, b.id));
  if (!options.connections) return { status: 'read', byGrant };
  const associated = new Map<string, OrganizationRef>();
  for (const list of byGrant.values()) for (const org of list) associated.set(org.id, org);
  const ids = [...associated.values()].sort((a, b) => compareText(a.name, b.name)).map((org) => org.id);
  const connections = await readExportConnections(core, ids, signal, onProgress);
  return { status: 'read', byGrant, connections };
}
