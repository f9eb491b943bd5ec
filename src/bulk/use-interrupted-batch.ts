import { useState } from 'react';
import { useConnection } from '../connection/connection-context';
import { hasSavedJournal } from './journal-key';

/**
 * Whether a bulk change of this tenant was interrupted by a reload (its journal is saved). Read once per
 * mount: a journal appears only when this tab starts a batch, and then its own dialog is open. The grants
 * page and the Access view load the resume alert (the whole bulk UI) only when this is true.
 */
export function useInterruptedBatch(): boolean {
  const { domain } = useConnection();
  const [interrupted] = useState(() => hasSavedJournal(sessionStorage, domain));
  return interrupted;
}
