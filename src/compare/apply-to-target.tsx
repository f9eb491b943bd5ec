import { useState } from 'react';
import Button from '@mui/material/Button';
import Tooltip from '@mui/material/Tooltip';
import type { Connection } from '../connection/connection-context';
import { ApplyDifferencesDialog } from './apply-differences-dialog';
import type { ApplyEntry } from './apply-journal';
import { buildApplyPlan, withinScopes, type TargetTenant } from './apply-plan';
import type { DiffRow } from './diff';
import { useApplyRun } from './use-apply-run';

type Props = {
  /** The chosen rows of the Differences table. */
  rows: readonly DiffRow[];
  target: Connection;
  targetTenant: TargetTenant;
  /** Why applying is not possible yet (the target still being read), if so. */
  notYet?: string;
};

/** **Apply to target…**: the chosen differences as a plan, previewed, then run through the apply engine. */
export function ApplyToTarget({ rows, target, targetTenant, notYet }: Props) {
  const run = useApplyRun(target);
  const [open, setOpen] = useState(false);
  const [plan, setPlan] = useState<ApplyEntry[]>();
  const why = notYet ?? (rows.length === 0 ? 'Select the differences to apply first.' : undefined);
  const preview = () => {
    setPlan(withinScopes(buildApplyPlan(rows, targetTenant), target.scopes));
    setOpen(true);
  };
  return (
    <>
      <Tooltip title={why ?? ''}>
        <span>
          <Button
            variant="contained"
            onClick={preview}
            disabled={why !== undefined || run.running !== undefined}
          >
            Apply to target…
          </Button>
        </span>
      </Tooltip>
      {run.journal && !open && (
        <Button onClick={() => setOpen(true)}>{run.running ? 'Show progress' : 'Show the last run'}</Button>
      )}
      <ApplyDifferencesDialog
        open={open}
        onClose={() => {
          setOpen(false);
          setPlan(undefined);
        }}
        domain={target.domain}
        plan={plan}
        run={run}
        onApply={() => {
          if (plan) run.start(plan);
          setPlan(undefined);
        }}
      />
    </>
  );
}
