import { invalidQuery } from './errors.ts';
import type { Store } from './store.ts';
import type { Client } from './types.ts';

// GET /clients: the published description's field names, application types and the two `q` queries
// it permits (client_grant.organization_id:{id}, client_grant.allow_any_organization:true).

/** Names the `fields` parameter may list (the description's pattern, as a list). */
// A word list, kept dense rather than one name per line:
// prettier-ignore
export const CLIENT_FIELD_NAMES: ReadonlySet<string> = new Set([
  'name', 'description', 'callbacks', 'oidc_backchannel_logout', 'oidc_logout', 'session_transfer',
  'allowed_origins', 'web_origins', 'client_id', 'tenant', 'global', 'config_route', 'callback_url_template',
  'jwt_configuration', 'jwt_configuration.lifetime_in_seconds', 'jwt_configuration.secret_encoded',
  'jwt_configuration.scopes', 'jwt_configuration.alg', 'api_type', 'logo_uri', 'allowed_clients', 'owners',
  'custom_login_page', 'custom_login_page_on', 'sso', 'addons', 'form_template', 'custom_login_page_preview',
  'encryption_key', 'encryption_key.pub', 'encryption_key.cert', 'client_secret', 'signing_keys', 'mobile',
  'mobile.android', 'mobile.ios', 'token_endpoint_auth_method', 'allowed_logout_urls', 'app_type',
  'is_first_party', 'oidc_conformant', 'client_metadata', 'is_token_endpoint_ip_header_trusted',
  'initiate_login_uri', 'grant_types', 'refresh_token', 'refresh_token.rotation_type',
  'refresh_token.expiration_type', 'refresh_token.leeway', 'refresh_token.policies',
  'refresh_token.token_lifetime', 'default_organization', 'organization_usage',
  'organization_require_behavior', 'organization_discovery_methods', 'client_authentication_methods',
  'client_authentication_methods.private_key_jwt', 'require_pushed_authorization_requests',
  'require_proof_of_possession', 'id_token', 'signed_request_object', 'signed_request_object.required',
  'signed_request_object.credentials', 'compliance_level',
  'skip_non_verifiable_callback_uri_confirmation_prompt', 'token_exchange',
  'token_exchange.allow_any_profile_of_type', 'token_quota', 'identity_assertion_authorization_grant',
  'third_party_security_mode', 'subject_type_authorization', 'resource_server_identifier',
  'express_configuration', 'my_organization_configuration', 'async_approval_notification_channels',
  'token_vault_privileged_access', 'token_vault_privileged_access.credentials', 'registration_type',
  'external_metadata_type', 'external_metadata_created_by', 'external_client_id', 'redirection_policy',
]);

/** Values `app_type` may list (the description's pattern); the local tenant only seeds the first six. */
// A word list, kept dense rather than one name per line:
// prettier-ignore
export const APP_TYPE_FILTER_VALUES: ReadonlySet<string> = new Set([
  'native', 'spa', 'regular_web', 'non_interactive', 'resource_server', 'express_configuration', 'rms', 'box',
  'cloudbees', 'concur', 'dropbox', 'mscrm', 'echosign', 'egnyte', 'newrelic', 'office365', 'salesforce',
  'sentry', 'sharepoint', 'slack', 'springcm', 'zendesk', 'zoom', 'sso_integration', 'oag',
]);

/** A comma list of names from `known`; anything else (an empty item too) fails the description's pattern. */
export function commaList(text: string, known: ReadonlySet<string>, name: string): string[] {
  const items = text.split(',');
  for (const item of items) {
    if (!known.has(item)) throw invalidQuery(`'String does not match pattern' on property ${name}.`);
  }
  return items;
}

/**
 * Grant ids associated with an organization (undefined: no such organization). The organizations
 * half of the local tenant provides it; without it no grant is associated with any organization.
 */
export type OrganizationGrantIds = (organizationId: string) => Iterable<string> | undefined;

export type ClientQuery =
  { kind: 'organization'; organizationId: string } | { kind: 'allow_any_organization' };

/** Parses `q`: exactly one of the two permitted queries (the description's "Permitted Queries"). */
export function parseClientQuery(q: string): ClientQuery {
  const text = q.trim();
  const org = /^client_grant\.organization_id:("?)([A-Za-z0-9_-]{1,50})\1$/.exec(text);
  if (org?.[2] !== undefined) return { kind: 'organization', organizationId: org[2] };
  if (/^client_grant\.allow_any_organization:"?true"?$/.test(text)) return { kind: 'allow_any_organization' };
  throw invalidQuery(
    `'q supports only client_grant.organization_id:{organization_id} or client_grant.allow_any_organization:true' on property q.`,
  );
}

/** The clients a query selects: those holding at least one grant that matches it. */
export function clientIdsMatching(
  query: ClientQuery,
  store: Store,
  organizationGrantIds: OrganizationGrantIds | undefined,
): Set<string> {
  const ids = new Set<string>();
  if (query.kind === 'allow_any_organization') {
    for (const grant of store.candidates({ allow_any_organization: true }).list) {
      if (grant.allow_any_organization === true && grant.client_id !== undefined) ids.add(grant.client_id);
    }
    return ids;
  }
  for (const grantId of organizationGrantIds?.(query.organizationId) ?? []) {
    const clientId = store.grant(grantId)?.client_id;
    if (clientId !== undefined) ids.add(clientId);
  }
  return ids;
}

// Checkpoint cursors are opaque: base64url of the client_id the next page starts at.
export const encodeClientCursor = (clientId: string): string =>
  Buffer.from(clientId, 'utf8').toString('base64url');

/** Index in `clients` where a page starting at `from` begins; a raw client_id is accepted too. */
export function clientCursorStart(clients: readonly Client[], from: string): number {
  if (from === '') return 0;
  const direct = clients.findIndex((client) => client.client_id === from);
  if (direct >= 0) return direct;
  const decoded = Buffer.from(from, 'base64url').toString('utf8');
  const at =
    encodeClientCursor(decoded) === from ? clients.findIndex((client) => client.client_id === decoded) : -1;
  if (at < 0) throw invalidQuery(`'Invalid checkpoint' on property from.`);
  return at;
}
