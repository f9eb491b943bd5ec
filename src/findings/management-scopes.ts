/**
 * Management API scopes that give an application power over the tenant itself, grouped by what they let
 * it do. The one place this list is kept: the Findings rules and their explanations read it from here.
 * Sources: Auth0's scope list for the Management API and what each endpoint changes (docs/management-api.md).
 */
export type PowerGroup = { id: string; title: string; why: string; scopes: readonly string[] };

export const powerGroups: readonly PowerGroup[] = [
  {
    id: 'widen-access',
    title: 'Widen its own or other apps’ access',
    why: 'It can create applications and grants, or change what an API allows, and so give itself any permission.',
    scopes: ['create:client_grants', 'update:client_grants', 'create:clients', 'update:clients', 'update:resource_servers', 'create:role_members'],
  },
  {
    id: 'credentials',
    title: 'Read or replace credentials and keys',
    why: 'It can read client secrets, add credentials to any app, or rotate the tenant’s signing keys: it can act as any app.',
    scopes: ['read:client_keys', 'update:client_keys', 'create:client_credentials', 'update:client_credentials', 'update:signing_keys'],
  },
  {
    id: 'accounts',
    title: 'Take over user accounts',
    why: 'It can change users’ emails, passwords or metadata, or create password-change links for them.',
    scopes: ['create:user_tickets', 'update:users', 'update:users_app_metadata'],
  },
  {
    id: 'login',
    title: 'Change how everyone logs in',
    why: 'It can change connections, tenant settings, or the Actions code that runs at every login.',
    scopes: ['update:connections', 'update:tenant_settings', 'create:actions', 'update:actions', 'update:triggers'],
  },
];

export const destructiveGroup: PowerGroup = {
  id: 'destructive',
  title: 'Delete tenant data',
  why: 'Every delete: scope destroys data that cannot be restored (users, apps, connections, grants…).',
  scopes: [],
};

const groupOf = new Map(powerGroups.flatMap((group) => group.scopes.map((scope) => [scope, group] as const)));

/** Which power group a Management API scope belongs to, if any. */
export function powerGroupOf(scope: string): PowerGroup | undefined {
  return groupOf.get(scope) ?? (scope.startsWith('delete:') ? destructiveGroup : undefined);
}

/** The tenant's own Management API: the system API whose identifier is `https://{domain}/api/v2/`. */
export function isManagementApi(api: { identifier: string; is_system?: boolean } | undefined): boolean {
  return Boolean(api?.is_system) && /\/api\/v2\/$/.test(api?.identifier ?? '');
}
