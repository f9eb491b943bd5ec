import { useState } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { revealBidiControls } from '../components/bidi';

type Props = { label: string; title: string; onDismiss(reason: string): void; onCancel(): void };

/** Accepting a finding is a decision: it asks why, and the reason is shown under Dismissed. */
export function DismissDialog({ label, title, onDismiss, onCancel }: Props) {
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const missing = reason.trim() === '';
  const submit = () => {
    setTouched(true);
    if (!missing) onDismiss(reason.trim());
  };
  return (
    <Dialog open onClose={onCancel} aria-labelledby="dismiss-title" fullWidth maxWidth="sm">
      <DialogTitle id="dismiss-title">Dismiss finding</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>
          “{title}” for <bdi>{revealBidiControls(label)}</bdi>. It moves to Dismissed in this browser, for this tenant, and can be restored there.
        </DialogContentText>
        <TextField
          label="Reason"
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          onKeyDown={(event) => event.key === 'Enter' && submit()}
          error={touched && missing}
          helperText={touched && missing ? 'Say why, so the next admin knows.' : 'For example: needed for the nightly export'}
          required
          fullWidth
          autoFocus
          slotProps={{ htmlInput: { maxLength: 300 } }}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>Cancel</Button>
        <Button variant="contained" onClick={submit}>
          Dismiss
        </Button>
      </DialogActions>
    </Dialog>
  );
}
