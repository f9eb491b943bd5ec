import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ClientGrant } from '../api/client-grants';
import { useConnection } from '../connection/connection-context';
import { ownClientId } from '../connection/dashboard-needs';
import { useTenantIndex, type TenantIndexState } from '../tenant-index';
import { useUsageIndex, type UsageIndexState } from '../usage';
import { findingsForIndex } from './findings-for-index';
import { useEvaluatedVersion } from './use-evaluated-version';
import { findingsForGrant, type Finding, type RuleContext } from './rules';


export type FindingsState = {
  index: TenantIndexState;
  usage: UsageIndexState;
  findings: Finding[] | undefined;
  ownClientId?: string;
  /** The finding evaluated again on a grant as the tenant holds it now (undefined: it no longer holds). */
  recheck(finding: Finding, grant: ClientGrant, organizationIds?: readonly string[]): Finding | undefined;
};

/**
 * Findings over the tenant index, re-evaluated (off the critical path) whenever the index changes (during
 * a read at most every few seconds, or not until it ends with `evaluateWhileReading: false`); with
 * read:logs the tenant's logs are read too, and once read to the end they add "unused" findings.
 */
export function useFindings({ start = true, evaluateWhileReading = true } = {}): FindingsState {
  const { subject } = useConnection();
  const index = useTenantIndex({ start });
  const usageState = useUsageIndex({ start });
  const own = ownClientId(subject);
  const { status, readAt, usage: usageIndex } = usageState;
  // A new context object only when a complete read finished: findings are cached by it.
  const usage = useMemo(() => (status === 'ready' && readAt !== undefined ? { index: usageIndex, readAt } : undefined), [status, readAt, usageIndex]);
  const [result, setResult] = useState<{ version: number; findings: Finding[] }>();
  const { index: tenantIndex } = index;
  // The tab's counts wait for the whole tenant; the Findings view shows partial findings as the read goes.
  const version = useEvaluatedVersion(index.version, index.status === 'reading', evaluateWhileReading ? undefined : Number.POSITIVE_INFINITY);
  useEffect(() => {
    let live = true;
    findingsForIndex(tenantIndex, version, own, usage).then(
      (findings) => live && setResult({ version, findings }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [tenantIndex, version, own, usage]);
  // The same rules and context the list was evaluated with: apps, APIs and usage as read, the grant fresh.
  const recheck = useCallback(
    (finding: Finding, grant: ClientGrant, organizationIds?: readonly string[]) => {
      const associations = organizationIds && { grantId: grant.id, organizationIds };
      const ctx: RuleContext = { index: tenantIndex, ownClientId: own, usage, associations };
      return findingsForGrant(ctx, grant).find((found) => found.id === finding.id);
    },
    [tenantIndex, own, usage],
  );
  return { index, usage: usageState, findings: result?.findings, ownClientId: own, recheck };
}
