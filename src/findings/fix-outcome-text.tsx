import Alert from '@mui/material/Alert';
import type { FixOutcome } from './apply-fix';
import { changesText, holdsText } from './grant-changes';

const holds = holdsText;

const lost = (responseLost: boolean) =>
  responseLost ? ' (the answer was lost on the way; a re-read confirmed it)' : '';

const count = (n: number) => (n === 1 ? '1 organization' : `${n} organizations`);

/** Each association was read back after its DELETE: say how many are gone, and how many the tenant kept. */
function OrganizationsRemovedText({ outcome }: { outcome: Extract<FixOutcome, { kind: 'organizations-removed' }> }) {
  const left =
    outcome.left.length > 0
      ? ` ${count(outcome.left.length)} associated since the finding (${outcome.left.join(', ')}) ${outcome.left.length === 1 ? 'was' : 'were'} left as ${outcome.left.length === 1 ? 'it is' : 'they are'}.`
      : '';
  if (outcome.kept.length === 0)
    return (
      <Alert severity="success" role="status">
        Removed: {count(outcome.removed.length)} no longer associated with this grant (each read back).{left}
      </Alert>
    );
  return (
    <Alert severity="error" role="status">
      The tenant kept {count(outcome.kept.length)} ({outcome.kept.join(', ')}); {count(outcome.removed.length)} removed.
      Try again.
    </Alert>
  );
}

/** What the tenant holds after a fix, read back from it: never what we only asked for. */
export function FixOutcomeText({ outcome }: { outcome: FixOutcome }) {
  switch (outcome.kind) {
    case 'changed':
      return (
        <Alert severity="success" role="status">
          Changed{lost(outcome.responseLost)}. The grant now holds {holds(outcome.after)}.
          {outcome.note && ` ${outcome.note}`}
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
          No longer applies: {outcome.kind === 'no-longer-applies' && outcome.why ? outcome.why : changesText(outcome.before, outcome.now)}. Nothing was changed; the grant holds{' '}
          {holds(outcome.now)}.
        </Alert>
      );
    case 'organizations-removed':
      return <OrganizationsRemovedText outcome={outcome} />;
    case 'not-applied':
      return (
        <Alert severity="error" role="status">
          The tenant did not apply the change: the grant still holds {holds(outcome.grant)}. Try again.
        </Alert>
      );
  }
}
