import type { ClientGrant } from '../api/client-grants';
import type { Client } from '../api/clients';
import type { ResourceServer } from '../api/resource-servers';

export type ExportView = 'grants' | 'access';

/** What every format is built from: the grants of one view and the names known for their ids. */
export type ExportInput = {
  grants: readonly ClientGrant[];
  clients: ReadonlyMap<string, Client>;
  apis: ReadonlyMap<string, ResourceServer>;
  domain: string;
  view: ExportView;
};

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
