import Button from '@mui/material/Button';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import Stack from '@mui/material/Stack';
import { ReconnectBanner } from '../../connection/reconnect-banner';
import { OrganizationChangesResult, type useOrganizationChanges } from '../../organizations';

type Props = {
  /** "Grant created" or "Grant saved". */
  written: string;
  changes: ReturnType<typeof useOrganizationChanges>;
  onClose(): void;
};

/**
 * The dialog once the grant is written and its organizations are being associated: the form is gone (the grant
 * exists; submitting again would write it twice), what is left is each organization's outcome and Retry.
 */
export function OrganizationsStep({ written, changes, onClose }: Props) {
  const { state } = changes;
  return (
    <>
      <DialogContent dividers>
        <Stack spacing={2}>
          {/* A 401 stops the rest: the page's banner is behind this modal, so reconnecting happens here. */}
          <ReconnectBanner />
          {state && <OrganizationChangesResult written={written} state={state} onRetry={changes.retry} />}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button variant="contained" onClick={onClose} disabled={state?.pending ?? true}>
          Close
        </Button>
      </DialogActions>
    </>
  );
}
