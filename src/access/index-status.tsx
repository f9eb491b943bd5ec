import type { ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { pagingStopText } from '../api/paging-guard';
import { ErrorAlert } from '../components/error-alert';
import { ReadProgress } from '../components/read-progress';
import { useNow } from '../components/use-now';
import type { TenantIndexState } from '../tenant-index';
import { OrganizationsStatus } from './organizations-status';
import { readWhen } from './read-when';

const count = new Intl.NumberFormat('en');

const COUNTED = {
  grants: 'Reading grants',
  organizations: 'Reading organizations',
  associations: 'Reading associations',
};

function progressText({ progress }: TenantIndexState): string {
  if (progress.phase === 'apis') return 'Reading APIs…';
  if (progress.phase === 'applications') return 'Reading applications…';
  const total = progress.total === undefined ? '' : ` of ${count.format(progress.total)}`;
  // Associations are read one organization at a time: the count is of organizations.
  const unit = progress.phase === 'associations' ? ' organizations' : '';
  return `${COUNTED[progress.phase]}: ${count.format(progress.loaded)}${total}${unit}`;
}

function Reading({ state }: { state: TenantIndexState }) {
  const { loaded, total } = state.progress;
  const known =
    state.progress.phase !== 'apis' &&
    state.progress.phase !== 'applications' &&
    total !== undefined &&
    total > 0;
  const text = progressText(state);
  // After the grants the read goes on to organizations: grant answers are final, organization answers not yet.
  const hint = state.partial
    ? 'The answers below are partial until the whole tenant has been read.'
    : 'Every grant has been read; answers about organizations are partial until every organization has been read.';
  return (
    <Stack spacing={1}>
      <ReadProgress
        label="Reading the tenant"
        text={text}
        value={known ? loaded : undefined}
        max={total}
        stopLabel="Cancel"
        onStop={state.cancel}
      />
      <Typography variant="body2" color="text.secondary" aria-live="polite">
        {text}. {hint}
      </Typography>
    </Stack>
  );
}

function Summary({ state }: { state: TenantIndexState }) {
  const now = useNow(30_000);
  const { grants, clients, apis, organizations, organizationsCoverage } = state.index;
  const orgs =
    organizationsCoverage.status === 'complete' ? `, ${count.format(organizations.size)} organizations` : '';
  const sizes = `${count.format(grants.size)} grants, ${count.format(clients.size)} applications, ${count.format(apis.size)} APIs${orgs}`;
  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="body2" color="text.secondary">
          {state.readAt === undefined
            ? ''
            : `Tenant read ${readWhen(state.readAt, state.resumedFrom, now)}: `}
          {sizes}.
        </Typography>
        <Button size="small" onClick={state.refresh}>
          Refresh
        </Button>
      </Stack>
      <OrganizationsStatus state={state} />
    </Stack>
  );
}

function ReadAgain({ state, children }: { state: TenantIndexState; children: ReactNode }) {
  return (
    <Alert
      severity="warning"
      action={
        <Button color="inherit" size="small" onClick={state.refresh}>
          Read again
        </Button>
      }
    >
      {children}
    </Alert>
  );
}

/** After a failed read, what did arrive is still shown: say it is partial (the alert's Retry reads again). */
function Failed({ state }: { state: TenantIndexState }) {
  return (
    <Stack spacing={1}>
      <ErrorAlert error={state.error} onRetry={state.refresh} />
      <Typography variant="body2" color="warning.main">
        The answers below are partial: {count.format(state.index.grants.size)} grants read before the read
        failed.
      </Typography>
    </Stack>
  );
}

/**
 * Where the tenant-wide read stands: progress with Cancel, how old a complete read is, and Refresh; after a
 * read that did not reach the end (cancelled, stopped by the loop guard, failed) that the answers are partial.
 */
export function IndexStatus({ state }: { state: TenantIndexState }) {
  if (state.status === 'reading' || state.status === 'idle') return <Reading state={state} />;
  if (state.status === 'error') return <Failed state={state} />;
  if (state.status === 'cancelled')
    return (
      <ReadAgain state={state}>
        Reading stopped at {count.format(state.index.grants.size)} grants: the answers below are partial.
      </ReadAgain>
    );
  if (state.status === 'stopped')
    return (
      <ReadAgain state={state}>
        {state.stop ? pagingStopText(state.stop, 'grants') : 'Reading stopped early.'} The answers below are
        partial.
      </ReadAgain>
    );
  return <Summary state={state} />;
}
