import type { ClientGrant } from '../api/client-grants';
import { dashboardNeeds, describeNeeds, isOwnAccessGrant } from '../connection/dashboard-needs';
import type { PlanEntry, ScopeDelta } from './bulk-plan';

/** The dashboard's own grant in a batch, and what the dashboard would stop doing with new tokens. */
export type OwnAccessRisk = { grant: ClientGrant; loss: string[] };

/**
 * Change scopes: the own grant is written only when the preview changes it, and then the delta is applied to
 * what it holds at that moment, so every removed scope the dashboard needs counts (it may hold it again by then).
 */
export function scopeChangeRisk(plan: PlanEntry[], delta: ScopeDelta, clientId: string | undefined): OwnAccessRisk | undefined {
  const own = plan.find((entry) => entry.kind === 'change' && isOwnAccessGrant(entry.grant, clientId));
  const loss = describeNeeds(delta.remove.filter((scope) => scope in dashboardNeeds));
  return own && loss.length > 0 ? { grant: own.grant, loss } : undefined;
}

/** Delete: the own grant gone, the dashboard can do none of what it does (as the Findings fix says). */
export function deleteRisk(grants: ClientGrant[], clientId: string | undefined): OwnAccessRisk | undefined {
  const own = grants.find((grant) => !grant.is_system && isOwnAccessGrant(grant, clientId));
  return own ? { grant: own, loss: describeNeeds(Object.keys(dashboardNeeds)) } : undefined;
}
