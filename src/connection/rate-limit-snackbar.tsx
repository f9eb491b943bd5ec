import Alert from '@mui/material/Alert';
import Snackbar from '@mui/material/Snackbar';
import { useNow } from '../components/use-now';

/** Says out loud that a 429 is being waited out, counting down, instead of a spinner that seems stuck. */
export function RateLimitSnackbar({ retryAt }: { retryAt: number }) {
  const seconds = Math.max(1, Math.ceil((retryAt - useNow(250)) / 1000));
  return (
    <Snackbar open anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}>
      <Alert severity="info" variant="filled" role="status">
        Rate limited by the tenant — retrying in {seconds} s
      </Alert>
    </Snackbar>
  );
}
