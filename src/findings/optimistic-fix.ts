import type { ClientGrant } from '../api/client-grants';
import type { IndexWrite } from '../tenant-index';
import type { FixOutcome } from './apply-fix';
import type { Finding, FixKind } from './rules';

/** What the index shows while a fix is in flight: the grant as the fix means to leave it. */
export function expectedAfterFix(grant: ClientGrant, kind: FixKind, scopes: string[]): IndexWrite {
  if (kind === 'delete-grant') return { removedId: grant.id };
  if (kind === 'allow-all-scopes') return { grant: { ...grant, allow_all_scopes: true, scope: [] } };
  const remove = new Set(scopes);
  return { grant: { ...grant, scope: (grant.scope ?? []).filter((scope) => !remove.has(scope)) } };
}

/** What the index holds once the tenant has answered: always what was read back, never what was asked. */
function settledWrite(finding: Finding, outcome: FixOutcome): IndexWrite {
  switch (outcome.kind) {
    case 'changed':
      return { grant: outcome.after };
    case 'deleted':
    case 'already-deleted':
      return { removedId: finding.grant.id };
    case 'no-longer-applies':
    case 'changed-since':
      return { grant: outcome.now };
    case 'not-applied':
      return { grant: outcome.grant };
  }
}

/** The fix did not do what it set out to do: the finding comes back (re-evaluated on what the tenant holds). */
const isRolledBack = (outcome: FixOutcome) =>
  outcome.kind === 'not-applied' || outcome.kind === 'no-longer-applies' || outcome.kind === 'changed-since';

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
  deps.setPending(finding.id, true);
  deps.write(expectedAfterFix(finding.grant, kind, finding.scopes));
  try {
    const outcome = await deps.apply();
    deps.write(settledWrite(finding, outcome));
    if (isRolledBack(outcome)) deps.setPending(finding.id, false);
    return outcome;
  } catch (error) {
    deps.write({ grant: finding.grant });
    deps.setPending(finding.id, false);
    throw error;
  }
}
