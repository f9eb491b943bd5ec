import type { ClientGrant } from '../api/client-grants';
import type { Client } from '../api/clients';
import type { ResourceServer } from '../api/resource-servers';

export type ExportView = 'grants' | 'access';

/** An organization as the exports name it. */
export type OrganizationRef = { id: string; name: string; display_name?: string };

/**
 * The organizations read for an export: each grant's associated organizations (`read`), or why the file has
 * none (`unavailable`: the token lacks the scopes, or the read stopped), said in the file and on screen.
 */
export type ExportOrganizations =
  | { status: 'read'; byGrant: ReadonlyMap<string, readonly OrganizationRef[]>; connections?: ExportConnections }
  | { status: 'unavailable'; reason: string };

/** One connection of an organization as the Deploy CLI writes it: the connection's name, then its flags as read. */
export type ExportConnection = { name: string } & { [flag: string]: unknown };

/**
 * The connections of the organizations associated with the grants (read only for the Deploy CLI file, whose import
 * makes a listed organization's connections exactly those listed), or why they could not be read.
 */
export type ExportConnections =
  | { status: 'read'; byOrganization: ReadonlyMap<string, readonly ExportConnection[]> }
  | { status: 'unavailable'; reason: string };

/** What every format is built from: the grants of one view and the names known for their ids. */
export type ExportInput = {
  grants: readonly ClientGrant[];
  clients: ReadonlyMap<string, Client>;
  apis: ReadonlyMap<string, ResourceServer>;
  domain: string;
  view: ExportView;
  /** Absent: not read (no organizations column or key is filled). */
  organizations?: ExportOrganizations;
  /**
   * Whether `clients` and `apis` hold every app and API of the tenant: only then is an id missing from them
   * known to be deleted (and its grant left out of the Deploy CLI and Terraform files).
   */
  complete?: { clients: boolean; apis: boolean };
};

const NO_ORGANIZATIONS: readonly OrganizationRef[] = [];

/** A grant's associated organizations, by name then id; undefined when organizations were not read. */
export function grantOrganizations(input: ExportInput, grant: ClientGrant): readonly OrganizationRef[] | undefined {
  if (input.organizations?.status !== 'read') return undefined;
  return input.organizations.byGrant.get(grant.id) ?? NO_ORGANIZATIONS;
}

/** The application a grant names; a `default_for` grant has none, a deleted app is only its id. */
export function appName(input: ExportInput, grant: ClientGrant): string {
  if (!grant.client_id) return 'Third-party apps (default grant)';
  return input.clients.get(grant.client_id)?.name ?? grant.client_id;
}

export function apiName(input: ExportInput, grant: ClientGrant): string {
  return input.apis.get(grant.audience)?.name ?? grant.audience;
}

/** Sorted by code unit, not locale: the same tenant gives the same file on every machine. */
export function sortedScopes(grant: ClientGrant): string[] {
  return [...(grant.scope ?? [])].sort(compareText);
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Application, API, subject type, then id: a stable order whatever order the pages came in. */
export function sortGrants(input: ExportInput): ClientGrant[] {
  // One precomputed key per grant (NUL sorts before any name character): 100,000 grants sort in one pass.
  const keyed = input.grants.map((grant) => ({
    grant,
    key: `${appName(input, grant)}\u0000${apiName(input, grant)}\u0000${grant.subject_type}\u0000${grant.id}`,
  }));
  keyed.sort((a, b) => compareText(a.key, b.key));
  return keyed.map((entry) => entry.grant);
}
