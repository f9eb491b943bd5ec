import type { ClientGrant } from '../api/client-grants';
import type { IndexWrite } from '../tenant-index';
import type { FixOutcome } from './apply-fix';
import type { Finding, FixKind } from './rules';

/** One index write per association: `associated` are held by the tenant, `removed` are not. */
function associationWrites(grantId: string, associated: readonly string[], removed: readonly string[]): IndexWrite[] {
  return [
    ...associated.map((orgId) => ({ associated: { orgId, grantId } })),
    ...removed.map((orgId) => ({ dissociated: { orgId, grantId } })),
  ];
}

/** What the index shows while a fix is in flight: the grant (or its associations) as the fix means to leave it. */
export function expectedAfterFix(grant: ClientGrant, kind: FixKind, scopes: string[], organizations: string[] = []): IndexWrite[] {
  if (kind === 'delete-grant') return [{ removedId: grant.id }];
  if (kind === 'allow-all-scopes') return [{ grant: { ...grant, allow_all_scopes: true, scope: [] } }];
  if (kind === 'remove-organizations') return associationWrites(grant.id, [], organizations);
  if (kind === 'stop-any-organization') return [{ grant: { ...grant, allow_any_organization: false } }];
  if (kind === 'deny-organizations')
    return [{ grant: { ...grant, organization_usage: 'deny', ...(grant.allow_any_organization ? { allow_any_organization: false } : {}) } }];
  const remove = new Set(scopes);
  return [{ grant: { ...grant, scope: (grant.scope ?? []).filter((scope) => !remove.has(scope)) } }];
}

/** What the index holds once the tenant has answered: always what was read back, never what was asked. */
function settledWrites(finding: Finding, outcome: FixOutcome): IndexWrite[] {
  switch (outcome.kind) {
    case 'changed':
      return [{ grant: outcome.after }];
    case 'deleted':
    case 'already-deleted':
      return [{ removedId: finding.grant.id }];
    case 'no-longer-applies':
    case 'changed-since':
      return [{ grant: outcome.now }];
    case 'not-applied':
      return [{ grant: outcome.grant }];
    case 'organizations-removed':
      return associationWrites(finding.grant.id, [...outcome.kept, ...outcome.left], outcome.removed);
  }
}

/** The fix did not do what it set out to do: the finding comes back (re-evaluated on what the tenant holds). */
const isRolledBack = (outcome: FixOutcome) =>
  outcome.kind === 'not-applied' ||
  outcome.kind === 'no-longer-applies' ||
  outcome.kind === 'changed-since' ||
  (outcome.kind === 'organizations-removed' && outcome.kept.length + outcome.left.length > 0);

export type FixRunDeps = {
  apply(): Promise<FixOutcome>;
  write(write: IndexWrite): void;
  setPending(findingId: string, pending: boolean): void;
};

/**
 * Like the table's delete: the finding leaves the list and the index shows the fixed grant at once;
 * if the tenant refuses, both come back as they were and the error is the dialog's to show.
 */
export async function runFixOptimistically(deps: FixRunDeps, finding: Finding, kind: FixKind): Promise<FixOutcome> {
  const writeAll = (writes: IndexWrite[]) => writes.forEach((write) => deps.write(write));
  deps.setPending(finding.id, true);
  writeAll(expectedAfterFix(finding.grant, kind, finding.scopes, finding.organizations));
  // The associations as the finding saw them, for when their removal did not happen.
  const associationsBack = associationWrites(finding.grant.id, finding.organizations ?? [], []);
  try {
    const outcome = await deps.apply();
    if (kind === 'remove-organizations' && outcome.kind !== 'organizations-removed') writeAll(associationsBack);
    writeAll(settledWrites(finding, outcome));
    if (isRolledBack(outcome)) deps.setPending(finding.id, false);
    return outcome;
  } catch (error) {
    writeAll(kind === 'remove-organizations' ? associationsBack : [{ grant: finding.grant }]);
    deps.setPending(finding.id, false);
    throw error;
  }
}
