import { useRef } from 'react';
import { useQuery } from '@tanstack/react-query';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import type { ClientGrant } from '../../api/client-grants';
import { useConnection } from '../../connection/connection-context';
import { ReconnectBanner } from '../../connection/reconnect-banner';
import { clientQueries, resourceServerQueries } from '../grant-queries';
import { EditGrantForm } from './edit-grant-form';
import { LoadErrorAlert } from './load-error-alert';
import { useFreshGrant } from './use-fresh-grant';
import type { OrganizationsNote } from './use-form-organizations';
import { useBackGuard } from '../use-back-guard';

type Props = {
  /** The grant as the page knows it (a list row may be minutes old): only its id is trusted. */
  grant: ClientGrant | undefined;
  open: boolean;
  onClose(): void;
  onSaved(grant: ClientGrant, note: string, organizations?: OrganizationsNote): void;
};

/** Edit opens on the grant read afresh from the tenant, so the form never starts from a stale copy. */
export function EditGrantDialog({ grant, open, onClose, onSaved }: Props) {
  const { api } = useConnection();
  const fresh = useFreshGrant(open ? grant?.id : undefined);
  const clients = useQuery({ ...clientQueries.all(api), enabled: open });
  const servers = useQuery({ ...resourceServerQueries.all(api), enabled: open });
  const closeRequestRef = useRef(onClose);
  // Back while the dialog is open acts like Cancel (through the form, which knows about unsaved edits).
  useBackGuard(open, () => closeRequestRef.current());
  return (
    <Dialog
      open={open}
      onClose={() => closeRequestRef.current()}
      aria-labelledby="edit-grant-title"
      fullWidth
      maxWidth="md"
    >
      {fresh.base ? (
        <EditGrantForm
          grant={fresh.base}
          onClose={onClose}
          onSaved={onSaved}
          closeRequestRef={closeRequestRef}
          clients={clients}
          servers={servers}
        />
      ) : (
        <>
          <DialogTitle id="edit-grant-title">Edit grant</DialogTitle>
          <DialogContent dividers>
            {/* The page's own banner sits behind this modal: a 401 on the read is answered here. */}
            <ReconnectBanner />
            {fresh.error ? (
              <LoadErrorAlert what="grant" error={fresh.error} onRetry={fresh.retry} />
            ) : (
              <LinearProgress aria-label="Reading the grant from the tenant" />
            )}
          </DialogContent>
          <DialogActions>
            <Button onClick={onClose}>Cancel</Button>
          </DialogActions>
        </>
      )}
    </Dialog>
  );
}
