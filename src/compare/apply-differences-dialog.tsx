import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import { isUndoable, isUnfinished, type ApplyEntry } from './apply-journal';
import { ApplyResults } from './apply-results';
import { ApplySummary } from './apply-summary';
import type { ApplyRun } from './use-apply-run';

type Props = {
  open: boolean;
  onClose(): void;
  domain: string;
  /** The preview to confirm; undefined once applied (the dialog then shows the run). */
  plan?: ApplyEntry[];
  run: ApplyRun;
  onApply(): void;
};

function previewText(plan: readonly ApplyEntry[], domain: string): string {
  const count = (action: ApplyEntry['action']) =>
    plan.filter((e) => e.action === action && e.status === 'pending').length;
  const skipped = plan.filter((e) => e.status === 'skipped').length;
  return `In ${domain}: ${count('create')} to create, ${count('update')} to change, ${count('delete')} to delete${skipped ? `; ${skipped} skipped (reasons below)` : ''}. Each grant is read again just before its write, and left alone if it changed since this preview.`;
}

/** The preview of the chosen differences, then the run's progress and results per grant, with Undo. */
export function ApplyDifferencesDialog({ open, onClose, domain, plan, run, onApply }: Props) {
  const { journal, running } = run;
  const pending = plan?.filter((entry) => entry.status === 'pending').length ?? 0;
  const entries = plan ?? journal?.entries ?? [];
  const unfinished = !plan && journal ? journal.entries.filter(isUnfinished).length : 0;
  const undoable = !plan && journal ? journal.entries.filter(isUndoable).length : 0;
  return (
    <Dialog
      open={open}
      onClose={running ? undefined : onClose}
      aria-labelledby="apply-differences-title"
      fullWidth
      maxWidth="md"
    >
      <DialogTitle id="apply-differences-title">Apply differences</DialogTitle>
      <DialogContent>
        {plan && <DialogContentText>{previewText(plan, domain)}</DialogContentText>}
        {!plan && journal && <ApplySummary journal={journal} />}
        {running && (
          <LinearProgress aria-label={running === 'apply' ? 'Applying' : 'Undoing'} sx={{ my: 1 }} />
        )}
        {!plan && unfinished > 0 && !running && (
          <Alert severity="info">{`${unfinished} not done yet (interrupted): Finish re-reads each and goes on.`}</Alert>
        )}
        <ApplyResults entries={entries} label={plan ? 'Preview' : 'Results'} />
      </DialogContent>
      <DialogActions>
        {running && <Button onClick={run.cancel}>Cancel</Button>}
        {!running && plan && (
          <Button variant="contained" onClick={onApply} disabled={pending === 0}>
            Apply
          </Button>
        )}
        {!running && unfinished > 0 && <Button onClick={run.finish}>Finish</Button>}
        {!running && undoable > 0 && <Button onClick={run.undo}>{`Undo changes to ${domain}`}</Button>}
        {!running && <Button onClick={onClose}>Close</Button>}
      </DialogActions>
    </Dialog>
  );
}
