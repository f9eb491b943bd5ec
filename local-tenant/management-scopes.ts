import type { Scope } from './types.ts';

// The Auth0 Management API's scope list, generated from entity × action tables. Real tenants show
// about 250 of these; the exact list changes over time, so being close in size and shape is the goal.
const ENTITIES: ReadonlyArray<readonly [entity: string, actions: string]> = [
  ['users', 'rcud'],
  ['users_app_metadata', 'rcud'],
  ['user_idp_tokens', 'r'],
  ['user_attribute_profiles', 'rcud'],
  ['user_application_passwords', 'rcd'],
  ['current_user', 'rd'],
  ['current_user_metadata', 'cud'],
  ['current_user_identities', 'cud'],
  ['current_user_device_credentials', 'cd'],
  ['clients', 'rcud'],
  ['client_keys', 'rcud'],
  ['client_credentials', 'rcud'],
  ['client_grants', 'rcud'],
  ['client_summary', 'r'],
  ['client_token_vault_privileged_access', 'rcud'],
  ['connections', 'rcud'],
  ['connections_options', 'ru'],
  ['connection_profiles', 'rcud'],
  ['resource_servers', 'rcud'],
  ['device_credentials', 'rcud'],
  ['rules', 'rcud'],
  ['rules_configs', 'rud'],
  ['hooks', 'rcud'],
  ['actions', 'rcud'],
  ['email_provider', 'rcud'],
  ['email_templates', 'rcu'],
  ['stats', 'r'],
  ['insights', 'r'],
  ['tenant_settings', 'ru'],
  ['logs', 'r'],
  ['logs_users', 'r'],
  ['shields', 'rcu'],
  ['anomaly_blocks', 'rd'],
  ['custom_domains', 'rcud'],
  ['custom_signing_keys', 'rcud'],
  ['signing_keys', 'rcu'],
  ['guardian_factors', 'ru'],
  ['guardian_enrollments', 'rd'],
  ['mfa_policies', 'ru'],
  ['roles', 'rcud'],
  ['role_members', 'rcd'],
  ['prompts', 'ru'],
  ['branding', 'rud'],
  ['phone_providers', 'rcud'],
  ['phone_templates', 'rcud'],
  ['log_streams', 'rcud'],
  ['entitlements', 'r'],
  ['attack_protection', 'ru'],
  ['organizations', 'rcud'],
  ['organizations_summary', 'r'],
  ['organization_members', 'rcd'],
  ['organization_member_roles', 'rcd'],
  ['organization_connections', 'rcud'],
  ['organization_invitations', 'rcd'],
  ['organization_discovery_domains', 'rcud'],
  ['organization_client_grants', 'rcd'],
  ['limits', 'ru'],
  ['grants', 'rd'],
  ['triggers', 'ru'],
  ['authentication_methods', 'rcud'],
  ['sessions', 'rd'],
  ['refresh_tokens', 'rd'],
  ['forms', 'rcud'],
  ['flows', 'rcud'],
  ['flows_vault', 'r'],
  ['flows_vault_connections', 'rcud'],
  ['flows_executions', 'rd'],
  ['self_service_profiles', 'rcud'],
  ['self_service_profile_custom_texts', 'ru'],
  ['sso_access_tickets', 'cd'],
  ['scim_config', 'rcud'],
  ['scim_token', 'rcd'],
  ['encryption_keys', 'rcud'],
  ['event_streams', 'rcud'],
  ['event_deliveries', 'ru'],
  ['network_acls', 'rcud'],
  ['token_exchange_profiles', 'rcud'],
  ['security_metrics', 'r'],
  ['connections_keys', 'rcu'],
  ['custom_text', 'ru'],
  ['user_custom_blocks', 'rcd'],
  ['vdcs_templates', 'rcud'],
  ['federated_connections_tokens', 'rd'],
  ['user_tickets', 'c'],
];

const VERBS: Record<string, readonly [prefix: string, verb: string]> = {
  r: ['read', 'Read'],
  c: ['create', 'Create'],
  u: ['update', 'Update'],
  d: ['delete', 'Delete'],
};

function title(entity: string): string {
  return entity
    .split('_')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

export function managementApiScopes(): Scope[] {
  const scopes: Scope[] = [];
  for (const [entity, actions] of ENTITIES) {
    for (const action of actions) {
      const verb = VERBS[action];
      if (verb) scopes.push({ value: `${verb[0]}:${entity}`, description: `${verb[1]} ${title(entity)}` });
    }
  }
  scopes.push({ value: 'blacklist:tokens', description: 'Blacklist Tokens' });
  scopes.push({ value: 'read:checks', description: 'Read Checks' });
  return scopes;
}

export const ADMIN_SCOPES = [
  'read:client_grants',
  'create:client_grants',
  'update:client_grants',
  'delete:client_grants',
  'read:clients',
  'read:resource_servers',
  'read:logs',
  'read:organizations',
  'read:organization_client_grants',
  'create:organization_client_grants',
  'delete:organization_client_grants',
  'read:organization_connections',
] as const;

export const READ_ONLY_SCOPES = [
  'read:client_grants',
  'read:clients',
  'read:resource_servers',
  'read:logs',
  'read:organizations',
  'read:organization_client_grants',
] as const;
