import { useMemo, useState } from 'react';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import type { ClientGrant } from '../api/client-grants';
import { IndexStatus } from '../access';
import { useConnection } from '../connection/connection-context';
import { hasScope } from '../connection/token';
import { grantQueries } from '../grants/grant-queries';
import { organizationsKey } from '../organizations/organizations-key';
import { applyWriteToIndex, type IndexWrite } from '../tenant-index';
import { UsageStatus } from '../usage';
import { applyFix, type FixOutcome } from './apply-fix';
import { runFixOptimistically } from './optimistic-fix';
import { DismissDialog } from './dismiss-dialog';
import { DismissedTable } from './dismissed-table';
import { findingGrantLabel } from './finding-labels';
import { FindingsSummary } from './findings-summary';
import { FindingsTable } from './findings-table';
import { FixDialog } from './fix-dialog';
import { OrganizationsCoverageNote } from './organizations-coverage-note';
import type { Finding, FixKind } from './rules';
import { useDismissals } from './use-dismissals';
import { useFindings } from './use-findings';
import { UnusedBulk } from './unused-bulk';

const scopeFor: Record<FixKind, string> = {
  'remove-scopes': 'update:client_grants',
  'allow-all-scopes': 'update:client_grants',
  'delete-grant': 'delete:client_grants',
  'remove-organizations': 'delete:organization_client_grants',
  'deny-organizations': 'update:client_grants',
  'stop-any-organization': 'update:client_grants',
};

/** Risky, broken and useless grants, each explained, with a safe fix one click away. */
export function FindingsPage() {
  const { api, domain, scopes, subject } = useConnection();
  const queryClient = useQueryClient();
  const { index: state, usage, findings, recheck } = useFindings();
  const { dismissals, dismiss, restore } = useDismissals(domain, subject);
  const [fixing, setFixing] = useState<{ finding: Finding; kind: FixKind }>();
  const [dismissing, setDismissing] = useState<Finding>();
  const [showDismissed, setShowDismissed] = useState(false);
  // Findings whose fix is in flight or done: gone from the list at once, back if the tenant refuses.
  const [pending, setPending] = useState<ReadonlySet<string>>(new Set());
  const [open, dismissed] = useMemo(() => {
    const all = (findings ?? []).filter((f) => !pending.has(f.id));
    return [all.filter((f) => !dismissals[f.id]), all.filter((f) => dismissals[f.id])];
  }, [findings, dismissals, pending]);

  const markPending = (id: string, on: boolean) =>
    setPending((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const run = async (finding: Finding, kind: FixKind, seen: ClientGrant): Promise<FixOutcome> => {
    const request = {
      kind,
      rule: finding.rule,
      seen,
      scopes: finding.scopes,
      organizations: finding.organizations,
      recheck: (grant: ClientGrant, organizationIds?: readonly string[]) => recheck(finding, grant, organizationIds),
    };
    const deps = {
      apply: () => applyFix(api, finding.grant.id, request),
      write: (write: IndexWrite) => applyWriteToIndex(api, write),
      setPending: markPending,
    };
    try {
      return await runFixOptimistically(deps, finding, kind);
    } finally {
      void queryClient.invalidateQueries({ queryKey: grantQueries.all(api) });
      // An association fix changes what the grant's Organizations region lists.
      void queryClient.invalidateQueries({ queryKey: organizationsKey(api) });
    }
  };
  const closeFix = () => {
    // By now the index holds what the tenant answered; the finding is shown again only if it still applies.
    if (fixing) markPending(fixing.finding.id, false);
    setFixing(undefined);
  };
  return (
    <Stack spacing={2}>
      <Typography variant="h5" component="h2">
        Findings
      </Typography>
      <IndexStatus state={state} />
      <UsageStatus state={usage} />
      <OrganizationsCoverageNote coverage={state.index.organizationsCoverage} />
      <FindingsSummary findings={open} evaluating={findings === undefined} />
      <UnusedBulk index={state} usage={usage} />
      <FindingsTable
        findings={open}
        index={state.index}
        canWrite={(kind) => hasScope(scopes, scopeFor[kind])}
        onFix={(finding, kind) => setFixing({ finding, kind })}
        onDismiss={setDismissing}
      />
      <div>
        <Button onClick={() => setShowDismissed((shown) => !shown)} aria-expanded={showDismissed}>
          Dismissed ({dismissed.length})
        </Button>
      </div>
      {showDismissed && <DismissedTable findings={dismissed} dismissals={dismissals} index={state.index} onRestore={restore} />}
      {fixing && (
        <FixDialog
          finding={fixing.finding}
          kind={fixing.kind}
          label={findingGrantLabel(state.index, fixing.finding)}
          run={(seen) => run(fixing.finding, fixing.kind, seen)}
          onClose={closeFix}
        />
      )}
      {dismissing && (
        <DismissDialog
          title={dismissing.title}
          label={findingGrantLabel(state.index, dismissing)}
          onCancel={() => setDismissing(undefined)}
          onDismiss={(reason) => {
            dismiss(dismissing.id, reason);
            setDismissing(undefined);
          }}
        />
      )}
    </Stack>
  );
}
