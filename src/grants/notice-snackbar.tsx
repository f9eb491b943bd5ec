import Alert from '@mui/material/Alert';
import Snackbar from '@mui/material/Snackbar';

export type Notice = { severity: 'success' | 'error' | 'info'; message: string };

/**
 * Outcome messages (created, saved, deleted, or why not). Errors stay until dismissed; successes fade.
 * Sits below dialogs (MUI puts snackbars above them): a notice about the last action must never cover
 * the buttons of the dialog the admin opened next, and on a phone a snackbar spans the screen's bottom.
 */
export function NoticeSnackbar({ notice, onClose }: { notice: Notice | undefined; onClose(): void }) {
  return (
    <Snackbar
      open={Boolean(notice)}
      autoHideDuration={notice?.severity === 'error' ? null : 8000}
      onClose={(_, reason) => reason !== 'clickaway' && onClose()}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'left' }}
      sx={{ zIndex: (theme) => theme.zIndex.modal - 1 }}
    >
      <Alert severity={notice?.severity ?? 'info'} variant="filled" onClose={onClose} sx={{ maxWidth: 560 }}>
        {notice?.message}
      </Alert>
    </Snackbar>
  );
}
