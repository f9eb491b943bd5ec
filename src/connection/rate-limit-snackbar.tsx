import Alert from '@mui/material/Alert';
import Snackbar from '@mui/material/Snackbar';
import type { WaitCause } from '../api/request';
import { useNow } from '../components/use-now';

const WHY: Record<WaitCause, string> = {
  'rate-limited': 'Rate limited by the tenant',
  unavailable: 'The tenant is unavailable for now',
};

/** Says out loud that a 429 (or a 503) is being waited out, counting down, instead of a spinner that seems stuck. */
export function RateLimitSnackbar({ retryAt, cause = 'rate-limited' }: { retryAt: number; cause?: WaitCause }) {
  const seconds = Math.max(1, Math.ceil((retryAt - useNow(250)) / 1000));
  return (
    <Snackbar open anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}>
      <Alert severity="info" variant="filled" role="status">
        {WHY[cause]} — retrying in {seconds} s
      </Alert>
    </Snackbar>
  );
}
