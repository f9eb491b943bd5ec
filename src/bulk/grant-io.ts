import type { ClientGrant } from '../api/client-grants';
import { ApiError, NetworkError, ResponseShapeError } from '../api/errors';
import type { ManagementApi } from '../api/management-api';

// A batch is long and paced: background priority retries a 429 for as long as it is not cancelled,
// so a rate-limit storm slows the batch down instead of failing grants.
const batchCall = (signal: AbortSignal) => ({ signal, priority: 'background' as const });

/** The grant as the tenant holds it now, or undefined when it was deleted. */
export async function readGrant(api: ManagementApi, id: string, signal: AbortSignal): Promise<ClientGrant | undefined> {
  try {
    return await api.clientGrants.get(id, batchCall(signal));
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return undefined;
    throw error;
  }
}

/**
 * Sends the scopes. A lost answer is not a failure: the caller's read-back finds out what happened.
 * Any other error (403, 400, 404, …) is thrown.
 */
export async function writeScopes(api: ManagementApi, id: string, scope: string[], signal: AbortSignal): Promise<void> {
  try {
    await api.clientGrants.update(id, { scope }, batchCall(signal));
  } catch (error) {
    if (signal.aborted) throw error;
    if (error instanceof NetworkError || error instanceof ResponseShapeError) return;
    throw error;
  }
}

export const scopesOf = (grant: ClientGrant) => grant.scope ?? [];

export const listScopes = (scopes: string[]) => (scopes.length ? scopes.join(', ') : 'no scopes');

/** Deletes a grant. As with `writeScopes`, a lost answer is left to the caller's read-back. */
export async function removeGrant(api: ManagementApi, id: string, signal: AbortSignal): Promise<void> {
  try {
    await api.clientGrants.remove(id, batchCall(signal));
  } catch (error) {
    if (signal.aborted) throw error;
    if (error instanceof NetworkError || error instanceof ResponseShapeError) return;
    if (error instanceof ApiError && error.status === 404) return;
    throw error;
  }
}
