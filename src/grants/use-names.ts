import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { Client } from '../api/clients';
import type { ResourceServer } from '../api/resource-servers';
import { useConnection } from '../connection/connection-context';
import { clientQueries, resourceServerQueries } from './grant-queries';

/**
 * loading: the id not read yet (show it, "name loading"); missing: read everything and it is not there (deleted);
 * unavailable: the read failed before reaching it (the token may not read names).
 */
export type Lookup<T> =
  { status: 'loading' } | { status: 'found'; value: T } | { status: 'missing' } | { status: 'unavailable' };

export type Names = {
  app(clientId: string | undefined): Lookup<Client>;
  api(identifier: string): Lookup<ResourceServer>;
  clients: Client[];
  resourceServers: ResourceServer[];
  /** Still reading application names (some may already be in `clients`). */
  clientsLoading: boolean;
  clientsError: unknown;
  resourceServersError: unknown;
  /** Every application and every API read: an id not among them belongs to a deleted app or API. */
  complete: { clients: boolean; apis: boolean };
};

function lookup<T>(map: Map<string, T>, key: string | undefined, complete: boolean, failed: boolean): Lookup<T> {
  const value = key === undefined ? undefined : map.get(key);
  if (value) return { status: 'found', value };
  if (complete) return { status: 'missing' };
  return failed ? { status: 'unavailable' } : { status: 'loading' };
}

const NONE: never[] = [];

/**
 * Names for the ids in grants, read beside (never before) the first rows in the background, shown as
 * their pages arrive, and kept for this tab while connected (grant-queries.ts).
 */
export function useNames(): Names {
  const { api } = useConnection();
  const clients = useQuery(clientQueries.all(api));
  const servers = useQuery(resourceServerQueries.all(api));
  const clientItems = clients.data?.items ?? NONE;
  const serverItems = servers.data?.items ?? NONE;
  const clientMap = useMemo(() => new Map(clientItems.map((c) => [c.client_id, c])), [clientItems]);
  const serverMap = useMemo(() => new Map(serverItems.map((s) => [s.identifier, s])), [serverItems]);
  const clientsComplete = clients.data?.complete ?? false;
  const serversComplete = servers.data?.complete ?? false;
  return useMemo(
    () => ({
      app: (clientId) => lookup(clientMap, clientId, clientsComplete, clients.isError),
      api: (identifier) => lookup(serverMap, identifier, serversComplete, servers.isError),
      clients: clientItems,
      resourceServers: serverItems,
      clientsLoading: !clientsComplete && !clients.isError,
      clientsError: clients.error,
      resourceServersError: servers.error,
      complete: { clients: clientsComplete, apis: serversComplete },
    }),
    [
      clientMap,
      serverMap,
      clientItems,
      serverItems,
      clientsComplete,
      serversComplete,
      clients.isError,
      servers.isError,
      clients.error,
      servers.error,
    ],
  );
}

export function appLabel(names: Names, clientId: string | undefined): string {
  const found = names.app(clientId);
  return found.status === 'found' ? found.value.name : (clientId ?? 'Third-party apps (default grant)');
}

export function apiLabel(names: Names, audience: string): string {
  const found = names.api(audience);
  return found.status === 'found' ? found.value.name : audience;
}

/** "Billing Service on Orders API": how a grant is named in buttons, notices and confirmations. */
export function grantLabel(names: Names, grant: { client_id?: string; audience: string }): string {
  return `${appLabel(names, grant.client_id)} on ${apiLabel(names, grant.audience)}`;
}
