import { useCallback, useMemo } from 'react';
import { useQueries } from '@tanstack/react-query';
import type { Client } from '../api/clients';
import { useConnection } from '../connection/connection-context';
import { clientQueries } from './grant-queries';
import type { Names } from './use-names';

/** A page shows at most 100 rows: never more single reads than that. */
const MAX_SINGLE_READS = 100;

/**
 * Names for the rows on screen first. While the names list is still being read (a tenant with thousands of
 * apps takes a minute at 2 requests/s), after its first page, each visible application it has not reached yet is read on its own
 * (`GET /clients/{id}`), since the Management API cannot filter the list by id. Once the list is complete,
 * or the tab restored it, nothing is read here.
 */
export function useVisibleNames(names: Names, grants: readonly { client_id?: string }[] | undefined): Names {
  const { api } = useConnection();
  const wanted = useMemo(() => {
    // Only once the list's first page is in and more are coming: a small tenant's list is one request,
    // cheaper than a read per row, and on a rate-limited tenant the rows' reads must not starve it.
    if (names.clients.length === 0 || !names.clientsLoading) return [];
    const ids = new Set<string>();
    for (const grant of grants ?? []) if (grant.client_id && names.app(grant.client_id).status === 'loading') ids.add(grant.client_id);
    return [...ids].slice(0, MAX_SINGLE_READS);
  }, [grants, names]);
  // Stable while `wanted` is, so React Query re-runs it only when a result changes.
  const combine = useCallback(
    (results: { data?: Client | null }[]) => {
      const map = new Map<string, Client | null>();
      results.forEach((result, i) => {
        const id = wanted[i];
        if (id !== undefined && result.data !== undefined) map.set(id, result.data);
      });
      return map;
    },
    [wanted],
  );
  const found = useQueries({ queries: wanted.map((id) => clientQueries.one(api, id)), combine });
  return useMemo(() => {
    if (found.size === 0) return names;
    return {
      ...names,
      app: (clientId) => {
        const single = clientId === undefined ? undefined : found.get(clientId);
        if (single) return { status: 'found', value: single };
        if (single === null) return { status: 'missing' };
        return names.app(clientId);
      },
    };
  }, [names, found]);
}
