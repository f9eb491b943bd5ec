import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import { IsolatedText } from '../components/isolated-text';
import {
  countStatuses,
  type ApplyAction,
  type ApplyEntry,
  type ApplyJournal,
  type ApplyStatus,
  type OrgRef,
} from './apply-journal';
import { describeSettings, sameSettings } from './apply-settings';

const actionText: Record<ApplyAction, string> = { create: 'Create', update: 'Change', delete: 'Delete' };

const statusText: Record<ApplyStatus, string> = {
  pending: 'To do',
  writing: 'Outcome unknown until Finish re-reads it',
  applied: 'Applied',
  'changed-by-other': 'Changed by someone else meanwhile',
  skipped: 'Skipped',
  failed: 'Failed',
  undoing: 'Undo outcome unknown until Undo re-reads it',
  undone: 'Undone',
  'undo-refused': 'Undo refused',
  'undo-failed': 'Undo failed',
};

const names = (refs: readonly OrgRef[]) => refs.map((ref) => ref.name).join(', ');

/** "associated with A, B; removed from C": what a run does (or did) to the grant's organizations. */
function organizationsText(associate: readonly OrgRef[], remove: readonly OrgRef[]): string {
  const parts = [associate.length > 0 && `associated with ${names(associate)}`, remove.length > 0 && `removed from ${names(remove)}`];
  return parts.filter(Boolean).join('; ');
}

/** What the entry will do (pending) or did, with its reason, and what it leaves out. */
export function entryDetail(entry: ApplyEntry): string {
  const planned = organizationsText(entry.organizations?.associate ?? [], entry.organizations?.remove ?? []);
  const done = organizationsText(entry.organizationsDone?.associated ?? [], entry.organizationsDone?.removed ?? []);
  const onlyOrganizations = entry.intended && entry.before && sameSettings(entry.intended, entry.before);
  const settings = entry.intended && !onlyOrganizations ? `${entry.action === 'create' ? 'with' : 'to'} ${describeSettings(entry.intended)}` : '';
  const what =
    entry.status === 'pending'
      ? [settings, planned && (settings ? `then ${planned}` : planned)].filter(Boolean).join(', ') || 'from the target'
      : `${statusText[entry.status]}${done && entry.status !== 'undone' ? ` (${done})` : ''}${entry.reason ? `: ${entry.reason}` : ''}`;
  const left = entry.notApplied?.length ? ` (${entry.notApplied.join(' ')})` : '';
  return `${what}${left}`;
}

/** A one-line summary of where the run stands. */
export function summarizeApply(journal: ApplyJournal): string {
  const c = countStatuses(journal);
  const parts = [
    `${(c.applied ?? 0) + (c.undone ?? 0) + (c['undo-refused'] ?? 0) + (c['undo-failed'] ?? 0)} of ${journal.entries.length} applied`,
    c.skipped && `${c.skipped} skipped`,
    c.failed && `${c.failed} failed`,
    c['changed-by-other'] && `${c['changed-by-other']} changed by someone else meanwhile`,
    (c.pending ?? 0) + (c.writing ?? 0) > 0 && `${(c.pending ?? 0) + (c.writing ?? 0)} not done yet`,
    c.undone && `${c.undone} undone`,
    c['undo-refused'] && `${c['undo-refused']} not undone (changed since)`,
    c['undo-failed'] && `${c['undo-failed']} undo failed`,
  ];
  return parts.filter(Boolean).join(', ');
}

/** Per grant: the action, its status and reason (also the preview, where every entry is still to do or skipped). */
export function ApplyResults({ entries, label }: { entries: readonly ApplyEntry[]; label: string }) {
  return (
    <List dense aria-label={label} sx={{ maxHeight: 360, overflow: 'auto' }}>
      {entries.map((entry) => (
        <ListItem key={entry.key} disableGutters>
          <ListItemText
            primary={<IsolatedText text={`${actionText[entry.action]} ${entry.label}`} />}
            secondary={<IsolatedText text={entryDetail(entry)} />}
          />
        </ListItem>
      ))}
    </List>
  );
}
