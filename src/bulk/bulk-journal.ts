import { sameScopes } from './bulk-plan';
import { journalKey as keyFor, type JournalOwner } from './journal-key';

export type { JournalOwner } from './journal-key';

/**
 * pending → writing → changed | changed-by-other | skipped | failed; changed → undoing → undone | undo-refused |
 * undo-failed. `changed-by-other`: the read-back found neither what the batch meant nor what it read.
 * `writing`/`undoing` are written before the PATCH: after a reload they mean "outcome unknown, re-read".
 */
export type EntryStatus =
  | 'pending'
  | 'writing'
  | 'changed'
  | 'changed-by-other'
  | 'skipped'
  | 'failed'
  | 'undoing'
  | 'undone'
  | 'undo-refused'
  | 'undo-failed';

export type JournalEntry = {
  id: string;
  /** Label for the results list, so a reload can show it before names load. */
  label: string;
  /** What the tenant held just before this batch's PATCH (the preview's copy until then). */
  before: string[];
  add: string[];
  remove: string[];
  /** What the grant held after the batch's write, read back from the tenant. */
  after?: string[];
  status: EntryStatus;
  reason?: string;
};

/** Version 2 names the token subject that ran the batch; a version 1 journal (no owner) is never offered. */
export type Journal = { version: 2; domain: string; subject?: string; startedAt: number; entries: JournalEntry[] };

export function newJournal({ domain, subject }: JournalOwner, entries: Omit<JournalEntry, 'status'>[], now: number): Journal {
  return { version: 2, domain, subject, startedAt: now, entries: entries.map((entry) => ({ ...entry, status: 'pending' })) };
}

/** Only the grants' ids and scopes are kept: no token, nothing the admin did not see on screen. */
export function saveJournal(storage: Storage, journal: Journal): void {
  storage.setItem(keyFor(journal), JSON.stringify(journal));
}

function isJournal(value: unknown, { domain, subject }: JournalOwner): value is Journal {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Journal>;
  return (
    candidate.version === 2 &&
    candidate.domain === domain &&
    subject !== undefined &&
    candidate.subject === subject &&
    Array.isArray(candidate.entries)
  );
}

/** The batch this subject left on this tenant, if any: never another subject's, nor one without a subject. */
export function loadJournal(storage: Storage, owner: JournalOwner): Journal | undefined {
  if (owner.subject === undefined) return undefined;
  const raw = storage.getItem(keyFor(owner));
  if (!raw) return undefined;
  try {
    const parsed: unknown = JSON.parse(raw);
    return isJournal(parsed, owner) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

export function clearJournal(storage: Storage, owner: JournalOwner): void {
  storage.removeItem(keyFor(owner));
}

export function updateEntry(journal: Journal, id: string, change: Partial<JournalEntry>): Journal {
  return { ...journal, entries: journal.entries.map((entry) => (entry.id === id ? { ...entry, ...change } : entry)) };
}

/** Work a reload interrupted: grants not yet written, or written without a known outcome. */
export const unfinished = (journal: Journal) =>
  journal.entries.filter((entry) => entry.status === 'pending' || entry.status === 'writing');

/** Changed grants whose undo has not run yet (or was interrupted). */
export const undoable = (journal: Journal) =>
  journal.entries.filter((entry) => entry.status === 'changed' || entry.status === 'undoing');

export function countBy(journal: Journal): Record<EntryStatus, number> {
  const counts = {
    pending: 0, writing: 0, changed: 0, 'changed-by-other': 0, skipped: 0, failed: 0, undoing: 0, undone: 0, 'undo-refused': 0, 'undo-failed': 0,
  };
  for (const entry of journal.entries) counts[entry.status]++;
  return counts;
}

/** True when the entry's recorded result is what the tenant now holds. */
export const holdsAfter = (entry: JournalEntry, scopes: string[]) => entry.after !== undefined && sameScopes(entry.after, scopes);
