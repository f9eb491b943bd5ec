import type { Connection, OrganizationConnection, StoredOrganization, TenantData } from './types.ts';

// demo: two connections, enabled on three of the demo organizations with different flags, so that tools
// which manage organizations (the Deploy CLI makes a listed organization's connections exactly those in its
// file) have connections to keep or lose. Fixed ids: no PRNG stream changes, no other seeded value moves.

const DATABASE: Connection = { id: 'con_LocalDatabase001', name: 'Username-Password-Authentication', strategy: 'auth0' };
const GOOGLE: Connection = { id: 'con_LocalGoogle00001', name: 'google-oauth2', strategy: 'google-oauth2' };

type Flags = Omit<OrganizationConnection, 'organization_id' | 'connection_id'>;
const MEMBERS: Flags = { assign_membership_on_login: true, show_as_button: true, is_signup_enabled: true, is_enabled: true };
const BUTTON: Flags = { assign_membership_on_login: false, show_as_button: true, is_signup_enabled: false, is_enabled: true };
const HIDDEN: Flags = { assign_membership_on_login: false, show_as_button: false, is_signup_enabled: false, is_enabled: true };

/** Organization name → its connections and their flags. */
const ENABLED: Record<string, readonly (readonly [Connection, Flags])[]> = {
  'acme-corp': [
    [DATABASE, MEMBERS],
    [GOOGLE, BUTTON],
  ],
  globex: [[DATABASE, HIDDEN]],
  initech: [[GOOGLE, MEMBERS]],
};

export function demoConnections(data: TenantData, organizations: readonly StoredOrganization[]): void {
  data.connections = [DATABASE, GOOGLE];
  data.organizationConnections = organizations.flatMap((org) =>
    (ENABLED[org.name] ?? []).map(([connection, flags]) => ({
      organization_id: org.id,
      connection_id: connection.id,
      ...flags,
    })),
  );
}
