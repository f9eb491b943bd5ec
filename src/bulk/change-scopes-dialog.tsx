import { useMemo, useState } from 'react';
import Button from '@mui/material/Button';
import DialogContentText from '@mui/material/DialogContentText';
import type { ClientGrant } from '../api/client-grants';
import { useConnection } from '../connection/connection-context';
import { ownClientId } from '../connection/dashboard-needs';
import { usePermission } from '../connection/use-permission';
import { newJournal, undoable, unfinished, type Journal, type JournalEntry } from './bulk-journal';
import { addableScopes, planBulk, removableScopes, skipReasons, type ScopeDelta } from './bulk-plan';
import { BusyDialog } from '../components/busy-dialog';
import { BatchProgress } from './batch-progress';
import { BatchResults } from './batch-results';
import { OwnAccessWarning } from './own-access-warning';
import { scopeChangeRisk } from './own-access-risk';
import { PlanPreview } from './plan-preview';
import { ScopeDeltaFields } from './scope-delta-fields';
import { useBatch, type BatchRun } from './use-batch';

export type GrantLabels = {
  labelOf(grant: ClientGrant): string;
  /** The scopes an API defines, or undefined when it is not known (deleted, or names not read). */
  scopesOf(audience: string): string[] | undefined;
};

type Props = GrantLabels & {
  /** The selected grants, for a new batch. */
  grants: ClientGrant[];
  /** A batch found after a reload, and what the admin chose to do with it. */
  resume?: { journal: Journal; action: BatchRun };
  /** `ran`: a batch wrote to the tenant, so the selected copies are out of date. */
  onClose(ran: boolean): void;
};

const noDelta: ScopeDelta = { add: [], remove: [] };

/** Choose scopes, preview per grant, Apply with progress and Cancel, then per-grant results and Undo. */
export function ChangeScopesDialog({ grants, resume, labelOf, scopesOf, onClose }: Props) {
  const { domain, subject } = useConnection();
  const canEdit = usePermission('update');
  const [delta, setDelta] = useState(noDelta);
  const batch = useBatch(resume?.journal, resume?.action);
  const addable = useMemo(() => addableScopes(grants, scopesOf), [grants, scopesOf]);
  const removable = useMemo(() => removableScopes(grants), [grants]);
  const plan = useMemo(() => planBulk(grants, delta, canEdit.allowed), [grants, delta, canEdit.allowed]);
  const changes = plan.flatMap((entry) => (entry.kind === 'change' ? [entry] : []));
  const { journal, running } = batch;
  // The dashboard's own grant losing scopes it needs: Apply asks a second time, as the Findings fix does.
  const risk = useMemo(() => scopeChangeRisk(plan, delta, ownClientId(subject)), [plan, delta, subject]);
  const [askingOwn, setAskingOwn] = useState(false);

  const apply = () => {
    setAskingOwn(false);
    // Every selected grant goes into the journal, so the results list the skipped ones with their reason too.
    const entries = plan.map(({ grant }) => ({
      id: grant.id,
      label: labelOf(grant),
      before: grant.scope ?? [],
      ...delta,
    }));
    const journal = newJournal({ domain, subject }, entries, Date.now());
    const skip = (entry: JournalEntry, index: number): JournalEntry => {
      const kind = plan[index]?.kind ?? 'unchanged';
      return kind === 'change' ? entry : { ...entry, status: 'skipped', reason: skipReasons[kind] };
    };
    batch.run('apply', { ...journal, entries: journal.entries.map(skip) });
  };
  const close = () => {
    batch.forget();
    onClose(journal !== undefined);
  };
  const actions = (
    <>
      {!journal && (
        <>
          <Button onClick={close}>Cancel</Button>
          {askingOwn ? (
            <Button color="error" variant="contained" onClick={apply}>
              Yes, change my own access
            </Button>
          ) : (
            <Button variant="contained" onClick={() => (risk ? setAskingOwn(true) : apply())} disabled={changes.length === 0}>
              Apply
            </Button>
          )}
        </>
      )}
      {journal && !running && (
        <BatchActions journal={journal} onRun={(kind) => batch.run(kind, journal)} onClose={close} />
      )}
    </>
  );
  return (
    <BusyDialog title="Change scopes" busy={running !== undefined} onClose={close} wide actions={actions}>
      {!journal && (
        <>
          <DialogContentText>
            {grants.length} {grants.length === 1 ? 'grant' : 'grants'} selected. Each grant is read again just
            before it is changed, and only these scopes change: edits a colleague made meanwhile are kept.
            {!canEdit.allowed && ` ${canEdit.reason}`}
          </DialogContentText>
          {askingOwn && risk && <OwnAccessWarning risk={risk} label={labelOf(risk.grant)} />}
          <ScopeDeltaFields
            addable={addable}
            removable={removable}
            delta={delta}
            onChange={(next) => {
              setAskingOwn(false);
              setDelta(next);
            }}
          />
          <PlanPreview plan={plan} labelOf={labelOf} />
        </>
      )}
      {journal && running && (
        <BatchProgress
          label={running === 'apply' ? 'Changing scopes' : 'Undoing'}
          {...batch.progress}
          onCancel={batch.cancel}
        />
      )}
      {/* Per-grant results once it stops: re-rendering hundreds of rows after every request slowed the batch. */}
      {journal && !running && <BatchResults journal={journal} />}
    </BusyDialog>
  );
}

function BatchActions({
  journal,
  onRun,
  onClose,
}: {
  journal: Journal;
  onRun(kind: BatchRun): void;
  onClose(): void;
}) {
  const left = unfinished(journal).length;
  const changed = undoable(journal).length;
  return (
    <>
      {left > 0 && <Button onClick={() => onRun('apply')}>Finish ({left} left)</Button>}
      {changed > 0 && (
        <Button onClick={() => onRun('undo')}>
          Undo {changed} {changed === 1 ? 'change' : 'changes'}
        </Button>
      )}
      <Button variant="contained" onClick={onClose}>
        Close
      </Button>
    </>
  );
}
