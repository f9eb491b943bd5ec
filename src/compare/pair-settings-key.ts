// Its own module, so Disconnect (connection/stored-session.ts, in the entry chunk) can forget the pairs without
// pulling the pair store into the entry: imported whole from there, it put ~0.6 KB gzip on the first view's path.

/** Mappings and keyword values remembered per pair of sides, in localStorage. */
export const comparePairsKey = 'client-grants:compare-pairs';

/** Disconnect: names, identifiers and keyword values of the tenants are tenant data. */
export function forgetAllPairSettings(storage: Storage = localStorage): void {
  try {
    storage.removeItem(comparePairsKey);
  } catch {
    // Nothing could be stored either.
  }
}
