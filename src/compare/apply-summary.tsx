import Alert from '@mui/material/Alert';
import { countStatuses, type ApplyJournal } from './apply-journal';
import { summarizeApply } from './apply-results';

/** Where the run stands, in one line; a warning when any grant needs the admin's attention. */
export function ApplySummary({ journal }: { journal: ApplyJournal }) {
  const c = countStatuses(journal);
  const problems =
    (c.failed ?? 0) + (c['changed-by-other'] ?? 0) + (c['undo-failed'] ?? 0) + (c['undo-refused'] ?? 0);
  return (
    <Alert severity={problems ? 'warning' : 'success'} role="status" sx={{ my: 1 }}>
      {summarizeApply(journal)}.
    </Alert>
  );
}
