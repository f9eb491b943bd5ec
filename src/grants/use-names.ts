import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { Client } from '../api/clients';
import type { ResourceServer } from '../api/resource-servers';
import { useConnection } from '../connection/connection-context';
import { clientQueries, resourceServerQueries } from './grant-queries';

/** loading: show the id for now; missing: the app or API was deleted; unavailable: the token may not read names. */
export type Lookup<T> =
  { status: 'loading' } | { status: 'found'; value: T } | { status: 'missing' } | { status: 'unavailable' };

export type Names = {
  app(clientId: string | undefined): Lookup<Client>;
  api(identifier: string): Lookup<ResourceServer>;
  clients: Client[];
  resourceServers: ResourceServer[];
  clientsError: unknown;
  resourceServersError: unknown;
};

function lookup<T>(map: Map<string, T> | undefined, key: string | undefined, failed: boolean): Lookup<T> {
  if (failed) return { status: 'unavailable' };
  if (!map) return { status: 'loading' };
  const value = key === undefined ? undefined : map.get(key);
  return value ? { status: 'found', value } : { status: 'missing' };
}

/**
 * Names for the ids in grants, fetched beside (never before) the first rows, and cached while connected.
 */
export function useNames(): Names {
  const { api } = useConnection();
  const clients = useQuery(clientQueries.all(api));
  const servers = useQuery(resourceServerQueries.all(api));
  const clientMap = useMemo(
    () => (clients.data ? new Map(clients.data.map((c) => [c.client_id, c])) : undefined),
    [clients.data],
  );
  const serverMap = useMemo(
    () => (servers.data ? new Map(servers.data.map((s) => [s.identifier, s])) : undefined),
    [servers.data],
  );
  return useMemo(
    () => ({
      app: (clientId) => lookup(clientMap, clientId, clients.isError && !clientMap),
      api: (identifier) => lookup(serverMap, identifier, servers.isError && !serverMap),
      clients: clients.data ?? [],
      resourceServers: servers.data ?? [],
      clientsError: clients.error,
      resourceServersError: servers.error,
    }),
    [
      clientMap,
      serverMap,
      clients.data,
      servers.data,
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
