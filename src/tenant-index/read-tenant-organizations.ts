import { ApiError, parseMissingScopes } from '../api/errors';
import { listOrganizations, type Organization } from '../api/organizations';
import type { PagingStop } from '../api/paging-guard';
import { readOrganizations, type OrganizationReadProgress } from '../api/read-organizations';
import type { RequestContext } from '../api/request';
import type { OrganizationsCoverage } from './tenant-index';

/** The two scopes the index needs for organizations, in the order the read asks for them. */
export const ORGANIZATION_READ_SCOPES = ['read:organizations', 'read:organization_client_grants'] as const;

export type OrganizationPhaseSinks = {
  onOrganizations(organizations: Organization[]): void;
  onAssociations(organizationId: string, grantIds: string[]): void;
  onProgress(progress: OrganizationReadProgress): void;
};

/** How the organizations phase ended when it was not aborted: the coverage it earned, and why it stopped early. */
export type OrganizationPhaseEnd = { coverage: OrganizationsCoverage; stop?: PagingStop; error?: unknown };

/**
 * The scopes a 403 says are missing. Auth0 words it "Insufficient scope, expected any of: read:organizations";
 * when the message names none, the request that was refused tells which scope it needed. The token's own
 * scopes (when known) add the other one if it lacks both: the first refusal would name only the first.
 */
function missingScopes(
  error: ApiError,
  refused: string,
  tokenScopes: readonly string[] | undefined,
): string[] {
  const named = parseMissingScopes(error.message).filter((scope) =>
    (ORGANIZATION_READ_SCOPES as readonly string[]).includes(scope),
  );
  const missing = new Set(named.length > 0 ? named : [refused]);
  if (tokenScopes !== undefined)
    for (const scope of ORGANIZATION_READ_SCOPES) if (!tokenScopes.includes(scope)) missing.add(scope);
  return ORGANIZATION_READ_SCOPES.filter((scope) => missing.has(scope));
}

/**
 * After the grants: every organization, then each one's associated grants, through the same pacer in the
 * background lane. One count request first (`include_totals`, a single item) so progress reads "40 of 1,000":
 * checkpoint pages carry no total. Never fails the tenant read: a 403 (a missing organization scope) ends
 * as `forbidden` naming the scopes; the loop guard or another error as `partial` with its reason; the grants
 * stay complete either way. Aborting (Cancel, Refresh, Disconnect) throws, like the grants read.
 */
export async function readTenantOrganizations(
  core: RequestContext,
  sinks: OrganizationPhaseSinks,
  signal: AbortSignal,
  tokenScopes?: readonly string[],
): Promise<OrganizationPhaseEnd> {
  const background = { signal, priority: 'background' } as const;
  let refused: string = ORGANIZATION_READ_SCOPES[0];
  try {
    const total = (await listOrganizations(core, { page: 0, per_page: 1 }, background)).total;
    const end = await readOrganizations(
      core,
      {
        onOrganizations: sinks.onOrganizations,
        onAssociations: sinks.onAssociations,
        onProgress: (progress) => {
          if (progress.phase === 'associations') refused = ORGANIZATION_READ_SCOPES[1];
          // Organizations created meanwhile make the count a floor, like the grants'.
          sinks.onProgress(
            progress.phase === 'organizations'
              ? { ...progress, total: Math.max(total, progress.loaded) }
              : progress,
          );
        },
      },
      background,
    );
    return end.stop
      ? { coverage: { status: 'partial' }, stop: end.stop }
      : { coverage: { status: 'complete' } };
  } catch (error) {
    if (signal.aborted) throw error;
    if (error instanceof ApiError && error.status === 403)
      return { coverage: { status: 'forbidden', missingScopes: missingScopes(error, refused, tokenScopes) } };
    return { coverage: { status: 'partial' }, error };
  }
}
