import type {
  ClientGrant,
  CreateClientGrantBody,
  OrganizationUsage,
  SubjectType,
  UpdateClientGrantBody,
} from '../../api/client-grants';

/** `none` stands for "field not set": Auth0 has no value for it, so the form needs its own. */
export type OrganizationUsageChoice = 'none' | OrganizationUsage;

export type GrantFormValues = {
  client_id: string;
  audience: string;
  subject_type: SubjectType;
  scope: string[];
  organization_usage: OrganizationUsageChoice;
  allow_any_organization: boolean;
  allow_all_scopes: boolean;
  /** The admin's explicit "yes, no scopes" (see the schema for why an empty list needs it). */
  confirm_no_scopes: boolean;
};

export const emptyGrantFormValues: GrantFormValues = {
  client_id: '',
  audience: '',
  subject_type: 'client',
  scope: [],
  organization_usage: 'none',
  allow_any_organization: false,
  allow_all_scopes: false,
  confirm_no_scopes: false,
};

export function valuesFromGrant(grant: ClientGrant): GrantFormValues {
  const scope = grant.scope ?? [];
  return {
    client_id: grant.client_id ?? '',
    audience: grant.audience,
    subject_type: grant.subject_type,
    scope,
    organization_usage: grant.organization_usage ?? 'none',
    allow_any_organization: grant.allow_any_organization ?? false,
    allow_all_scopes: grant.allow_all_scopes ?? false,
    // An existing grant without scopes was already a deliberate choice: editing other fields must not nag.
    confirm_no_scopes: scope.length === 0,
  };
}

/** Only fields that are set: Auth0 rejects nothing we omit, and defaults stay Auth0's to decide. */
export function buildCreatePayload(values: GrantFormValues): CreateClientGrantBody {
  return {
    client_id: values.client_id,
    audience: values.audience,
    // Always sent: the duplicate check keys on it, so the request must not rely on the server default.
    subject_type: values.subject_type,
    ...(values.allow_all_scopes ? { allow_all_scopes: true } : { scope: values.scope }),
    ...(values.organization_usage !== 'none' ? { organization_usage: values.organization_usage } : {}),
    ...(values.allow_any_organization ? { allow_any_organization: true } : {}),
  };
}

export function sameScopes(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((scope) => set.has(scope));
}

function scopeChangesForUpdate(grant: ClientGrant, values: GrantFormValues): UpdateClientGrantBody {
  const wasAll = grant.allow_all_scopes ?? false;
  const before = grant.scope ?? [];
  if (values.allow_all_scopes) {
    if (wasAll) return {};
    // Auth0 refuses allow_all_scopes beside a non-empty scope (§4), and PATCH merges: clear the list too.
    return before.length > 0 ? { allow_all_scopes: true, scope: [] } : { allow_all_scopes: true };
  }
  if (wasAll) return { allow_all_scopes: false, scope: values.scope };
  return sameScopes(before, values.scope) ? {} : { scope: values.scope };
}

/** The PATCH body: changed fields only, or undefined when nothing changed (Auth0 rejects an empty PATCH). */
export function buildUpdatePayload(
  grant: ClientGrant,
  values: GrantFormValues,
): UpdateClientGrantBody | undefined {
  const body: UpdateClientGrantBody = scopeChangesForUpdate(grant, values);
  // PATCH cannot remove organization_usage, so "none" only counts when the grant never had one.
  if (values.organization_usage !== 'none' && values.organization_usage !== grant.organization_usage) {
    body.organization_usage = values.organization_usage;
  }
  if (values.allow_any_organization !== (grant.allow_any_organization ?? false)) {
    body.allow_any_organization = values.allow_any_organization;
  }
  return Object.keys(body).length > 0 ? body : undefined;
}
