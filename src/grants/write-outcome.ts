import type { ClientGrant, CreateClientGrantBody, UpdateClientGrantBody } from '../api/client-grants';
import { ApiError, NetworkError, ResponseShapeError, describeError, type ErrorDescription } from '../api/errors';
import type { ManagementApi } from '../api/management-api';
import { sameScopes } from './grant-form/grant-form-values';

/**
 * A write whose answer never arrived (connection reset, unreadable body, or the admin stopped waiting)
 * may well have been applied: the tenant is asked what it holds before anything is reported.
 */
export function isUnknownOutcome(error: unknown, signal?: AbortSignal): boolean {
  return error instanceof NetworkError || error instanceof ResponseShapeError || Boolean(signal?.aborted);
}

/** A write that was not applied, or whose outcome could not be found out; words ready for the admin. */
export class WriteOutcomeError extends Error {
  override readonly name = 'WriteOutcomeError';
  readonly description: ErrorDescription;
  readonly applied: 'no' | 'unknown';

  constructor(applied: 'no' | 'unknown', description: ErrorDescription) {
    super(`${description.detail} ${description.action}`);
    this.applied = applied;
    this.description = description;
  }
}

/** describeError, plus the words a WriteOutcomeError already carries. */
export function describeWriteError(error: unknown): ErrorDescription {
  return error instanceof WriteOutcomeError ? error.description : describeError(error);
}

/** What the first answer was: "The connection was reset" rather than a parser's complaint. */
function whatHappened(error: unknown): string {
  if (error instanceof ResponseShapeError) return 'The tenant’s answer could not be read.';
  if (error instanceof NetworkError) return 'The connection failed before the tenant’s answer arrived.';
  if (error instanceof ApiError && error.status === 409) return 'The tenant answered that the grant already exists.';
  return 'You stopped waiting for the tenant’s answer.';
}

const notApplied = (error: unknown, what: string) =>
  new WriteOutcomeError('no', {
    title: `Not ${what}`,
    detail: `${whatHappened(error)} Re-reading the tenant shows the change was not applied.`,
    action: 'Try again.',
  });

const unknown = (error: unknown, recheck: unknown, what: string) =>
  new WriteOutcomeError('unknown', {
    title: `Maybe not ${what}`,
    detail: `${whatHappened(error)} The dashboard could not re-read the tenant to find out whether it was ${what} (${describeError(recheck).detail})`,
    action: 'Refresh the list to see what the tenant holds before trying again.',
  });

/** Whether a grant holds every setting a create or update body asked for. */
export function holdsSettings(grant: ClientGrant, body: UpdateClientGrantBody): boolean {
  const checks = [
    body.scope === undefined || sameScopes(grant.scope ?? [], body.scope),
    body.allow_all_scopes === undefined || (grant.allow_all_scopes ?? false) === body.allow_all_scopes,
    body.organization_usage === undefined || grant.organization_usage === body.organization_usage,
    body.allow_any_organization === undefined || (grant.allow_any_organization ?? false) === body.allow_any_organization,
  ];
  return checks.every(Boolean);
}

/** After a create with no usable answer (or a 409 that may answer its own repeat): is the grant there? */
export async function recoverCreate(api: ManagementApi, body: CreateClientGrantBody, error: unknown): Promise<ClientGrant> {
  if (!body.client_id) throw unknown(error, new Error('a default grant cannot be looked up'), 'created');
  const key = { client_id: body.client_id, audience: body.audience, subject_type: body.subject_type ?? 'client' };
  let found: ClientGrant | undefined;
  try {
    found = (await api.clientGrants.list({ ...key, page: 0, per_page: 1 })).client_grants[0];
  } catch (recheck) {
    throw unknown(error, recheck, 'created');
  }
  if (found && holdsSettings(found, body)) return found;
  // A 409 about a grant with other settings is someone else's grant: that refusal stands as it is.
  if (error instanceof ApiError) throw error;
  throw notApplied(error, 'created');
}

/** After an update with no usable answer: the grant as the tenant holds it, if it holds the change. */
export async function recoverUpdate(api: ManagementApi, id: string, body: UpdateClientGrantBody, error: unknown): Promise<ClientGrant> {
  let grant: ClientGrant;
  try {
    grant = await api.clientGrants.get(id);
  } catch (recheck) {
    if (recheck instanceof ApiError && recheck.status === 404) {
      throw new WriteOutcomeError('no', {
        title: 'Not saved',
        detail: `${whatHappened(error)} Re-reading shows the grant no longer exists: someone deleted it.`,
        action: 'Close this form and refresh the list.',
      });
    }
    throw unknown(error, recheck, 'saved');
  }
  if (holdsSettings(grant, body)) return grant;
  throw notApplied(error, 'saved');
}

/** After a delete with no usable answer: gone means deleted. */
export async function recoverDelete(api: ManagementApi, id: string, error: unknown): Promise<void> {
  try {
    await api.clientGrants.get(id);
  } catch (recheck) {
    if (recheck instanceof ApiError && recheck.status === 404) return;
    throw unknown(error, recheck, 'deleted');
  }
  throw notApplied(error, 'deleted');
}
