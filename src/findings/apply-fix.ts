import type { ClientGrant } from '../api/client-grants';
import { ApiError, NetworkError, ResponseShapeError } from '../api/errors';
import type { ManagementApi } from '../api/management-api';
import type { Reservation } from '../api/request';
import { grantChanges } from './grant-changes';
import type { Finding, FixKind } from './rules';

export type FixOutcome =
  | { kind: 'changed'; before: ClientGrant; after: ClientGrant; responseLost: boolean }
  | { kind: 'deleted'; before: ClientGrant; responseLost: boolean }
  | { kind: 'already-deleted' }
  /** The finding does not hold on what the tenant holds now: nothing was sent. */
  | { kind: 'no-longer-applies'; before: ClientGrant; now: ClientGrant }
  /** A delete whose grant changed since the admin saw it: nothing was sent; ask again on `now`. */
  | { kind: 'changed-since'; before: ClientGrant; now: ClientGrant }
  | { kind: 'not-applied'; grant: ClientGrant };

export type FixRequest = {
  kind: FixKind;
  /** The grant as the admin saw it when confirming: the finding's copy, or the one "changed since" showed. */
  seen: ClientGrant;
  /** The scopes the admin confirmed removing (for remove-scopes). */
  scopes: string[];
  /** The finding, evaluated again on the grant as the tenant holds it now; undefined when it no longer holds. */
  recheck(grant: ClientGrant): Finding | undefined;
};

const isNotFound = (error: unknown) => error instanceof ApiError && error.status === 404;
/** The write may or may not have reached the tenant: only a re-read can tell. */
const isUnknownOutcome = (error: unknown) => error instanceof NetworkError || error instanceof ResponseShapeError;

async function readGrant(api: ManagementApi, id: string, reservation?: Reservation): Promise<ClientGrant | undefined> {
  try {
    return await api.clientGrants.get(id, { reservation });
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

/** Sends a write; a lost answer is left to the read-back (true), any other error is thrown. */
async function send(write: () => Promise<unknown>): Promise<boolean> {
  try {
    await write();
    return false;
  } catch (error) {
    if (!isUnknownOutcome(error)) throw error;
    return true;
  }
}

/** The confirmed scopes still on the grant and still part of the finding: only those are removed. */
function stillToRemove(current: ClientGrant, finding: Finding, confirmed: string[]): string[] {
  const held = new Set(current.scope ?? []);
  const about = new Set(finding.scopes);
  return confirmed.filter((scope) => held.has(scope) && about.has(scope));
}

async function update(api: ManagementApi, current: ClientGrant, body: { scope: string[] } | { allow_all_scopes: true; scope: [] }, applied: (after: ClientGrant) => boolean, pair: Reservation): Promise<FixOutcome> {
  const responseLost = await send(() => api.clientGrants.update(current.id, body, { reservation: pair }));
  // Read back: show what Auth0 now holds, not what we asked for.
  const after = await readGrant(api, current.id);
  if (!after) return { kind: 'already-deleted' };
  return applied(after) ? { kind: 'changed', before: current, after, responseLost } : { kind: 'not-applied', grant: after };
}

async function remove(api: ManagementApi, current: ClientGrant, pair: Reservation): Promise<FixOutcome> {
  const responseLost = await send(() => api.clientGrants.remove(current.id, { reservation: pair }));
  const after = await readGrant(api, current.id);
  return after ? { kind: 'not-applied', grant: after } : { kind: 'deleted', before: current, responseLost };
}

/** Decides on the grant as the tenant holds it now; the write (if any) goes on the reserved slot. */
function fixOn(api: ManagementApi, current: ClientGrant, request: FixRequest, pair: Reservation): Promise<FixOutcome> | FixOutcome {
  const { kind, seen, scopes } = request;
  const finding = request.recheck(current);
  if (!finding) return { kind: 'no-longer-applies', before: seen, now: current };
  if (kind === 'delete-grant') {
    // A delete cannot be undone: the admin confirms the grant as it is, not as it was.
    if (grantChanges(seen, current).length > 0) return { kind: 'changed-since', before: seen, now: current };
    return remove(api, current, pair);
  }
  if (kind === 'allow-all-scopes')
    return update(api, current, { allow_all_scopes: true, scope: [] }, (after) => Boolean(after.allow_all_scopes), pair);
  const removing = new Set(stillToRemove(current, finding, scopes));
  if (removing.size === 0) return { kind: 'no-longer-applies', before: seen, now: current };
  const kept = (current.scope ?? []).filter((scope) => !removing.has(scope));
  return update(api, current, { scope: kept }, (after) => !(after.scope ?? []).some((scope) => removing.has(scope)), pair);
}

/**
 * Applies one fix the way a careful admin would: re-read the grant right before the write (its slot is
 * reserved with the read's, so the two go back to back), check on what the tenant holds now that the
 * finding still holds (else change nothing and say what changed), change only what the finding is about,
 * then read it back. A lost response is found out by that read, not reported as a failure.
 */
export async function applyFix(api: ManagementApi, grantId: string, request: FixRequest): Promise<FixOutcome> {
  const pair = await api.reserveSlots(2);
  try {
    const current = await readGrant(api, grantId, pair);
    if (!current) return { kind: 'already-deleted' };
    return await fixOn(api, current, request, pair);
  } finally {
    pair.release();
  }
}
