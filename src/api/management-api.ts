import type { PacingState } from './pacer';
import { createRequestCore, type CallOptions, type RequestCoreOptions } from './request';
import {
  createClientGrant,
  deleteClientGrant,
  getClientGrant,
  listClientGrants,
  listClientGrantsCheckpoint,
  listClientGrantsCheckpointDeferred,
  updateClientGrant,
  type CreateClientGrantBody,
  type ListClientGrantsCheckpointQuery,
  type ListClientGrantsQuery,
  type UpdateClientGrantBody,
} from './client-grants';
import { listLogsCheckpoint, searchLogs, searchLogsPage, type LogCheckpointQuery, type LogSearchQuery } from './logs';
import { getClient, listAllClients, listClients, type ListAllClientsOptions, type ListClientsQuery } from './clients';
import {
  listAllResourceServers,
  listResourceServers,
  type ListAllResourceServersOptions,
  type ListResourceServersQuery,
} from './resource-servers';

export type ManagementApiOptions = RequestCoreOptions;

/**
 * The dashboard's only door to the tenant. `domain` is already normalised (see connection/domain.ts);
 * every call goes to `origin` + `/api/v2/`, with the token only in the Authorization header.
 */
export function createManagementApi(options: ManagementApiOptions) {
  const core = createRequestCore(options);
  return {
    domain: core.domain,
    origin: core.origin,
    /** Aborts when the connection ends (Disconnect): long reads and their stores stop with it. */
    lifetime: core.lifetime,
    /**
     * Another tenant's door, built the same way (Compare's second tenant). Handed out here so the lazy
     * Compare chunk need not import this module: that import made the bundler split the entry's storage
     * helpers into five small chunks, ~1 KB more gzip in the first grants view (bench/RESULTS.md).
     */
    forTenant: (other: ManagementApiOptions) => createManagementApi(other),
    /** Latest rate-limit headers seen, or undefined when none were visible (CORS may hide them). */
    rateLimit: core.rateLimit,
    /**
     * The pacer's view of the tenant's rate limit, read-only: its estimate, how many requests wait,
     * and until when the tenant said to wait (for "rate limited, continuing in N s").
     */
    pacing: (): PacingState => core.pacer.state(),
    /** Calls `listener` whenever `pacing()` may have changed; returns the unsubscribe. */
    subscribePacing: (listener: () => void): (() => void) => core.pacer.subscribe(listener),
    /**
     * `count` slots of the pacer at once, for a re-read and the write that depends on it: pass the reservation
     * to both calls (`CallOptions.reservation`) and they go back to back; release it in a `finally`.
     */
    reserveSlots: (count: number, opts?: Omit<CallOptions, 'reservation'>) => core.reserve(count, opts),
    /**
     * The request context (same pacer, retries and errors) for endpoint modules that load with their feature
     * rather than here, e.g. api/organizations.ts: their schemas then stay out of the first view.
     */
    core,
    clientGrants: {
      list: (query: ListClientGrantsQuery, opts?: CallOptions) => listClientGrants(core, query, opts),
      listCheckpoint: (query?: ListClientGrantsCheckpointQuery, opts?: CallOptions) =>
        listClientGrantsCheckpoint(core, query, opts),
      listCheckpointDeferred: (query?: ListClientGrantsCheckpointQuery, opts?: CallOptions) =>
        listClientGrantsCheckpointDeferred(core, query, opts),
      get: (id: string, opts?: CallOptions) => getClientGrant(core, id, opts),
      create: (body: CreateClientGrantBody, opts?: CallOptions) => createClientGrant(core, body, opts),
      update: (id: string, body: UpdateClientGrantBody, opts?: CallOptions) =>
        updateClientGrant(core, id, body, opts),
      remove: (id: string, opts?: CallOptions) => deleteClientGrant(core, id, opts),
    },
    clients: {
      list: (query: ListClientsQuery, opts?: CallOptions) => listClients(core, query, opts),
      listAll: (opts?: ListAllClientsOptions) => listAllClients(core, opts),
      get: (clientId: string, opts?: CallOptions) => getClient(core, clientId, opts),
    },
    logs: {
      search: (query: LogSearchQuery, opts?: CallOptions) => searchLogs(core, query, opts),
      searchPage: (query: LogSearchQuery, opts?: CallOptions) => searchLogsPage(core, query, opts),
      checkpoint: (query?: LogCheckpointQuery, opts?: CallOptions) => listLogsCheckpoint(core, query, opts),
    },
    resourceServers: {
      list: (query: ListResourceServersQuery, opts?: CallOptions) => listResourceServers(core, query, opts),
      listAll: (opts?: ListAllResourceServersOptions) => listAllResourceServers(core, opts),
    },
  };
}

export type ManagementApi = ReturnType<typeof createManagementApi>;
