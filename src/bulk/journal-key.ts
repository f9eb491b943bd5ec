// Where a bulk change's journal lives (sessionStorage, per tenant). Kept apart from the journal's code so
// the grants page and the Access view can ask "was a batch interrupted here?" without downloading the
// bulk UI: for nearly every page load the answer is no, and the alert's chunk is never needed.
export const journalKey = (domain: string) => `cg-bulk-journal:${domain}`;

export function hasSavedJournal(storage: Storage, domain: string): boolean {
  return storage.getItem(journalKey(domain)) !== null;
}
