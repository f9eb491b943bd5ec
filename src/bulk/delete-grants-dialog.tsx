import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import DialogContentText from '@mui/material/DialogContentText';
import TextField from '@mui/material/TextField';
import type { ClientGrant } from '../api/client-grants';
import { useConnection } from '../connection/connection-context';
import { ownClientId } from '../connection/dashboard-needs';
import { usePermission } from '../connection/use-permission';
import { BusyDialog } from '../components/busy-dialog';
import { BatchProgress } from './batch-progress';
import { CappedList } from './capped-list';
import { OwnAccessWarning } from './own-access-warning';
import { deleteRisk } from './own-access-risk';
import type { DeleteEntry, DeleteStatus } from './run-deletes';
import { useBulkDelete } from './use-bulk-delete';
import { revealBidiControls } from '../components/bidi';

const statusText: Record<DeleteStatus, string> = {
  pending: 'Not deleted',
  deleted: 'Deleted',
  'already-deleted': 'Already deleted',
  skipped: 'Skipped',
  failed: 'Failed',
};
const entryText = (entry: DeleteEntry) =>
  `${statusText[entry.status]}${entry.reason ? `: ${entry.reason}` : ''}`;

type Props = { grants: ClientGrant[]; labelOf(grant: ClientGrant): string; onClose(ran: boolean): void };

/** Deletes the selected grants after the admin types their number; paced, with progress and a result per grant. */
export function DeleteGrantsDialog({ grants, labelOf, onClose }: Props) {
  const canDelete = usePermission('delete');
  const { subject } = useConnection();
  const [typed, setTyped] = useState('');
  // Deleting the dashboard's own grant: Delete asks a second time, as the Findings fix does.
  const [askingOwn, setAskingOwn] = useState(false);
  const { entries, running, run, cancel } = useBulkDelete();
  const deletable = grants.filter((grant) => !grant.is_system);
  const system = grants.length - deletable.length;
  const count = String(deletable.length);
  const risk = deleteRisk(deletable, ownClientId(subject));
  const start = () =>
    void run(deletable.map((grant) => ({ id: grant.id, label: labelOf(grant), status: 'pending' as const })));
  const confirm = () => (risk && !askingOwn ? setAskingOwn(true) : start());
  const close = () => onClose(entries !== undefined);
  const done = entries?.filter((entry) => entry.status !== 'pending').length ?? 0;
  const actions = (
    <>
      {!entries ? (
        <>
          <Button onClick={close} autoFocus>
            Cancel
          </Button>
          <Button
            color="error"
            variant="contained"
            onClick={confirm}
            disabled={!canDelete.allowed || deletable.length === 0 || typed.trim() !== count}
          >
            {askingOwn ? 'Yes, delete my own access' : 'Delete'}
          </Button>
        </>
      ) : (
        <Button variant="contained" onClick={close} disabled={running}>
          Close
        </Button>
      )}
    </>
  );
  return (
    <BusyDialog title="Delete grants" busy={running} onClose={close} actions={actions}>
      {!entries && (
        <>
          <DialogContentText>
            Delete {count} {deletable.length === 1 ? 'grant' : 'grants'}? Their applications can no longer get
            tokens for these APIs; tokens already issued keep working until they expire. This cannot be
            undone.
            {system > 0 &&
              ` ${system} system ${system === 1 ? 'grant is' : 'grants are'} skipped: Auth0 manages them.`}
          </DialogContentText>
          {!canDelete.allowed && <Alert severity="warning">{canDelete.reason}</Alert>}
          {askingOwn && risk && <OwnAccessWarning risk={risk} label={labelOf(risk.grant)} />}
          <TextField
            label={`Type ${count} to confirm`}
            value={typed}
            onChange={(event) => {
              setAskingOwn(false);
              setTyped(event.target.value);
            }}
            autoComplete="off"
            sx={{ mt: 2 }}
            fullWidth
          />
        </>
      )}
      {running && (
        <BatchProgress label="Deleting grants" done={done} total={entries?.length ?? 0} onCancel={cancel} />
      )}
      {entries && !running && (
        <CappedList
          label="Results"
          items={entries}
          keyOf={(entry) => entry.id}
          render={(entry) => (
            <>
              <bdi>{revealBidiControls(entry.label)}</bdi>: {revealBidiControls(entryText(entry))}
            </>
          )}
        />
      )}
    </BusyDialog>
  );
}
