import type { ClientGrant } from '../api/client-grants';
import { ApiError, NetworkError, ResponseShapeError } from '../api/errors';
import type { ManagementApi } from '../api/management-api';
import type { Reservation } from '../api/request';
import type { ApplyEntry, ApplyJournal } from './apply-journal';
import { createBody, updateBody, type GrantIdentity, type GrantSettings } from './apply-settings';

export type ApplyContext = {
  api: ManagementApi;
  storage: Storage;
  signal: AbortSignal;
  /** Called after every step with the journal as saved. */
  onProgress(journal: ApplyJournal): void;
};

export type ApplyStep = (
  entry: ApplyEntry,
  save: (change: Partial<ApplyEntry>) => void,
) => Promise<Partial<ApplyEntry>>;

// Paced like the bulk engine's writes (bulk/grant-io.ts): background priority waits out a 429 until Cancel.
export const batchCall = (signal: AbortSignal, reservation?: Reservation) => ({
  signal,
  priority: 'background' as const,
  reservation,
});

/** An answer that never arrived (or arrived garbled): the write may have landed; only a read-back can say. */
export const isLostAnswer = (error: unknown) =>
  error instanceof NetworkError || error instanceof ResponseShapeError;

export const isConflict = (error: unknown) => error instanceof ApiError && error.status === 409;

/** The target's grant for this application, API and subject type (Auth0's uniqueness key), if there is one. */
export async function findGrant(
  api: ManagementApi,
  identity: GrantIdentity,
  signal: AbortSignal,
): Promise<ClientGrant | undefined> {
  const filters = { audience: identity.audience, subject_type: identity.subject_type };
  if (identity.client_id !== undefined) {
    const page = await api.clientGrants.list(
      { ...filters, client_id: identity.client_id, page: 0, per_page: 1 },
      batchCall(signal),
    );
    return page.client_grants[0];
  }
  // A default_for grant cannot be filtered for: one page of the API's grants holds it on any real tenant.
  const page = await api.clientGrants.list({ ...filters, page: 0, per_page: 100 }, batchCall(signal));
  return page.client_grants.find((grant) => grant.default_for === identity.default_for);
}

/** PATCHes `from` → `to`. A lost answer is left to the caller's read-back; any other error is thrown. */
export async function writeSettings(
  api: ManagementApi,
  id: string,
  from: GrantSettings,
  to: GrantSettings,
  signal: AbortSignal,
  reservation?: Reservation,
): Promise<void> {
  try {
    await api.clientGrants.update(id, updateBody(from, to), batchCall(signal, reservation));
  } catch (error) {
    if (signal.aborted || !isLostAnswer(error)) throw error;
  }
}

/** POSTs the grant; undefined when the answer was lost or was a 409 (the caller reads back). */
export async function createGrant(
  api: ManagementApi,
  identity: GrantIdentity,
  settings: GrantSettings,
  signal: AbortSignal,
): Promise<{ grant?: ClientGrant; conflict: boolean }> {
  try {
    return {
      grant: await api.clientGrants.create(createBody(identity, settings), batchCall(signal)),
      conflict: false,
    };
  } catch (error) {
    if (signal.aborted) throw error;
    if (isConflict(error)) return { conflict: true };
    if (isLostAnswer(error)) return { conflict: false };
    throw error;
  }
}
