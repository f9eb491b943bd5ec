import Alert from '@mui/material/Alert';
import { countBy, type EntryStatus, type Journal, type JournalEntry } from './bulk-journal';
import { CappedList } from './capped-list';
import { listScopes } from './grant-io';
import { revealBidiControls } from '../components/bidi';

const statusText: Record<EntryStatus, string> = {
  pending: 'Not changed yet',
  writing: 'Outcome unknown until Finish re-reads it',
  changed: 'Changed',
  'changed-by-other': 'Changed by someone else meanwhile',
  skipped: 'Skipped',
  failed: 'Failed',
  undoing: 'Undo outcome unknown until Undo re-reads it',
  undone: 'Undone',
  'undo-refused': 'Undo refused',
  'undo-failed': 'Undo failed',
};
// Problems first: they are what the admin has to act on.
const order: EntryStatus[] = [
  'failed',
  'changed-by-other',
  'undo-failed',
  'undo-refused',
  'writing',
  'undoing',
  'pending',
  'skipped',
  'changed',
  'undone',
];

function entryText(entry: JournalEntry): string {
  const now = entry.status === 'changed' && entry.after ? `: now holds ${listScopes(entry.after)}` : '';
  return `${statusText[entry.status]}${entry.reason ? `: ${entry.reason}` : now}`;
}

/** A one-line summary of where the batch stands. */
export function summarize(journal: Journal): string {
  const c = countBy(journal);
  const parts = [
    `${c.changed + c.undoing + c.undone + c['undo-refused'] + c['undo-failed']} of ${journal.entries.length} changed`,
    c.skipped && `${c.skipped} skipped`,
    c.failed && `${c.failed} failed`,
    c['changed-by-other'] && `${c['changed-by-other']} changed by someone else meanwhile`,
    c.pending + c.writing && `${c.pending + c.writing} not done yet`,
    c.undone && `${c.undone} undone`,
    c['undo-refused'] && `${c['undo-refused']} not undone (changed since)`,
    c['undo-failed'] && `${c['undo-failed']} undo failed`,
  ];
  return parts.filter(Boolean).join(', ');
}

/** Per grant: changed (and what it now holds), skipped, failed, undone or refused, each with its reason. */
export function BatchResults({ journal }: { journal: Journal }) {
  const c = countBy(journal);
  const problems = c.failed + c['changed-by-other'] + c['undo-failed'] + c['undo-refused'];
  const sorted = [...journal.entries].sort((a, b) => order.indexOf(a.status) - order.indexOf(b.status));
  return (
    <>
      <Alert severity={problems ? 'warning' : 'success'} role="status" sx={{ my: 1 }}>
        {summarize(journal)}.
      </Alert>
      <CappedList
        label="Results"
        items={sorted}
        keyOf={(entry) => entry.id}
        render={(entry) => (
          <>
            <bdi>{revealBidiControls(entry.label)}</bdi>: {revealBidiControls(entryText(entry))}
          </>
        )}
      />
    </>
  );
}
