import Alert from '@mui/material/Alert';
import Snackbar from '@mui/material/Snackbar';

/** Says out loud that a 429 is being waited out, instead of a spinner that seems stuck. */
export function RateLimitSnackbar({ seconds }: { seconds: number }) {
  return (
    <Snackbar open anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}>
      <Alert severity="info" variant="filled" role="status">
        Rate limited by the tenant — retrying in {seconds} s
      </Alert>
    </Snackbar>
  );
}
