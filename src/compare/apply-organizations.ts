// Organization associations in Apply and Undo, after the grant's own write. Through the app's one association
// writer (organizations/organization-writes.ts: a 409 read back, the tenant index told), paced at background
// priority and stopped by the run's Cancel like every other write of the run. Each change is idempotent (an
// association made twice reads back as made; a removal of one already gone answers 204), so a run a reload
// interrupted simply makes them again.
import { describeError, isUnauthorized } from '../api/errors';
import { applyOrganizationChange } from '../organizations/organization-writes';
import type { ApplyEntry, OrgRef } from './apply-journal';
import { batchCall, type ApplyContext } from './apply-io';

type Change = { organization: OrgRef; action: 'associate' | 'remove' };
export type OrganizationsOutcome = Pick<ApplyEntry, 'organizationsDone'> & { problems: string[] };

const verb = { associate: 'associated with', remove: 'removed from' } as const;

/**
 * Makes the changes one after the other on `grantId`. A 401 or Cancel stops the run (thrown, as any write of the
 * run); another error fails only that organization, named in `problems`.
 */
export async function changeOrganizations(
  context: ApplyContext,
  grantId: string,
  changes: readonly Change[],
): Promise<OrganizationsOutcome> {
  const done = { associated: [] as OrgRef[], removed: [] as OrgRef[] };
  const problems: string[] = [];
  for (const change of changes) {
    try {
      await applyOrganizationChange(context.api, grantId, change, batchCall(context.signal));
      (change.action === 'associate' ? done.associated : done.removed).push(change.organization);
    } catch (error) {
      if (context.signal.aborted || isUnauthorized(error)) throw error;
      const { title } = describeError(error);
      problems.push(`Not ${verb[change.action]} ${change.organization.name}: ${title}.`);
    }
  }
  return { organizationsDone: done, problems };
}

/** The entry's planned changes, associations first. */
export const plannedChanges = (entry: ApplyEntry): Change[] => [
  ...(entry.organizations?.associate ?? []).map((organization) => ({ organization, action: 'associate' as const })),
  ...(entry.organizations?.remove ?? []).map((organization) => ({ organization, action: 'remove' as const })),
];

/** What Undo makes of what the run did: the associations it made removed, the ones it removed made again. */
export const reversedChanges = (entry: ApplyEntry): Change[] => [
  ...(entry.organizationsDone?.associated ?? []).map((organization) => ({ organization, action: 'remove' as const })),
  ...(entry.organizationsDone?.removed ?? []).map((organization) => ({ organization, action: 'associate' as const })),
];

/** An outcome's reason with the organizations that failed added. */
const withProblems = (reason: string | undefined, problems: readonly string[]) =>
  [reason, ...problems].filter(Boolean).join(' ') || undefined;

/**
 * After the grant's own step: once it ended `when` (applied, undone) on a grant, `changes` are made on that grant.
 * Undefined when there is nothing to do; otherwise what went through and the outcome's reason with what did not.
 */
export async function organizationsAfter(
  context: ApplyContext,
  entry: ApplyEntry,
  outcome: Partial<ApplyEntry>,
  when: ApplyEntry['status'],
  changes: readonly Change[],
): Promise<(Pick<ApplyEntry, 'organizationsDone'> & { reason?: string }) | undefined> {
  const grantId = outcome.grantId ?? entry.grantId;
  if (outcome.status !== when || !grantId || changes.length === 0) return undefined;
  const { organizationsDone, problems } = await changeOrganizations(context, grantId, changes);
  const reason = withProblems(outcome.reason, problems);
  return { organizationsDone, ...(reason ? { reason } : {}) };
}
