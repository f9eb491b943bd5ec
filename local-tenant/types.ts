// Wire shapes of the Management API objects. Grants are stored exactly as they are returned
// (optional fields absent rather than undefined) so listing never has to map 100k objects.

export type SubjectType = 'client' | 'user';
export type OrganizationUsage = 'deny' | 'allow' | 'require';
export type AppType =
  'non_interactive' | 'spa' | 'regular_web' | 'native' | 'resource_server' | 'express_configuration';

export type Grant = {
  id: string;
  client_id?: string;
  audience: string;
  scope?: string[];
  organization_usage?: OrganizationUsage;
  allow_any_organization?: boolean;
  is_system?: true;
  subject_type: SubjectType;
  default_for?: 'third_party_clients';
  authorization_details_types?: string[];
  allow_all_scopes?: boolean;
};

/** Stored client; `client_secret` is internal and stripped from every response. */
export type Client = {
  client_id: string;
  name: string;
  description?: string;
  app_type: AppType;
  is_first_party: boolean;
  grant_types: string[];
  /** Client ID Metadata Document URI of a CIMD-registered client (none are seeded; GET /clients filters on it). */
  external_client_id?: string;
  client_secret: string;
};

export type Scope = { value: string; description: string };

export type ResourceServer = {
  id: string;
  name: string;
  identifier: string;
  scopes: Scope[];
  is_system?: true;
  token_lifetime: number;
  signing_alg: 'RS256';
};

/** Organization as returned by /organizations (the fields the local tenant keeps). */
export type Organization = {
  id: string;
  name: string;
  display_name?: string;
  metadata?: Record<string, string>;
};

/** Stored organization: `created_at` is internal (it orders `sort=created_at:1`) and never returned. */
export type StoredOrganization = Organization & { created_at: string };

/** A client grant associated with an organization (POST /organizations/{id}/client-grants). */
export type OrganizationGrant = { organization_id: string; grant_id: string };

/** A connection as `GET /connections` lists it (the fields organizations refer to; nobody logs in locally). */
export type Connection = { id: string; name: string; strategy: string };

/** A connection of an organization and its flags (`GET /organizations/{id}/connections`). Read-only locally. */
export type OrganizationConnection = {
  organization_id: string;
  connection_id: string;
  assign_membership_on_login: boolean;
  show_as_button: boolean;
  is_signup_enabled: boolean;
  is_enabled: boolean;
};

export type TenantData = {
  clients: Client[];
  resourceServers: ResourceServer[];
  grants: Grant[];
  /** Optional so data written before organizations existed (and hand-built test data) still loads. */
  organizations?: StoredOrganization[];
  organizationGrants?: OrganizationGrant[];
  /** Optional like organizations: data written before connections existed loads with none. */
  connections?: Connection[];
  organizationConnections?: OrganizationConnection[];
};
