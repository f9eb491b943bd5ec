import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { describeError } from '../../api/errors';

type Props = { what: string; error: unknown; onRetry(): void };

/** The pickers need the tenant's apps and APIs; if they fail to load, say so instead of showing empty lists. */
export function LoadErrorAlert({ what, error, onRetry }: Props) {
  if (!error) return null;
  const { title, detail, action } = describeError(error);
  return (
    <Alert
      severity="error"
      action={
        <Button color="inherit" size="small" onClick={onRetry}>
          Retry
        </Button>
      }
    >
      Could not load the {what}. {title}: {detail} {action}
    </Alert>
  );
}
