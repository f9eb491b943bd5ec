import type { OrganizationUsage, SubjectType } from '../api/client-grants';

/**
 * One grant as Compare sees it, whatever it came from (a tenant, the dashboard's JSON export, a Deploy CLI file,
 * Terraform): ids differ between tenants, so a grant is known by its application's name, its API identifier and
 * its subject type. Absent settings are filled with Auth0's defaults (`organization_usage` deny, no
 * `allow_any_organization`, no `allow_all_scopes`), so a file that leaves them out equals a tenant that has them.
 */
export type ComparableGrant = {
  /** The application's name; for a `default_for` grant, DEFAULT_GRANT_APP. */
  appName: string;
  /** Set on a `default_for` grant (it has no application). */
  defaultFor?: string;
  /** The application's id where the source knows it (a tenant, the JSON export): two ids under one name are ambiguous. */
  clientId?: string;
  audience: string;
  subjectType: SubjectType;
  /** Sorted by code unit, without repeats; empty when allowAllScopes. */
  scopes: string[];
  allowAllScopes: boolean;
  organizationUsage: OrganizationUsage;
  allowAnyOrganization: boolean;
  /** Organization names, sorted; undefined when the source does not say (then they are not compared). */
  organizations?: string[];
  /** Where it came from, for messages: "entry 3", "main.tf line 12", a grant id. */
  origin: string;
};

export const DEFAULT_GRANT_APP = 'Third-party apps (default grant)';

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function sortedUnique(values: Iterable<string>): string[] {
  return [...new Set(values)].sort(compareText);
}

export type GrantFields = {
  appName: string;
  defaultFor?: string;
  clientId?: string;
  audience: string;
  subjectType?: SubjectType;
  scopes?: readonly string[];
  allowAllScopes?: boolean;
  organizationUsage?: OrganizationUsage;
  allowAnyOrganization?: boolean;
  organizations?: readonly string[];
  origin: string;
};

/** Defaults filled, scopes sorted; a grant with all scopes lists none (Auth0 leaves `scope` out then). */
export function comparableGrant(fields: GrantFields): ComparableGrant {
  const allowAllScopes = fields.allowAllScopes === true;
  const grant: ComparableGrant = {
    appName: fields.appName,
    audience: fields.audience,
    subjectType: fields.subjectType ?? 'client',
    scopes: allowAllScopes ? [] : sortedUnique(fields.scopes ?? []),
    allowAllScopes,
    organizationUsage: fields.organizationUsage ?? 'deny',
    allowAnyOrganization: fields.allowAnyOrganization === true,
    origin: fields.origin,
  };
  if (fields.defaultFor !== undefined) grant.defaultFor = fields.defaultFor;
  if (fields.clientId !== undefined) grant.clientId = fields.clientId;
  if (fields.organizations !== undefined) grant.organizations = sortedUnique(fields.organizations);
  return grant;
}
