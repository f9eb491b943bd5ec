import Alert from '@mui/material/Alert';
import type { ClientGrant } from '../api/client-grants';
import type { FixOutcome } from './apply-fix';
import { revealBidiControls } from '../components/bidi';

function holds(grant: ClientGrant): string {
  if (grant.allow_all_scopes) return 'all scopes of its API';
  const scopes = [...(grant.scope ?? [])].sort();
  return scopes.length ? revealBidiControls(scopes.join(', ')) : 'no scopes';
}

const lost = (responseLost: boolean) => (responseLost ? ' (the answer was lost on the way; a re-read confirmed it)' : '');

/** What the tenant holds after a fix, read back from it: never what we only asked for. */
export function FixOutcomeText({ outcome }: { outcome: FixOutcome }) {
  switch (outcome.kind) {
    case 'changed':
      return (
        <Alert severity="success" role="status">
          Changed{lost(outcome.responseLost)}. The grant now holds {holds(outcome.after)}.
        </Alert>
      );
    case 'deleted':
      return (
        <Alert severity="success" role="status">
          Deleted{lost(outcome.responseLost)}. Tokens already issued keep working until they expire.
        </Alert>
      );
    case 'already-deleted':
      return (
        <Alert severity="info" role="status">
          Already deleted: someone removed this grant before you did. Nothing was changed.
        </Alert>
      );
    case 'nothing-to-do':
      return (
        <Alert severity="info" role="status">
          Nothing to change: the grant was already fixed (it holds {holds(outcome.grant)}).
        </Alert>
      );
    case 'not-applied':
      return (
        <Alert severity="error" role="status">
          The tenant did not apply the change: the grant still holds {holds(outcome.grant)}. Try again.
        </Alert>
      );
  }
}
