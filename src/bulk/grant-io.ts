import type { ClientGrant } from '../api/client-grants';
import { ApiError, NetworkError, ResponseShapeError } from '../api/errors';
import type { ManagementApi } from '../api/management-api';
import type { Reservation } from '../api/request';

// A batch is long and paced: background priority retries a 429 for as long as it is not cancelled,
// so a rate-limit storm slows the batch down instead of failing grants.
const batchCall = (signal: AbortSignal, reservation?: Reservation) => ({ signal, priority: 'background' as const, reservation });

/**
 * Two slots at once for a grant's re-read and its write, so the write goes right after the read: with each
 * waiting for its own slot, a colleague's edit had the pacer's interval (~1 s at 5 req/s) to land in between
 * and be overwritten. Release it in a `finally` (the write may not be needed).
 */
export function reserveReadAndWrite(api: ManagementApi, signal: AbortSignal): Promise<Reservation> {
  return api.reserveSlots(2, batchCall(signal));
}

/** The grant as the tenant holds it now, or undefined when it was deleted. */
export async function readGrant(api: ManagementApi, id: string, signal: AbortSignal, reservation?: Reservation): Promise<ClientGrant | undefined> {
  try {
    return await api.clientGrants.get(id, batchCall(signal, reservation));
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return undefined;
    throw error;
  }
}

/**
 * Sends the scopes. A lost answer is not a failure: the caller's read-back finds out what happened.
 * Any other error (403, 400, 404, …) is thrown.
 */
export async function writeScopes(api: ManagementApi, id: string, scope: string[], signal: AbortSignal, reservation?: Reservation): Promise<void> {
  try {
    await api.clientGrants.update(id, { scope }, batchCall(signal, reservation));
  } catch (error) {
    if (signal.aborted) throw error;
    if (error instanceof NetworkError || error instanceof ResponseShapeError) return;
    throw error;
  }
}

export const scopesOf = (grant: ClientGrant) => grant.scope ?? [];

export const listScopes = (scopes: string[]) => (scopes.length ? scopes.join(', ') : 'no scopes');

/** Deletes a grant. As with `writeScopes`, a lost answer is left to the caller's read-back. */
export async function removeGrant(api: ManagementApi, id: string, signal: AbortSignal, reservation?: Reservation): Promise<void> {
  try {
    await api.clientGrants.remove(id, batchCall(signal, reservation));
  } catch (error) {
    if (signal.aborted) throw error;
    if (error instanceof NetworkError || error instanceof ResponseShapeError) return;
    if (error instanceof ApiError && error.status === 404) return;
    throw error;
  }
}
