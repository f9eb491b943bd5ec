import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';

/** `lifetime` is the API's token lifetime in words, when the API still exists. */
type Props = { open: boolean; appName: string; apiName: string; lifetime: string | undefined; onCancel(): void; onConfirm(): void };

export function DeleteGrantDialog({ open, appName, apiName, lifetime, onCancel, onConfirm }: Props) {
  return (
    <Dialog open={open} onClose={onCancel} aria-labelledby="delete-grant-title" aria-describedby="delete-grant-text">
      <DialogTitle id="delete-grant-title">Delete grant</DialogTitle>
      <DialogContent>
        <DialogContentText id="delete-grant-text">
          <strong>{appName}</strong> will no longer be able to get new tokens for <strong>{apiName}</strong>. Tokens it
          already holds keep working until they expire{lifetime ? ` (up to ${lifetime} for this API)` : ''}.
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel} autoFocus>
          Cancel
        </Button>
        <Button color="error" variant="contained" onClick={onConfirm}>
          Delete
        </Button>
      </DialogActions>
    </Dialog>
  );
}
