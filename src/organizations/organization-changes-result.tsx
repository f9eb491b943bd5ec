import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { describeError } from '../api/errors';
import { revealBidiControls } from '../components/bidi';
import { organizationProgress } from './organization-changes';
import { organizationLabel } from './organization-label';
import type { ChangeFailure, OrganizationChange } from './organization-writes';
import type { OrganizationChangesState } from './use-organization-changes';

type Props = {
  /** "Grant created" or "Grant saved": the first step, which did succeed. */
  written: string;
  state: OrganizationChangesState;
  onRetry(changes: OrganizationChange[]): void;
};

function Failure({ failure, pending, onRetry }: { failure: ChangeFailure; pending: boolean; onRetry(): void }) {
  const label = revealBidiControls(organizationLabel(failure.change.organization));
  const { title, detail, action } = describeError(failure.error);
  const notDone = failure.change.action === 'associate' ? 'Not associated' : 'Not removed';
  return (
    <Alert
      severity="error"
      action={
        <Button color="inherit" size="small" aria-label={`Retry ${label}`} disabled={pending} onClick={onRetry}>
          Retry
        </Button>
      }
    >
      <AlertTitle>{`${label} failed: ${title}`}</AlertTitle>
      {notDone}. {detail} {action}
    </Alert>
  );
}

/**
 * After the grant was written: its associations, one line for the whole ("Grant created; 2 of 3 organizations
 * associated.") and each failure with what happened, what to do and Retry; never a silent half-done state.
 */
export function OrganizationChangesResult({ written, state, onRetry }: Props) {
  const retryAll = () => onRetry(state.failed.map(({ change }) => change));
  return (
    <Stack sx={{ gap: 1.5 }}>
      <Typography role="status">
        {`${written}; ${organizationProgress(state)}${state.pending ? '…' : '.'}`}
      </Typography>
      {state.pending && <LinearProgress aria-label="Changing the grant's organizations" />}
      {state.failed.map((failure) => (
        <Failure
          key={`${failure.change.action}:${failure.change.organization.id}`}
          failure={failure}
          pending={state.pending}
          onRetry={() => onRetry([failure.change])}
        />
      ))}
      {state.failed.length > 1 && (
        <Button sx={{ alignSelf: 'flex-start' }} onClick={retryAll} disabled={state.pending}>
          Retry all
        </Button>
      )}
    </Stack>
  );
}
