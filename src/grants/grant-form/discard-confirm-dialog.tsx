import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';

type Props = { open: boolean; title: string; onKeep(): void; onDiscard(): void };

export function DiscardConfirmDialog({ open, title, onKeep, onDiscard }: Props) {
  return (
    <Dialog open={open} onClose={onKeep} aria-labelledby="discard-confirm-title" maxWidth="xs">
      <DialogTitle id="discard-confirm-title">{title}</DialogTitle>
      <DialogContent>
        <DialogContentText>What you entered will be lost.</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onKeep} autoFocus>
          Keep editing
        </Button>
        <Button color="error" onClick={onDiscard}>
          Discard
        </Button>
      </DialogActions>
    </Dialog>
  );
}
