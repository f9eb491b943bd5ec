import type { ClientGrant, UpdateClientGrantBody } from '../api/client-grants';
import type { ManagementApi } from '../api/management-api';
import type { Reservation } from '../api/request';
import { allowsOrganizations } from '../tenant-index';
import { readAssociations, removeAssociations, type OrganizationsRemoved } from './apply-organization-fix';
import { isNotFound, isUnknownOutcome } from './fix-errors';
import { grantChanges } from './grant-changes';
import { associationRules } from './organization-rules';
import type { Finding, FixKind, RuleId } from './rules';

export type FixOutcome =
  /** `note`: what the change leaves as it is (e.g. associations kept when organizations are turned off). */
  | { kind: 'changed'; before: ClientGrant; after: ClientGrant; responseLost: boolean; note?: string }
  | { kind: 'deleted'; before: ClientGrant; responseLost: boolean }
  | { kind: 'already-deleted' }
  /** The finding does not hold on what the tenant holds now: nothing was sent. */
  | { kind: 'no-longer-applies'; before: ClientGrant; now: ClientGrant; why?: string }
  /** A delete whose grant changed since the admin saw it: nothing was sent; ask again on `now`. */
  | { kind: 'changed-since'; before: ClientGrant; now: ClientGrant }
  | { kind: 'not-applied'; grant: ClientGrant }
  | OrganizationsRemoved;

export type FixRequest = {
  kind: FixKind;
  /** The finding's rule: those about associations are re-checked on the associations read again. */
  rule: RuleId;
  /** The grant as the admin saw it when confirming: the finding's copy, or the one "changed since" showed. */
  seen: ClientGrant;
  /** The scopes the admin confirmed removing (for remove-scopes). */
  scopes: string[];
  /** The organizations the admin confirmed removing (for remove-organizations). */
  organizations?: string[];
  /**
   * The finding, evaluated again on the grant as the tenant holds it now (and, for rules about associations,
   * its associations as just read); undefined when it no longer holds.
   */
  recheck(grant: ClientGrant, organizationIds?: readonly string[]): Finding | undefined;
};

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

async function update(api: ManagementApi, current: ClientGrant, body: UpdateClientGrantBody, applied: (after: ClientGrant) => boolean, pair: Reservation, note?: string): Promise<FixOutcome> {
  const responseLost = await send(() => api.clientGrants.update(current.id, body, { reservation: pair }));
  // Read back: show what Auth0 now holds, not what we asked for.
  const after = await readGrant(api, current.id);
  if (!after) return { kind: 'already-deleted' };
  return applied(after) ? { kind: 'changed', before: current, after, responseLost, note } : { kind: 'not-applied', grant: after };
}

const associationsKept =
  'Organizations are now off for this grant. Organizations still associated with it stay associated (they do nothing while it denies organizations): remove them from the grant’s Organizations region, or with the finding that lists them.';

/** The organization settings fixes: one PATCH each, changing only the organization fields. */
function organizationUpdate(api: ManagementApi, current: ClientGrant, kind: 'deny-organizations' | 'stop-any-organization', pair: Reservation) {
  if (kind === 'stop-any-organization')
    return update(api, current, { allow_any_organization: false }, (after) => !after.allow_any_organization, pair, 'The grant now reaches only the organizations associated with it.');
  // Auth0 refuses allow_any_organization with usage deny: it goes off with it.
  const body: UpdateClientGrantBody = current.allow_any_organization ? { organization_usage: 'deny', allow_any_organization: false } : { organization_usage: 'deny' };
  return update(api, current, body, (after) => !allowsOrganizations(after), pair, associationsKept);
}

async function remove(api: ManagementApi, current: ClientGrant, pair: Reservation): Promise<FixOutcome> {
  const responseLost = await send(() => api.clientGrants.remove(current.id, { reservation: pair }));
  const after = await readGrant(api, current.id);
  return after ? { kind: 'not-applied', grant: after } : { kind: 'deleted', before: current, responseLost };
}

/** Decides on the grant as the tenant holds it now; the write (if any) goes on the reserved slot. */
function fixOn(api: ManagementApi, current: ClientGrant, request: FixRequest, pair: Reservation, organizationIds?: string[]): Promise<FixOutcome> | FixOutcome {
  const { kind, seen, scopes } = request;
  const finding = request.recheck(current, organizationIds);
  if (!finding) {
    const why = organizationIds && grantChanges(seen, current).length === 0 ? 'since the finding, the organizations associated with it changed' : undefined;
    return { kind: 'no-longer-applies', before: seen, now: current, why };
  }
  if (kind === 'remove-organizations') {
    // Only associations the admin confirmed and still there: one a colleague made meanwhile is theirs to judge.
    const now = new Set(finding.organizations ?? []);
    const confirmed = request.organizations ?? [];
    const removing = confirmed.filter((id) => now.has(id));
    if (removing.length === 0) return { kind: 'no-longer-applies', before: seen, now: current, why: 'since the finding, the organizations associated with it changed' };
    const left = [...now].filter((id) => !confirmed.includes(id));
    return removeAssociations(api, current, removing, pair, left);
  }
  if (kind === 'deny-organizations' || kind === 'stop-any-organization') return organizationUpdate(api, current, kind, pair);
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
  // Associations are read first, outside the reserved pair, which keeps the grant's re-read and the write together.
  const organizationIds = associationRules.has(request.rule) ? await readAssociations(api, grantId) : undefined;
  if (associationRules.has(request.rule) && !organizationIds) return { kind: 'already-deleted' };
  const pair = await api.reserveSlots(2);
  try {
    const current = await readGrant(api, grantId, pair);
    if (!current) return { kind: 'already-deleted' };
    return await fixOn(api, current, request, pair, organizationIds);
  } finally {
    pair.release();
  }
}
