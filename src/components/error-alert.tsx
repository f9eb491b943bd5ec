import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import { describeError } from '../api/errors';

type Props = { error: unknown; onRetry?: () => void; retrying?: boolean };

/** What happened and what to do, for any api error; with Retry when retrying can help. */
export function ErrorAlert({ error, onRetry, retrying }: Props) {
  const { title, detail, action } = describeError(error);
  return (
    <Alert
      severity="error"
      action={
        onRetry && (
          <Button color="inherit" size="small" onClick={onRetry} disabled={retrying}>
            Retry
          </Button>
        )
      }
    >
      <AlertTitle>{title}</AlertTitle>
      {detail} {action}
    </Alert>
  );
}
