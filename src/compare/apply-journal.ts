import type { GrantIdentity, GrantSettings } from './apply-settings';

/**
 * pending → writing → applied | changed-by-other | skipped | failed; applied → undoing → undone | undo-refused |
 * undo-failed. As in the bulk engine (src/bulk/bulk-journal.ts), `writing`/`undoing` are saved before the write:
 * after a reload they mean "outcome unknown, re-read".
 */
export type ApplyStatus =
  | 'pending'
  | 'writing'
  | 'applied'
  | 'changed-by-other'
  | 'skipped'
  | 'failed'
  | 'undoing'
  | 'undone'
  | 'undo-refused'
  | 'undo-failed';

export type ApplyAction = 'create' | 'update' | 'delete';

/** An organization of the target, found by name (ids differ between tenants). */
export type OrgRef = { id: string; name: string };
export type OrgChanges = { associate: OrgRef[]; remove: OrgRef[] };

export type ApplyEntry = {
  /** The diff row's match key: one entry per difference. */
  key: string;
  /** "App → API (subject)", for the results list. */
  label: string;
  action: ApplyAction;
  identity: GrantIdentity;
  /** The target grant (update, delete; a create's once made). */
  grantId?: string;
  /** What the target held in the preview (update, delete): a write goes ahead only while it still does. */
  before?: GrantSettings;
  /** What the target should hold (create, update). */
  intended?: GrantSettings;
  /** Read back after the write. */
  after?: GrantSettings;
  /** Associations to make and remove after the grant's own write (create, update). */
  organizations?: OrgChanges;
  /** What the run associated and removed (read back by Auth0's answers); Undo reverses exactly these. */
  organizationsDone?: { associated: OrgRef[]; removed: OrgRef[] };
  /** A deleted grant's organizations, so Undo can associate the grant it recreates with them again. */
  organizationsBefore?: OrgRef[];
  /** Parts of the difference this run does not apply, and why (an organization the target has no one of). */
  notApplied?: string[];
  status: ApplyStatus;
  reason?: string;
};

/** Only ids, names and settings the admin saw in the preview: no token. */
export type ApplyJournal = {
  version: 1;
  domain: string;
  subject?: string;
  startedAt: number;
  entries: ApplyEntry[];
};

// Under the bulk journals' prefix, so the main Disconnect's clearAllJournals (bulk/journal-key.ts) drops it too.
const keyOf = ({ domain, subject }: { domain: string; subject?: string }) =>
  `cg-bulk-journal:compare-apply:${domain}:${encodeURIComponent(subject ?? '')}`;

export function saveApplyJournal(storage: Storage, journal: ApplyJournal): void {
  storage.setItem(keyOf(journal), JSON.stringify(journal));
}

/** The run this subject left on this target, if any; never another subject's (as bulk-journal.ts). */
export function loadApplyJournal(
  storage: Storage,
  owner: { domain: string; subject?: string },
): ApplyJournal | undefined {
  if (owner.subject === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(storage.getItem(keyOf(owner)) ?? 'null');
    if (typeof value !== 'object' || value === null) return undefined;
    const journal = value as Partial<ApplyJournal>;
    const ok =
      journal.version === 1 &&
      journal.domain === owner.domain &&
      journal.subject === owner.subject &&
      Array.isArray(journal.entries);
    return ok ? (journal as ApplyJournal) : undefined;
  } catch {
    return undefined;
  }
}

export function clearApplyJournal(storage: Storage, owner: { domain: string; subject?: string }): void {
  storage.removeItem(keyOf(owner));
}

export const isUnfinished = (entry: ApplyEntry) => entry.status === 'pending' || entry.status === 'writing';
export const isUndoable = (entry: ApplyEntry) => entry.status === 'applied' || entry.status === 'undoing';

export function countStatuses(journal: ApplyJournal): Partial<Record<ApplyStatus, number>> {
  const counts: Partial<Record<ApplyStatus, number>> = {};
  for (const entry of journal.entries) counts[entry.status] = (counts[entry.status] ?? 0) + 1;
  return counts;
}
