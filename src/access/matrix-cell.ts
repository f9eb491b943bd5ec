import type { ClientGrant } from '../api/client-grants';

/** What one matrix cell holds: the app's client grant and user grant on one API (Auth0 allows one of each). */
export type MatrixCell = { client?: ClientGrant; user?: ClientGrant };

export function matrixCell(grants: readonly ClientGrant[] | undefined): MatrixCell {
  const cell: MatrixCell = {};
  for (const grant of grants ?? []) {
    if (grant.subject_type === 'user') cell.user ??= grant;
    else cell.client ??= grant;
  }
  return cell;
}

function shortAccess(grant: ClientGrant): string {
  return grant.allow_all_scopes ? 'All' : String(grant.scope?.length ?? 0);
}

function access(grant: ClientGrant): string {
  if (grant.allow_all_scopes) return 'all scopes';
  const count = grant.scope?.length ?? 0;
  return `${count} ${count === 1 ? 'scope' : 'scopes'}`;
}

/** The cell's visible text: "12", "All", "12 · user 3", "user All"; empty without a grant. */
export function cellText({ client, user }: MatrixCell): string {
  const parts: string[] = [];
  if (client) parts.push(shortAccess(client));
  if (user) parts.push(`user ${shortAccess(user)}`);
  return parts.join(' · ');
}

/** The cell's accessible name, e.g. "Billing Service on Orders API: 12 scopes; user grant 3 scopes". */
export function cellLabel(appName: string, apiName: string, { client, user }: MatrixCell): string {
  const parts: string[] = [];
  if (client) parts.push(access(client));
  if (user) parts.push(`user grant ${access(user)}`);
  return `${appName} on ${apiName}: ${parts.length > 0 ? parts.join('; ') : 'no grant'}`;
}

/** The grant a cell opens: the client grant, or the user grant when that is all the app has on the API. */
export function cellGrant({ client, user }: MatrixCell): ClientGrant | undefined {
  return client ?? user;
}
