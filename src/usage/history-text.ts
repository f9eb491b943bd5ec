import type { Change, HistoryEntry } from './grant-history';

const list = (scopes: string[]) => (scopes.length ? scopes.join(', ') : 'none');
const yesNo = (value: boolean | undefined) => (value ? 'yes' : 'no');

/** One change in words, e.g. "Scopes added: write:x; removed: read:y". */
export function changeText(change: Change): string {
  switch (change.kind) {
    case 'scopes': {
      const parts = [];
      if (change.added.length) parts.push(`added: ${list(change.added)}`);
      if (change.removed.length) parts.push(`removed: ${list(change.removed)}`);
      return `Scopes ${parts.join('; ')}`;
    }
    case 'scopes-set':
      return `Scopes set to: ${list(change.scopes)}`;
    case 'all-scopes':
      return change.to ? 'All scopes of the API turned on' : 'All scopes of the API turned off';
    case 'organization-usage':
      return change.from === undefined
        ? `Organization use set to ${change.to ?? 'none'}`
        : `Organization use changed from ${change.from} to ${change.to ?? 'none'}`;
    case 'any-organization':
      return change.from === undefined
        ? `Any organization set to ${yesNo(change.to)}`
        : `Any organization changed from ${yesNo(change.from)} to ${yesNo(change.to)}`;
  }
}

const kindText: Record<HistoryEntry['kind'], string> = { created: 'Created', changed: 'Changed', deleted: 'Deleted' };

/** The entry's headline: what happened, then each change. */
export function entryText(entry: HistoryEntry): string {
  if (entry.kind === 'deleted') return 'Deleted';
  if (entry.changes.length === 0) return 'Changed, with nothing that the dashboard shows (scopes and organizations unchanged)';
  return `${kindText[entry.kind]}: ${entry.changes.map(changeText).join('. ')}`;
}
