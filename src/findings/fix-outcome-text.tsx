import Alert from '@mui/material/Alert';
import type { FixOutcome } from './apply-fix';
import { changesText, holdsText } from './grant-changes';

const holds = holdsText;

const lost = (responseLost: boolean) =>
  responseLost ? ' (the answer was lost on the way; a re-read confirmed it)' : '';

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
    case 'no-longer-applies':
    case 'changed-since':
      return (
        <Alert severity="info" role="status">
          No longer applies: {changesText(outcome.before, outcome.now)}. Nothing was changed; the grant holds{' '}
          {holds(outcome.now)}.
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
