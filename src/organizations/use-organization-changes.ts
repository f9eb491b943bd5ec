import { useState } from 'react';
import { useConnection } from '../connection/connection-context';
import {
  applyOrganizationChanges,
  type ChangeFailure,
  type ChangesOutcome,
  type OrganizationChange,
} from './organization-writes';
import { useReadBack } from './use-organization-writes';

/** Where a grant's association changes stand: how many were asked, which are done, which failed and why. */
export type OrganizationChangesState = {
  grantId: string;
  total: number;
  done: OrganizationChange[];
  failed: ChangeFailure[];
  pending: boolean;
};

const merge = (before: ChangesOutcome, after: ChangesOutcome): ChangesOutcome => ({
  done: [...before.done, ...after.done],
  failed: [...before.failed, ...after.failed],
});

/**
 * The second step of a create or edit: the grant is written, then its associations, one by one. Keeps each
 * change's outcome so a failure is shown per organization and retried (one, or all) without redoing the rest.
 */
export function useOrganizationChanges() {
  const { api } = useConnection();
  const readBack = useReadBack();
  const [state, setState] = useState<OrganizationChangesState>();

  async function run(grantId: string, changes: readonly OrganizationChange[], kept: ChangesOutcome, total: number) {
    const show = (outcome: ChangesOutcome, pending: boolean) =>
      setState({ grantId, total, pending, ...merge(kept, outcome) });
    show({ done: [], failed: [] }, true);
    const outcome = await applyOrganizationChanges(api, grantId, changes, (partial) => show(partial, true));
    show(outcome, false);
    // What the tenant now holds, in every view of the associations (a failure may still have been applied).
    void readBack();
    return merge(kept, outcome);
  }

  return {
    state,
    /** Makes these changes for the grant just written; resolves with every change's outcome, never throws. */
    apply: (grantId: string, changes: readonly OrganizationChange[]) =>
      run(grantId, changes, { done: [], failed: [] }, changes.length),
    /** Tries these failed changes again; the others keep their outcome. */
    retry: (changes: readonly OrganizationChange[]) => {
      if (!state || state.pending) return;
      const again = new Set(changes);
      const kept = { done: state.done, failed: state.failed.filter(({ change }) => !again.has(change)) };
      void run(state.grantId, changes, kept, state.total);
    },
  };
}
