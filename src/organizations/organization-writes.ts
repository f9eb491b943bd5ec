import { ApiError, isUnauthorized } from '../api/errors';
import type { ManagementApi } from '../api/management-api';
import type { CallOptions } from '../api/request';
import {
  associateOrganizationClientGrant,
  isAssociated,
  removeOrganizationClientGrant,
  type Organization,
} from '../api/organizations';
// Directly, not through tenant-index/index.ts: only the write reporting, never the index's code (see there).
import { applyWriteToIndex } from '../tenant-index/index-writes';

/** One association to make or to undo, for one grant. */
export type OrganizationChange = { organization: Organization; action: 'associate' | 'remove' };
export type ChangeFailure = { change: OrganizationChange; error: unknown };
export type ChangesOutcome = { done: OrganizationChange[]; failed: ChangeFailure[] };

/**
 * One association. A 409 is "already associated" (perhaps by a colleague a moment ago) or "that organization
 * already has 100 grants": which one is read back from the tenant, and only the second is a failure.
 */
export async function associate(
  api: ManagementApi,
  organization: Pick<Organization, 'id'>,
  grantId: string,
  opts: CallOptions = {},
): Promise<void> {
  try {
    await associateOrganizationClientGrant(api.core, organization.id, grantId, opts);
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 409)) throw error;
    if (!(await isAssociated(api.core, organization.id, grantId, opts))) throw error;
  }
}

/**
 * One change, then the index told of it: every association write in the app goes through here (the grant's
 * Organizations region, the form, Compare's Apply and Undo, which pass their signal and background priority).
 */
export async function applyOrganizationChange(
  api: ManagementApi,
  grantId: string,
  { organization, action }: { organization: Pick<Organization, 'id'>; action: OrganizationChange['action'] },
  opts: CallOptions = {},
): Promise<void> {
  // Auth0 answers 204 to a DELETE of an association that is already gone: removed by a colleague is done too.
  if (action === 'associate') await associate(api, organization, grantId, opts);
  else await removeOrganizationClientGrant(api.core, organization.id, grantId, opts);
  // The tenant-wide index (Access view, Findings) follows without a re-read.
  const link = { orgId: organization.id, grantId };
  applyWriteToIndex(api, action === 'associate' ? { associated: link } : { dissociated: link });
}

/**
 * One after the other through the tenant's pacer, so a long list never bursts past the rate limit. Never
 * throws: each change is done or failed with its error. `onSettled` hears each one as it ends (for progress).
 */
export async function applyOrganizationChanges(
  api: ManagementApi,
  grantId: string,
  changes: readonly OrganizationChange[],
  onSettled?: (outcome: ChangesOutcome) => void,
): Promise<ChangesOutcome> {
  const outcome: ChangesOutcome = { done: [], failed: [] };
  for (const [index, change] of changes.entries()) {
    let stop = false;
    try {
      await applyOrganizationChange(api, grantId, change);
      outcome.done.push(change);
    } catch (error) {
      // An expired token fails every later request the same way: stop and report each as not made.
      stop = isUnauthorized(error);
      const failed = stop ? changes.slice(index) : [change];
      outcome.failed.push(...failed.map((rest) => ({ change: rest, error })));
    }
    onSettled?.({ done: [...outcome.done], failed: [...outcome.failed] });
    if (stop) break;
  }
  return outcome;
}
