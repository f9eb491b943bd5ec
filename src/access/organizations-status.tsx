import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { describeError } from '../api/errors';
import { pagingStopText } from '../api/paging-guard';
import type { TenantIndexState } from '../tenant-index';

/** What each scope the index reads organizations with enables here, said when the token lacks it. */
const ENABLES: Record<string, string> = {
  'read:organizations': 'read the organizations, for what can reach each one',
  'read:organization_client_grants': 'read which grants each organization is associated with',
};

function forbiddenText(missingScopes: string[]): string {
  const named = missingScopes.map(
    (scope) => `${scope} (needed to ${ENABLES[scope] ?? 'read organizations'})`,
  );
  return `Organizations were not read: your token lacks ${named.join(' and ')}. Grants, applications and APIs are complete; answers about organizations are not available. Add the scope to your app's grant on the Auth0 Management API, then get a new token and reconnect.`;
}

function partialText(state: TenantIndexState): string {
  const { organizations } = state.index;
  const why = state.organizationsStop
    ? pagingStopText(state.organizationsStop, 'organizations')
    : state.organizationsError !== undefined
      ? `Reading organizations failed: ${describeError(state.organizationsError).detail}`
      : 'Reading organizations was stopped.';
  return `${why} Every grant was read, but answers about organizations are partial (${organizations.size.toLocaleString('en')} organizations read).`;
}

/**
 * After a read whose grants are complete: whether its organizations are too. Nothing when they are; the
 * missing scopes (and what each enables) when the token may not read them; partial, with Read again, when
 * that phase was cancelled, stopped by the loop guard or failed.
 */
export function OrganizationsStatus({ state }: { state: TenantIndexState }) {
  const coverage = state.index.organizationsCoverage;
  if (coverage.status === 'forbidden')
    return <Alert severity="info">{forbiddenText(coverage.missingScopes)}</Alert>;
  if (coverage.status !== 'partial') return null;
  return (
    <Alert
      severity="warning"
      action={
        <Button color="inherit" size="small" onClick={state.refresh}>
          Read again
        </Button>
      }
    >
      {partialText(state)}
    </Alert>
  );
}
