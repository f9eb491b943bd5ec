import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import type { Organization } from '../api/organizations';
import { revealBidiControls } from '../components/bidi';
import { ErrorAlert } from '../components/error-alert';
import { organizationLabel } from './organization-label';
import { useRemoveOrganization } from './use-organization-writes';

type Props = { grantId: string; organization: Organization; onClose(): void };

/** Asks before removing one association; stays open with the tenant's answer when it fails. */
export function RemoveOrganizationDialog({ grantId, organization, onClose }: Props) {
  const remove = useRemoveOrganization(grantId);
  const label = revealBidiControls(organizationLabel(organization));
  const confirm = () => remove.mutate(organization, { onSuccess: onClose });
  return (
    <Dialog
      open
      onClose={remove.isPending ? undefined : onClose}
      aria-labelledby="remove-org-title"
      aria-describedby="remove-org-text"
    >
      <DialogTitle id="remove-org-title">Remove organization</DialogTitle>
      <DialogContent>
        <Stack sx={{ gap: 2 }}>
          <DialogContentText id="remove-org-text">
            Tokens for <strong>{label}</strong> will no longer be issued through this grant. Tokens already
            issued keep working until they expire.
          </DialogContentText>
          {remove.isError && <ErrorAlert error={remove.error} />}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={remove.isPending} autoFocus>
          Cancel
        </Button>
        <Button color="error" variant="contained" onClick={confirm} disabled={remove.isPending}>
          {remove.isPending ? 'Removing…' : 'Remove'}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
