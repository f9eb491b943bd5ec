import { useState } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useConnection } from '../connection/connection-context';
import { clearJournal, countBy, loadJournal, undoable, unfinished, type Journal } from './bulk-journal';
import { ChangeScopesDialog, type GrantLabels } from './change-scopes-dialog';
import type { BatchRun } from './use-batch';

function whatWasDone(journal: Journal): string {
  const c = countBy(journal);
  const changed = c.changed + c.undoing + c.undone + c['undo-refused'] + c['undo-failed'];
  const left = unfinished(journal).length;
  const undo = c.undone > 0 || c.undoing > 0 ? `; its undo had restored ${c.undone}` : '';
  return `${changed} of ${journal.entries.length} changed before the page was reloaded${undo}${left ? `; ${left} not done yet` : ''}.`;
}

/**
 * A batch this tab started and a reload interrupted (its journal is in sessionStorage): says what was done,
 * and offers Finish, Undo or Discard. Finish and Undo re-read every grant first, as the batch does.
 */
export function ResumeBatchAlert(labels: GrantLabels) {
  const { domain, subject } = useConnection();
  const [journal, setJournal] = useState(() => {
    const found = loadJournal(sessionStorage, { domain, subject });
    return found && (unfinished(found).length > 0 || undoable(found).length > 0) ? found : undefined;
  });
  const [action, setAction] = useState<BatchRun>();
  if (!journal) return null;
  const discard = () => {
    clearJournal(sessionStorage, { domain, subject });
    setJournal(undefined);
  };
  return (
    <>
      <Alert
        severity="warning"
        action={
          <Stack direction="row" spacing={1}>
            {unfinished(journal).length > 0 && (
              <Button color="inherit" size="small" onClick={() => setAction('apply')}>
                Finish
              </Button>
            )}
            {undoable(journal).length > 0 && (
              <Button color="inherit" size="small" onClick={() => setAction('undo')}>
                Undo
              </Button>
            )}
            <Button color="inherit" size="small" onClick={discard}>
              Discard
            </Button>
          </Stack>
        }
      >
        <AlertTitle>A bulk scope change was interrupted</AlertTitle>
        {whatWasDone(journal)}
      </Alert>
      {action && (
        <ChangeScopesDialog
          grants={[]}
          resume={{ journal, action }}
          {...labels}
          onClose={() => setJournal(undefined)}
        />
      )}
    </>
  );
}
