import type { GrantJson } from '../test-helpers.ts';

// Request bodies that exercise every documented field of POST /client-grants and PATCH /client-grants/{id}
// with each of its documented values, on an app/API pair that holds no grant yet.

export type FreePair = { clientId: string; audience: string; scope: string };
export type BodyCase = { field: string; body: Record<string, unknown> };

/** An app and a non-system API with scopes that have no grant between them (of either subject type). */
export function freePair(
  grants: readonly GrantJson[],
  clientIds: readonly string[],
  servers: readonly { identifier: string; is_system?: boolean; scopes: { value: string }[] }[],
): FreePair {
  const taken = new Set(grants.map((g) => `${g.client_id ?? ''} ${g.audience}`));
  for (const server of servers) {
    const scope = server.scopes[0]?.value;
    if (server.is_system || scope === undefined) continue;
    const clientId = clientIds.find((id) => !taken.has(`${id} ${server.identifier}`));
    if (clientId) return { clientId, audience: server.identifier, scope };
  }
  throw new Error('no free app/API pair in the seed');
}

/** A non-system API with no third_party_clients default grant. */
export function freeDefaultAudience(
  grants: readonly GrantJson[],
  servers: readonly { identifier: string; is_system?: boolean }[],
): string {
  const taken = new Set(grants.filter((g) => g.default_for !== undefined).map((g) => g.audience));
  const server = servers.find((s) => !s.is_system && !taken.has(s.identifier));
  if (!server) throw new Error('every API of the seed has a default grant');
  return server.identifier;
}

export function createCases(pair: FreePair, defaultAudience: string): BodyCase[] {
  const base = { client_id: pair.clientId, audience: pair.audience };
  return [
    { field: 'client_id', body: base },
    { field: 'audience', body: base },
    { field: 'default_for', body: { default_for: 'third_party_clients', audience: defaultAudience } },
    ...['deny', 'allow', 'require'].map((usage) => ({
      field: 'organization_usage',
      body: { ...base, organization_usage: usage },
    })),
    {
      field: 'allow_any_organization',
      body: { ...base, organization_usage: 'allow', allow_any_organization: true },
    },
    { field: 'allow_any_organization', body: { ...base, allow_any_organization: false } },
    { field: 'scope', body: { ...base, scope: [pair.scope] } },
    { field: 'scope', body: { ...base, scope: [] } },
    { field: 'subject_type', body: { ...base, subject_type: 'client' } },
    { field: 'subject_type', body: { ...base, subject_type: 'user' } },
    {
      field: 'authorization_details_types',
      body: { ...base, subject_type: 'user', authorization_details_types: ['payment_initiation'] },
    },
    { field: 'allow_all_scopes', body: { ...base, allow_all_scopes: true } },
    { field: 'allow_all_scopes', body: { ...base, allow_all_scopes: false } },
  ];
}

/** In order: each case is valid on the grant the previous ones left (a `user` grant). */
export function updateCases(pair: FreePair): BodyCase[] {
  return [
    { field: 'scope', body: { scope: [pair.scope] } },
    { field: 'scope', body: { scope: [] } },
    { field: 'scope', body: { scope: null } },
    ...['deny', 'allow', 'require', null].map((usage) => ({
      field: 'organization_usage',
      body: { organization_usage: usage },
    })),
    { field: 'allow_any_organization', body: { organization_usage: 'allow', allow_any_organization: true } },
    { field: 'allow_any_organization', body: { allow_any_organization: false } },
    { field: 'allow_any_organization', body: { allow_any_organization: null } },
    { field: 'authorization_details_types', body: { authorization_details_types: ['payment_initiation'] } },
    { field: 'authorization_details_types', body: { authorization_details_types: [] } },
    { field: 'allow_all_scopes', body: { allow_all_scopes: true } },
    { field: 'allow_all_scopes', body: { allow_all_scopes: null } },
    { field: 'allow_all_scopes', body: { allow_all_scopes: false } },
  ];
}
