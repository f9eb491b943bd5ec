import { ApiError, parseMissingScopes } from '../api/errors';
import { readOrganizationConnections, type OrganizationConnection } from '../api/organization-connections';
import type { RequestContext } from '../api/request';
import type { ExportConnection, ExportConnections } from './export-input';

export type ConnectionReadProgress = { phase: 'connections'; loaded: number; total: number };

/** The Deploy CLI's export (its YAML dump): `{ name: connection.name, ...flags }`, without connection_id/connection. */
function asDeployCli(entry: OrganizationConnection): ExportConnection {
  const { connection_id: _id, connection, ...flags } = entry;
  return { name: connection.name, ...flags };
}

const byName = (a: ExportConnection, b: ExportConnection) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * The connections of each organization in `organizationIds`, one organization after another (background priority,
 * paced, cancelled by `signal`). Any failure (403 for a missing `read:organization_connections`, 404, 5xx, network)
 * gives `unavailable` with why: the Deploy CLI file then leaves its `organizations:` section out rather than list
 * organizations without their connections (its import would unlink them all).
 */
export async function readExportConnections(
  core: RequestContext,
  organizationIds: readonly string[],
  signal: AbortSignal,
  onProgress: (progress: ConnectionReadProgress) => void,
): Promise<ExportConnections> {
  const byOrganization = new Map<string, ExportConnection[]>();
  try {
    for (const [index, id] of organizationIds.entries()) {
      onProgress({ phase: 'connections', loaded: index, total: organizationIds.length });
      const entries = await readOrganizationConnections(core, id, { signal, priority: 'background' });
      byOrganization.set(id, entries.map(asDeployCli).sort(byName));
    }
  } catch (error) {
    if (signal.aborted) throw error;
    return { status: 'unavailable', reason: whyUnreadable(error) };
  }
  return { status: 'read', byOrganization };
}

function whyUnreadable(error: unknown): string {
  const rest = "so the file leaves them out (importing organizations without their connections would unlink every one).";
  if (error instanceof ApiError && error.status === 403) {
    const missing = parseMissingScopes(error.message);
    const named = missing.length > 0 ? missing.join(' or ') : 'read:organization_connections';
    return `the token lacks ${named} to read the organizations' connections, ${rest} Add it and export again to include them.`;
  }
  const what = error instanceof ApiError ? `Auth0 answered ${error.status}` : 'the request failed';
  return `their connections could not be read (${what}), ${rest} Export again to include them.`;
}
