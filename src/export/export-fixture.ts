import type { ClientGrant } from '../api/client-grants';
import type { Client } from '../api/clients';
import type { ResourceServer } from '../api/resource-servers';
import type { ExportConnection, ExportInput, OrganizationRef } from './export-input';

/** Test data: hostile names, a deleted app, a default_for grant, all-scopes, a user grant, a system grant. */
export const clients: Client[] = [
  { client_id: 'app_billing', name: 'Billing, "Core"\nService', app_type: 'non_interactive' },
  { client_id: 'app_formula', name: '=HYPERLINK("http://evil")', app_type: 'spa' },
  { client_id: 'app_tmpl', name: 'Reports ${var.x} %{ if }', app_type: 'regular_web' },
];
export const apis: ResourceServer[] = [
  { id: 'rs_1', identifier: 'https://orders.example.com', name: 'Orders API', scopes: [{ value: 'read:orders' }, { value: 'write:orders' }] },
  { id: 'rs_2', identifier: 'https://tenant.example/api/v2/', name: 'Auth0 Management API', scopes: [{ value: 'read:users' }], is_system: true },
];

export const grants: ClientGrant[] = [
  { id: 'cgr_2', client_id: 'app_billing', audience: 'https://orders.example.com', scope: ['write:orders', 'read:orders'], subject_type: 'client' },
  { id: 'cgr_1', client_id: 'app_billing', audience: 'https://orders.example.com', scope: ['read:orders'], subject_type: 'user', organization_usage: 'allow', allow_any_organization: true },
  { id: 'cgr_3', client_id: 'app_gone', audience: 'https://orders.example.com', scope: [], subject_type: 'client' },
  { id: 'cgr_4', default_for: 'third_party_clients', audience: 'https://orders.example.com', scope: ['read:orders'], subject_type: 'client' },
  { id: 'cgr_5', client_id: 'app_formula', audience: 'https://unknown.example.com', allow_all_scopes: true, subject_type: 'client' },
  { id: 'cgr_6', client_id: 'app_tmpl', audience: 'https://orders.example.com', scope: ['read:orders'], subject_type: 'client', authorization_details_types: ['payment'] },
  { id: 'cgr_sys', client_id: 'app_billing', audience: 'https://tenant.example/api/v2/', scope: ['read:users'], subject_type: 'client', is_system: true },
];

export function exportInput(overrides: Partial<ExportInput> = {}): ExportInput {
  return {
    grants,
    clients: new Map(clients.map((c) => [c.client_id, c])),
    apis: new Map(apis.map((a) => [a.identifier, a])),
    domain: 'tenant.example',
    view: 'grants',
    ...overrides,
  };
}

export const organizations: OrganizationRef[] = [
  { id: 'org_acme', name: 'acme', display_name: 'Acme, Inc.' },
  { id: 'org_beta', name: 'beta ${x}' },
];

/** A grant holding a scope its API no longer defines. */
export const legacyScopeGrant: ClientGrant = { id: 'cgr_7', client_id: 'app_formula', audience: 'https://orders.example.com', scope: ['read:orders', 'legacy:x'], subject_type: 'client' };

/** acme's connections as the Deploy CLI writes them (beta has none). */
export const organizationConnections = new Map<string, ExportConnection[]>([
  [
    'org_acme',
    [
      { name: 'google-oauth2', assign_membership_on_login: false, show_as_button: true, is_signup_enabled: false },
      { name: 'Username-Password-Authentication', assign_membership_on_login: true, show_as_button: true, is_signup_enabled: true },
    ],
  ],
]);

/**
 * The fixture with every name read and the organizations read: cgr_1 and cgr_2 (one app) with acme, cgr_1 and
 * cgr_6 with beta, cgr_3 (deleted app) with acme.
 */
export function organizationsInput(overrides: Partial<ExportInput> = {}): ExportInput {
  const [acme, beta] = organizations as [OrganizationRef, OrganizationRef];
  const byGrant = new Map<string, OrganizationRef[]>([
    ['cgr_1', [acme, beta]],
    ['cgr_2', [acme]],
    ['cgr_3', [acme]],
    ['cgr_6', [beta]],
  ]);
  return exportInput({
    grants: [...grants, legacyScopeGrant],
    complete: { clients: true, apis: true },
    organizations: { status: 'read', byGrant, connections: { status: 'read', byOrganization: organizationConnections } },
    ...overrides,
  });
}
