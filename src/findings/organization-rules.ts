import type { ClientGrant } from '../api/client-grants';
import { allowsOrganizations, organizationLabel } from '../tenant-index';
import { isManagementApi } from './management-scopes';
import type { Finding, RuleContext, RuleId } from './rules';

/**
 * The rules about Machine-to-Machine Access for Organizations (docs/management-api.md, "Organizations").
 * They return what the finding says; rules.ts adds the id, the grant and who it belongs to.
 */
export type OrganizationRuleResult = Omit<Finding, 'id' | 'grant' | 'ownGrant'> & { rule: RuleId };

/** The rules that need the grant's associations: not evaluated unless every association was read. */
export const associationRules: ReadonlySet<RuleId> = new Set<RuleId>(['require-unassociated', 'deny-associations']);

/**
 * The organizations associated with a grant, or undefined when they are not known: a fix's fresh read of
 * this grant's list wins; otherwise the index's, only when it read every association (`complete`). A
 * partial or forbidden read would make every `require` grant look unassociated.
 */
function associationsOf(ctx: RuleContext, grantId: string): readonly string[] | undefined {
  if (ctx.associations?.grantId === grantId) return ctx.associations.organizationIds;
  if (ctx.index.organizationsCoverage.status !== 'complete') return undefined;
  const ids = ctx.index.orgsByGrant.get(grantId);
  return ids ? [...ids] : [];
}

/** Organization usage is about the client-credentials exchange: grants for user flows are not concerned. */
const concerned = (grant: ClientGrant) => grant.subject_type !== 'user';

function names(ctx: RuleContext, ids: readonly string[]): string {
  const labels = ids.map((id) => {
    const org = ctx.index.organizations.get(id);
    return org ? organizationLabel(org) : id;
  });
  const shown = labels.slice(0, 5).join(', ');
  return labels.length > 5 ? `${shown} and ${labels.length - 5} more` : shown;
}

function requireUnassociated(ctx: RuleContext, grant: ClientGrant): OrganizationRuleResult | undefined {
  if (!concerned(grant) || grant.organization_usage !== 'require' || grant.allow_any_organization) return undefined;
  const associated = associationsOf(ctx, grant.id);
  if (!associated || associated.length > 0) return undefined;
  return {
    rule: 'require-unassociated',
    severity: 'medium',
    title: 'Organization required, none allowed',
    explanation:
      'This grant requires an organization in every token request, but no organization is associated with it and it does not allow any organization: Auth0 refuses every token for it. Open the grant and add the organizations it should serve, or delete it if it is no longer needed.',
    scopes: [],
    fixes: ['delete-grant'],
  };
}

function denyAssociations(ctx: RuleContext, grant: ClientGrant): OrganizationRuleResult | undefined {
  if (!concerned(grant) || allowsOrganizations(grant)) return undefined;
  const associated = associationsOf(ctx, grant.id);
  if (!associated || associated.length === 0) return undefined;
  return {
    rule: 'deny-associations',
    severity: 'medium',
    title: 'Organizations kept on a grant that denies them',
    explanation: `Organizations are off for this grant, yet it is still associated with ${names(ctx, associated)}. The associations do nothing now, and take effect again, unreviewed, as soon as someone allows organizations on the grant.`,
    scopes: [],
    organizations: [...associated],
    fixes: ['remove-organizations'],
  };
}

function managementOrganizations(ctx: RuleContext, grant: ClientGrant): OrganizationRuleResult | undefined {
  if (!concerned(grant) || !allowsOrganizations(grant) || !isManagementApi(ctx.index.apis.get(grant.audience))) return undefined;
  const reach = grant.allow_any_organization ? 'any organization' : 'the organizations associated with it';
  return {
    rule: 'management-organizations',
    severity: 'high',
    title: 'Organizations on a Management API grant',
    explanation: `This app can get Management API tokens in the name of ${reach}. The Management API does not limit itself to that organization: a token meant for one customer carries power over the whole tenant. Organizations belong on your own APIs' grants.`,
    scopes: [],
    fixes: ['deny-organizations'],
  };
}

function thirdPartyAnyOrganization(ctx: RuleContext, grant: ClientGrant): OrganizationRuleResult | undefined {
  if (!concerned(grant) || !grant.allow_any_organization || !allowsOrganizations(grant)) return undefined;
  const client = grant.client_id ? ctx.index.clients.get(grant.client_id) : undefined;
  const defaultForThirdParty = grant.default_for === 'third_party_clients';
  if (!defaultForThirdParty && client?.is_first_party !== false) return undefined;
  const who = defaultForThirdParty ? 'every third-party app' : `${client?.name ?? 'This app'}, a third-party app,`;
  return {
    rule: 'third-party-any-organization',
    severity: 'high',
    title: 'Any organization for a third-party app',
    explanation: `With this grant ${who} can get tokens in the name of any organization, including customers who never authorized it. Auth0 does not allow this for third-party apps: each organization must be associated explicitly.${defaultForThirdParty ? '' : ' The setting is likely left from before the app was made third-party.'}`,
    scopes: [],
    fixes: ['stop-any-organization'],
  };
}

const organizationRules = [requireUnassociated, denyAssociations, managementOrganizations, thirdPartyAnyOrganization];

const none: readonly OrganizationRuleResult[] = [];

/**
 * Every organization finding about one grant (lookups only). Most grants neither allow organizations nor have
 * an association: they are let go at once, so a 100,000-grant tenant pays two lookups each.
 */
export function organizationFindings(ctx: RuleContext, grant: ClientGrant): readonly OrganizationRuleResult[] {
  const concernsOrganizations = allowsOrganizations(grant) || ctx.index.orgsByGrant.has(grant.id) || ctx.associations?.grantId === grant.id;
  if (!concernsOrganizations) return none;
  const found: OrganizationRuleResult[] = [];
  for (const rule of organizationRules) {
    const result = rule(ctx, grant);
    if (result) found.push(result);
  }
  return found;
}
