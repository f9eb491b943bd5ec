import type { ClientGrant } from '../api/client-grants';
import type { TenantIndex } from '../tenant-index';
import { isUnused, windowPhrase, type UsageIndex } from '../usage';
import { isManagementApi, powerGroupOf, type PowerGroup } from './management-scopes';
import { organizationFindings } from './organization-rules';

export type Severity = 'critical' | 'high' | 'medium' | 'low';
export type RuleId =
  | 'management-power'
  | 'dangling'
  | 'undefined-scopes'
  | 'unusable'
  | 'broad'
  | 'unused'
  | 'require-unassociated'
  | 'deny-associations'
  | 'management-organizations'
  | 'third-party-any-organization';
export type FixKind =
  | 'remove-scopes'
  | 'delete-grant'
  | 'allow-all-scopes'
  | 'remove-organizations'
  | 'deny-organizations'
  | 'stop-any-organization';

export type Finding = {
  /** Stable across reads: what a dismissal remembers. */
  id: string;
  rule: RuleId;
  severity: Severity;
  title: string;
  explanation: string;
  grant: ClientGrant;
  /** The scopes the finding is about (empty when it is about the whole grant). */
  scopes: string[];
  /** For Management API power: the scopes grouped by what they allow. */
  groups?: { group: PowerGroup; scopes: string[] }[];
  /** For associations on a `deny` grant: the ids of the organizations to remove. */
  organizations?: string[];
  /** Safe fixes; none for system grants, which Auth0 manages itself. */
  fixes: FixKind[];
  /** The grant of the application whose token this dashboard uses: a fix may cut the admin's own access. */
  ownGrant: boolean;
};

/** A complete read of the tenant's logs, and when it finished (the "now" its window is measured from). */
export type UsageContext = { index: UsageIndex; readAt: number };

/** `usage` only when the logs were read to the end: a partial read would call used grants unused. */
export type RuleContext = {
  index: TenantIndex;
  ownClientId?: string;
  usage?: UsageContext;
  /** One grant's associations as a fix just read them: they win over the index's (which may be stale or unread). */
  associations?: { grantId: string; organizationIds: readonly string[] };
};

export const severityOrder: Record<Severity, number> = { critical: 0, high: 1, medium: 2, low: 3 };

function finding(ctx: RuleContext, grant: ClientGrant, rule: RuleId, rest: Omit<Finding, 'id' | 'rule' | 'grant' | 'ownGrant'>): Finding {
  const fixes = grant.is_system ? [] : rest.fixes;
  return { id: `${rule}:${grant.id}`, rule, grant, ownGrant: Boolean(ctx.ownClientId) && grant.client_id === ctx.ownClientId, ...rest, fixes };
}

function managementPower(ctx: RuleContext, grant: ClientGrant): Finding | undefined {
  const api = ctx.index.apis.get(grant.audience);
  if (!isManagementApi(api)) return undefined;
  const scopes = grant.allow_all_scopes ? (api?.scopes ?? []).map((s) => s.value) : (grant.scope ?? []);
  const byGroup = new Map<PowerGroup, string[]>();
  for (const scope of [...scopes].sort()) {
    const group = powerGroupOf(scope);
    if (group) byGroup.set(group, [...(byGroup.get(group) ?? []), scope]);
  }
  if (byGroup.size === 0 && !grant.allow_all_scopes) return undefined;
  const groups = [...byGroup].map(([group, groupScopes]) => ({ group, scopes: groupScopes }));
  const onlyDestructive = groups.every((g) => g.group.id === 'destructive');
  return finding(ctx, grant, 'management-power', {
    severity: onlyDestructive ? 'high' : 'critical',
    title: grant.allow_all_scopes ? 'Every Management API scope' : 'Power over the tenant',
    explanation: `This application can ${groups.map((g) => g.group.title.toLowerCase()).join('; ')} through the Management API. Keep such scopes to the apps that need them.`,
    scopes: groups.flatMap((g) => g.scopes),
    groups,
    fixes: ['remove-scopes', 'delete-grant'],
  });
}

function dangling(ctx: RuleContext, grant: ClientGrant): Finding | undefined {
  const appGone = grant.client_id !== undefined && !ctx.index.clients.has(grant.client_id);
  const apiGone = !ctx.index.apis.has(grant.audience);
  if (!appGone && !apiGone) return undefined;
  const what = appGone && apiGone ? 'its application and its API no longer exist' : appGone ? 'its application no longer exists' : 'its API no longer exists';
  return finding(ctx, grant, 'dangling', {
    severity: 'medium',
    title: appGone ? 'Deleted application' : 'Deleted API',
    explanation: `This grant gives nothing: ${what}. If an app or API is created again with the same id, the old permissions would silently apply to it.`,
    scopes: [],
    fixes: ['delete-grant'],
  });
}

function undefinedScopes(ctx: RuleContext, grant: ClientGrant): Finding | undefined {
  const api = ctx.index.apis.get(grant.audience);
  if (!api || grant.allow_all_scopes) return undefined;
  const defined = new Set((api.scopes ?? []).map((s) => s.value));
  const missing = (grant.scope ?? []).filter((scope) => !defined.has(scope)).sort();
  if (missing.length === 0) return undefined;
  return finding(ctx, grant, 'undefined-scopes', {
    severity: 'medium',
    title: missing.length === 1 ? 'A scope its API does not define' : 'Scopes its API does not define',
    explanation: `${api.name} no longer defines ${missing.join(', ')}. Tokens still carry them, and if the API defines them again they take effect without anyone granting them.`,
    scopes: missing,
    fixes: ['remove-scopes'],
  });
}

/** Single-page and native apps have no client secret: they can never use the client-credentials grant. */
const publicAppTypes = new Set(['spa', 'native']);

function unusable(ctx: RuleContext, grant: ClientGrant): Finding | undefined {
  if (grant.subject_type !== 'client' || !grant.client_id) return undefined;
  const client = ctx.index.clients.get(grant.client_id);
  if (!client?.app_type || !publicAppTypes.has(client.app_type)) return undefined;
  const kind = client.app_type === 'spa' ? 'a single-page app' : 'a native app';
  return finding(ctx, grant, 'unusable', {
    severity: 'low',
    title: 'Unusable grant',
    explanation: `${client.name} is ${kind}: it has no client secret, so it can never get a token with this client grant. The grant only adds clutter (and risk, if the app type is changed).`,
    scopes: [],
    fixes: ['delete-grant'],
  });
}

function broad(ctx: RuleContext, grant: ClientGrant): Finding | undefined {
  const api = ctx.index.apis.get(grant.audience);
  const defined = (api?.scopes ?? []).map((s) => s.value);
  if (!api || api.is_system || grant.allow_all_scopes || defined.length < 2) return undefined;
  const held = new Set(grant.scope ?? []);
  if (!defined.every((scope) => held.has(scope))) return undefined;
  return finding(ctx, grant, 'broad', {
    severity: 'low',
    title: 'Every scope of its API',
    explanation: `This grant lists all ${defined.length} scopes of ${api.name}. If the app needs them all, "All scopes" says so and follows the API; if not, trim it to what the app uses.`,
    scopes: [],
    fixes: ['allow-all-scopes'],
  });
}

function unused(ctx: RuleContext, grant: ClientGrant): Finding | undefined {
  if (!ctx.usage || !isUnused(ctx.usage.index, grant)) return undefined;
  // A grant whose app or API is gone, or whose app cannot use client credentials, gets no token for a
  // reason another finding already gives.
  const client = grant.client_id ? ctx.index.clients.get(grant.client_id) : undefined;
  if (!client || !ctx.index.apis.has(grant.audience) || publicAppTypes.has(client.app_type ?? '')) return undefined;
  const window = windowPhrase(ctx.usage.index.window, ctx.usage.readAt);
  const scopes = grant.allow_all_scopes ? [] : [...(grant.scope ?? [])].sort();
  return finding(ctx, grant, 'unused', {
    severity: 'low',
    title: 'Unused in the log window',
    explanation: `No token was issued for this grant in ${window}. The logs go back no further, so it may still be used now and then: ask its owner, then delete the grant or remove the scopes it does not need.`,
    scopes,
    fixes: scopes.length > 0 ? ['remove-scopes', 'delete-grant'] : ['delete-grant'],
  });
}

const rules = [managementPower, dangling, undefinedScopes, unusable, broad, unused];

/** Every finding about one grant. Pure: a lookup per rule, no scan of the tenant. */
export function findingsForGrant(ctx: RuleContext, grant: ClientGrant): Finding[] {
  const found: Finding[] = [];
  for (const rule of rules) {
    const result = rule(ctx, grant);
    if (result) found.push(result);
  }
  for (const { rule, ...rest } of organizationFindings(ctx, grant)) found.push(finding(ctx, grant, rule, rest));
  return found;
}

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => severityOrder[a.severity] - severityOrder[b.severity] || a.id.localeCompare(b.id));
}
