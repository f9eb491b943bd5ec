// Where a bulk change's journal lives (sessionStorage, per tenant and per token subject). Kept apart from
// the journal's code so the grants page and the Access view can ask "was a batch interrupted here?" without
// downloading the bulk UI: for nearly every page load the answer is no, and the alert's chunk is never needed.

/**
 * Whose batch it is: the tenant, and the subject of the token that ran it (`{client_id}@clients`). Only the
 * same subject is offered Finish or Undo after a reload; a colleague connecting in the same tab is not.
 */
export type JournalOwner = { domain: string; subject?: string };

const prefix = 'cg-bulk-journal:';

export const journalKey = ({ domain, subject }: JournalOwner) =>
  `${prefix}${domain}:${encodeURIComponent(subject ?? '')}`;

/** A token without a subject cannot be told from another: its batch is never offered after a reload. */
export function hasSavedJournal(storage: Storage, owner: JournalOwner): boolean {
  return owner.subject !== undefined && storage.getItem(journalKey(owner)) !== null;
}

/** Disconnect: no batch of anyone's is left to be offered to whoever connects next in this tab. */
export function clearAllJournals(storage: Storage): void {
  const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i));
  for (const key of keys) if (key?.startsWith(prefix)) storage.removeItem(key);
}
