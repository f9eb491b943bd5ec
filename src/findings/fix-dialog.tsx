import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import DialogContentText from '@mui/material/DialogContentText';
import LinearProgress from '@mui/material/LinearProgress';
import { describeError } from '../api/errors';
import { BusyDialog } from '../components/busy-dialog';
import type { ClientGrant } from '../api/client-grants';
import type { FixOutcome } from './apply-fix';
import { FixOutcomeText } from './fix-outcome-text';
import { changesText, holdsText } from './grant-changes';
import { ownAccessLoss } from './own-access';
import type { Finding, FixKind } from './rules';
import { revealBidiControls } from '../components/bidi';

const titles: Record<FixKind, string> = {
  'remove-scopes': 'Remove scopes',
  'delete-grant': 'Delete grant',
  'allow-all-scopes': 'Use all scopes',
  'remove-organizations': 'Remove organizations',
  'deny-organizations': 'Turn organizations off',
  'stop-any-organization': 'Stop allowing any organization',
};

const associationCount = (n: number) => (n === 1 ? 'the association with 1 organization' : `the associations with ${n} organizations`);

function whatHappens(kind: FixKind, finding: Finding, label: string): string {
  if (kind === 'delete-grant')
    return `Delete the grant for ${label}. The app can no longer get tokens for this API.`;
  if (kind === 'allow-all-scopes')
    return `Replace the list of scopes of ${label} by "All scopes": the grant then follows the API's scopes as they change.`;
  if (kind === 'remove-organizations')
    return `Remove ${associationCount(finding.organizations?.length ?? 0)} of the grant for ${label}, one at a time, each read back. The organizations themselves, the grant, and associations a colleague made meanwhile stay as they are.`;
  if (kind === 'deny-organizations')
    return `Set the grant for ${label} to deny organizations: the app then gets its tokens without any organization. Its scopes are kept.`;
  if (kind === 'stop-any-organization')
    return `Turn off "any organization" on the grant for ${label}: the app then reaches only the organizations associated with it.`;
  return `Remove ${finding.scopes.join(', ')} from the grant for ${label}. Other scopes, and changes a colleague made meanwhile, are kept.`;
}

type Step = 'confirm' | 'confirm-own' | 'confirm-again' | 'running' | 'done' | 'failed';
type Props = {
  finding: Finding;
  kind: FixKind;
  label: string;
  /** Applies the fix; `seen` is the grant the admin confirmed it on (the finding's, or the changed one shown). */
  run(seen: ClientGrant): Promise<FixOutcome>;
  onClose(): void;
};

/** Asks first (twice for the dashboard's own grant), applies the fix, then shows what the tenant now holds. */
export function FixDialog({ finding, kind, label, run, onClose }: Props) {
  const loss = finding.ownGrant ? ownAccessLoss(kind, finding.scopes) : [];
  const [step, setStep] = useState<Step>('confirm');
  const [outcome, setOutcome] = useState<FixOutcome>();
  const [error, setError] = useState<unknown>();
  // The grant the admin is confirming on: a delete asks again on the grant as it changed meanwhile.
  const [seen, setSeen] = useState(finding.grant);
  const apply = async () => {
    setStep('running');
    try {
      const result = await run(seen);
      setOutcome(result);
      if (result.kind === 'changed-since') setSeen(result.now);
      setStep(result.kind === 'changed-since' ? 'confirm-again' : 'done');
    } catch (failure) {
      setError(failure);
      setStep('failed');
    }
  };
  const confirm = () => (step === 'confirm' && loss.length > 0 ? setStep('confirm-own') : void apply());
  const busy = step === 'running';
  const actions =
    step === 'done' || step === 'failed' ? (
      <Button onClick={onClose} autoFocus>
        Close
      </Button>
    ) : (
      <>
        <Button onClick={onClose} disabled={busy} autoFocus>
          Cancel
        </Button>
        <Button color="error" variant="contained" onClick={confirm} disabled={busy}>
          {step === 'confirm-own' ? 'Yes, change my own access' : titles[kind]}
        </Button>
      </>
    );
  return (
    <BusyDialog title={titles[kind]} busy={busy} onClose={onClose} actions={actions}>
      {(step === 'confirm' || step === 'running') && (
        <DialogContentText>{revealBidiControls(whatHappens(kind, finding, label))}</DialogContentText>
      )}
      {step === 'confirm-again' && outcome?.kind === 'changed-since' && (
        <Alert severity="warning" role="alert">
          This grant changed: {changesText(outcome.before, outcome.now)}. It now holds {holdsText(outcome.now)}. Nothing
          was deleted. Delete it as it is now?
        </Alert>
      )}
      {step === 'confirm-own' && (
        <Alert severity="warning">
          This is the grant of the application this dashboard is connected with. With new tokens, the
          dashboard will no longer be able to {loss.join(', ')}. The token in use keeps working until it
          expires.
        </Alert>
      )}
      {busy && <LinearProgress sx={{ mt: 2 }} aria-label="Applying the fix" />}
      {step === 'done' && outcome && <FixOutcomeText outcome={outcome} />}
      {step === 'failed' && (
        <Alert severity="error">
          {describeError(error).title}: {describeError(error).detail} Nothing was changed by this attempt, or
          the tenant will show it after Refresh.
        </Alert>
      )}
    </BusyDialog>
  );
}
