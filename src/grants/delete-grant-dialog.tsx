import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';

type Props = { open: boolean; appName: string; apiName: string; tokenLifetimeHours: number | undefined; onCancel(): void; onConfirm(): void };

export function DeleteGrantDialog({ open, appName, apiName, tokenLifetimeHours, onCancel, onConfirm }: Props) {
  const lifetime = tokenLifetimeHours ? ` (up to ${tokenLifetimeHours} h for this API)` : '';
  return (
    <Dialog open={open} onClose={onCancel} aria-labelledby="delete-grant-title" aria-describedby="delete-grant-text">
      <DialogTitle id="delete-grant-title">Delete grant</DialogTitle>
      <DialogContent>
        <DialogContentText id="delete-grant-text">
          <strong>{appName}</strong> will no longer be able to get new tokens for <strong>{apiName}</strong>. Tokens it
          already holds keep working until they expire{lifetime}.
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
