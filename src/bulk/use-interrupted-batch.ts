import { useState } from 'react';
import { useConnection } from '../connection/connection-context';
import { hasSavedJournal } from './journal-key';

/**
 * Whether a bulk change of this tenant was interrupted by a reload (its journal is saved). Read once per
 * mount: a journal appears only when this tab starts a batch, and then its own dialog is open. The grants
 * page and the Access view load the resume alert (the whole bulk UI) only when this is true.
 */
export function useInterruptedBatch(): boolean {
  const { domain, subject } = useConnection();
  // Only this subject's batch: a colleague connecting in the same tab is not offered someone else's.
  const [interrupted] = useState(() => hasSavedJournal(sessionStorage, { domain, subject }));
  return interrupted;
}
