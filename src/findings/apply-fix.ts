import type { ClientGrant } from '../api/client-grants';
import { ApiError, NetworkError, ResponseShapeError } from '../api/errors';
import type { ManagementApi } from '../api/management-api';
import type { FixKind } from './rules';

export type FixOutcome =
  | { kind: 'changed'; before: ClientGrant; after: ClientGrant; responseLost: boolean }
  | { kind: 'deleted'; before: ClientGrant; responseLost: boolean }
  | { kind: 'already-deleted' }
  | { kind: 'nothing-to-do'; grant: ClientGrant }
  | { kind: 'not-applied'; grant: ClientGrant };

const isNotFound = (error: unknown) => error instanceof ApiError && error.status === 404;
/** The write may or may not have reached the tenant: only a re-read can tell. */
const isUnknownOutcome = (error: unknown) => error instanceof NetworkError || error instanceof ResponseShapeError;

async function readGrant(api: ManagementApi, id: string): Promise<ClientGrant | undefined> {
  try {
    return await api.clientGrants.get(id);
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

/** What the fix would send, computed from what the tenant holds now, not from what the finding saw. */
function patchFor(kind: FixKind, current: ClientGrant, scopes: string[]) {
  if (kind === 'allow-all-scopes') return current.allow_all_scopes ? undefined : { allow_all_scopes: true, scope: [] };
  const remove = new Set(scopes);
  const kept = (current.scope ?? []).filter((scope) => !remove.has(scope));
  return kept.length === (current.scope ?? []).length ? undefined : { scope: kept };
}

async function update(api: ManagementApi, current: ClientGrant, kind: FixKind, scopes: string[]): Promise<FixOutcome> {
  const body = patchFor(kind, current, scopes);
  if (!body) return { kind: 'nothing-to-do', grant: current };
  let responseLost = false;
  try {
    await api.clientGrants.update(current.id, body);
  } catch (error) {
    if (!isUnknownOutcome(error)) throw error;
    responseLost = true;
  }
  // Read back: show what Auth0 now holds, not what we asked for.
  const after = await readGrant(api, current.id);
  if (!after) return { kind: 'already-deleted' };
  const applied = patchFor(kind, after, scopes) === undefined;
  return applied ? { kind: 'changed', before: current, after, responseLost } : { kind: 'not-applied', grant: after };
}

async function remove(api: ManagementApi, current: ClientGrant): Promise<FixOutcome> {
  let responseLost = false;
  try {
    await api.clientGrants.remove(current.id);
  } catch (error) {
    if (!isUnknownOutcome(error)) throw error;
    responseLost = true;
  }
  const after = await readGrant(api, current.id);
  return after ? { kind: 'not-applied', grant: after } : { kind: 'deleted', before: current, responseLost };
}

/**
 * Applies one fix the way a careful admin would: re-read the grant first (a colleague may have changed
 * or deleted it), change only what the finding is about, then read it back. A lost response is found
 * out by that read, not reported as a failure.
 */
export async function applyFix(api: ManagementApi, grantId: string, kind: FixKind, scopes: string[]): Promise<FixOutcome> {
  const current = await readGrant(api, grantId);
  if (!current) return { kind: 'already-deleted' };
  return kind === 'delete-grant' ? remove(api, current) : update(api, current, kind, scopes);
}
