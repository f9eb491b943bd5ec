import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import type { WaitState } from './use-still-waiting';

type Props = { state: WaitState; onStop(): void };

/** A create that hangs: say so, and offer to stop waiting without pretending the outcome is known. */
export function StillWaitingAlert({ state, onStop }: Props) {
  if (state === 'slow') {
    return (
      <Alert
        severity="info"
        role="status"
        action={
          <Button color="inherit" size="small" onClick={onStop}>
            Stop waiting
          </Button>
        }
      >
        Still waiting for the tenant… The grant may already be created. You can stop waiting safely: the
        dashboard will then check whether the tenant created it.
      </Alert>
    );
  }
  if (state === 'stopped') {
    return (
      <Alert severity="info" role="status">
        Stopped waiting. Checking whether the tenant created the grant…
      </Alert>
    );
  }
  return null;
}
