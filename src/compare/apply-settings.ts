import type { ClientGrant, OrganizationUsage, SubjectType } from '../api/client-grants';
import { sortedUnique, type ComparableGrant } from './comparable-grant';

/** What applying a difference writes to a grant: everything Compare compares but its identity and organizations. */
export type GrantSettings = {
  /** Sorted; empty when allowAllScopes. */
  scopes: string[];
  allowAllScopes: boolean;
  organizationUsage: OrganizationUsage;
  allowAnyOrganization: boolean;
};

/** Who the grant is for: immutable after create (a PATCH with these is a 400). */
export type GrantIdentity = {
  client_id?: string;
  default_for?: string;
  audience: string;
  subject_type: SubjectType;
};

export function settingsOf(grant: ComparableGrant): GrantSettings {
  return {
    scopes: grant.scopes,
    allowAllScopes: grant.allowAllScopes,
    organizationUsage: grant.organizationUsage,
    allowAnyOrganization: grant.allowAnyOrganization,
  };
}

/** A grant as the tenant answers it, with Auth0's defaults filled in as Compare fills them. */
export function settingsOfGrant(grant: ClientGrant): GrantSettings {
  const allowAllScopes = grant.allow_all_scopes === true;
  return {
    scopes: allowAllScopes ? [] : sortedUnique(grant.scope ?? []),
    allowAllScopes,
    organizationUsage: grant.organization_usage ?? 'deny',
    allowAnyOrganization: grant.allow_any_organization === true,
  };
}

export function sameSettings(a: GrantSettings, b: GrantSettings): boolean {
  return (
    a.allowAllScopes === b.allowAllScopes &&
    a.organizationUsage === b.organizationUsage &&
    a.allowAnyOrganization === b.allowAnyOrganization &&
    a.scopes.length === b.scopes.length &&
    a.scopes.every((scope, i) => scope === b.scopes[i])
  );
}

/** In words, for results and reasons ("read:x, write:x; organizations: allow"). */
export function describeSettings(settings: GrantSettings): string {
  const scopes = settings.allowAllScopes
    ? 'all scopes'
    : settings.scopes.length > 0
      ? settings.scopes.join(', ')
      : 'no scopes';
  const any = settings.allowAnyOrganization ? ', any organization' : '';
  return `${scopes}; organizations: ${settings.organizationUsage}${any}`;
}

/**
 * The PATCH body that turns `from` into `to`: only what differs (allow_all_scopes is sent only when it changes, so a
 * grant on an API that refuses it is not asked), and at least one field (Auth0 refuses an empty PATCH).
 */
export function updateBody(from: GrantSettings, to: GrantSettings) {
  const body: {
    scope?: string[];
    allow_all_scopes?: boolean;
    organization_usage?: OrganizationUsage;
    allow_any_organization?: boolean;
  } = {};
  if (from.allowAllScopes !== to.allowAllScopes) body.allow_all_scopes = to.allowAllScopes;
  if (!to.allowAllScopes) body.scope = to.scopes;
  if (from.organizationUsage !== to.organizationUsage) body.organization_usage = to.organizationUsage;
  if (from.allowAnyOrganization !== to.allowAnyOrganization)
    body.allow_any_organization = to.allowAnyOrganization;
  if (Object.keys(body).length === 0) body.organization_usage = to.organizationUsage;
  return body;
}

/** The POST body for a grant with these settings. */
export function createBody(identity: GrantIdentity, settings: GrantSettings) {
  const who =
    identity.client_id !== undefined
      ? { client_id: identity.client_id }
      : { default_for: 'third_party_clients' as const };
  return {
    ...who,
    audience: identity.audience,
    subject_type: identity.subject_type,
    ...(settings.allowAllScopes ? { allow_all_scopes: true } : { scope: settings.scopes }),
    organization_usage: settings.organizationUsage,
    ...(settings.allowAnyOrganization ? { allow_any_organization: true } : {}),
  };
}
