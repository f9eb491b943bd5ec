import Snackbar from '@mui/material/Snackbar';
import Alert from '@mui/material/Alert';
import { useConnectionState } from './connection-context';

/** Says out loud that a 429 is being waited out, instead of a spinner that seems stuck. */
export function RateLimitNotice() {
  const { rateLimitWaitSeconds } = useConnectionState();
  return (
    <Snackbar open={rateLimitWaitSeconds !== undefined} anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}>
      <Alert severity="info" variant="filled" role="status">
        Rate limited by the tenant — retrying in {rateLimitWaitSeconds ?? 0} s
      </Alert>
    </Snackbar>
  );
}
