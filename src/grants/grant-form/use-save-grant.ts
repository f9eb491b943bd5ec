import { useQueryClient } from '@tanstack/react-query';
import type { ClientGrant } from '../../api/client-grants';
import { useConnection } from '../../connection/connection-context';
import { grantQueries } from '../grant-queries';
import { buildUpdatePayload, type GrantFormValues } from './grant-form-values';
import { mergeGrantEdit, sameGrantSettings, type MergeConflict } from './grant-merge';
import { useUpdateGrant, type WriteResult } from './use-grant-mutations';

/** Another admin's change found at save time: what it did, and where it meets this admin's change. */
export type OtherChange = { theirChanges: string[]; conflicts: MergeConflict[] };

export type SaveOutcome =
  /** Saved (or nothing left to save); `other` when this admin's change was applied on top of another. */
  | { kind: 'saved'; result: WriteResult; other?: OtherChange }
  /** Not saved: the merged result needs the admin's eyes first (a conflict, or it breaks a rule). */
  | { kind: 'review'; base: ClientGrant; values: GrantFormValues; other: OtherChange };

/**
 * Save without overwriting a change the admin did not see. The Management API has no version check,
 * so the grant is read again just before the PATCH; if it moved since the form was filled, only this
 * admin's changes are applied to what the tenant holds now (grant-merge.ts).
 */
export function useSaveGrant() {
  const { api } = useConnection();
  const queryClient = useQueryClient();
  const update = useUpdateGrant();

  async function save(
    base: ClientGrant,
    values: GrantFormValues,
    isValid: (values: GrantFormValues) => boolean,
  ): Promise<SaveOutcome> {
    const current = await queryClient.fetchQuery({ ...grantQueries.detail(api, base.id), staleTime: 0 });
    let toSave = values;
    let other: OtherChange | undefined;
    if (!sameGrantSettings(base, current)) {
      const merge = mergeGrantEdit(base, values, current);
      other = { theirChanges: merge.theirChanges, conflicts: merge.conflicts };
      if (merge.conflicts.length > 0 || !isValid(merge.values)) {
        return { kind: 'review', base: current, values: merge.values, other };
      }
      toSave = merge.values;
    }
    const body = buildUpdatePayload(current, toSave);
    // The other change already did what this admin asked: there is nothing left to send.
    if (!body) return { kind: 'saved', result: { grant: current }, other };
    return { kind: 'saved', result: await update.mutateAsync({ id: base.id, body }), other };
  }

  return { save, pending: update.isPending, reset: update.reset };
}
