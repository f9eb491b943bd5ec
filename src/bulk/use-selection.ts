import { useCallback, useMemo, useState } from 'react';
import type { ClientGrant } from '../api/client-grants';

/**
 * The grants ticked for a bulk change, by id, with the copy each was ticked from (the preview starts from
 * it; the runner re-reads every grant before writing). Page state, never in the URL: it survives paging.
 */
export type Selection = {
  grants: ReadonlyMap<string, ClientGrant>;
  has(id: string): boolean;
  /** Ticks or unticks these grants, leaving the others as they are. */
  set(grants: readonly ClientGrant[], selected: boolean): void;
  /** Ticks exactly these grants. */
  replace(grants: readonly ClientGrant[]): void;
  clear(): void;
};

export function useSelection(): Selection {
  const [grants, setGrants] = useState<ReadonlyMap<string, ClientGrant>>(() => new Map());
  const set = useCallback((changed: readonly ClientGrant[], selected: boolean) => {
    setGrants((current) => {
      const next = new Map(current);
      for (const grant of changed) {
        if (selected) next.set(grant.id, grant);
        else next.delete(grant.id);
      }
      return next;
    });
  }, []);
  const replace = useCallback(
    (all: readonly ClientGrant[]) => setGrants(new Map(all.map((grant) => [grant.id, grant]))),
    [],
  );
  const clear = useCallback(() => setGrants(new Map()), []);
  return useMemo(
    () => ({ grants, has: (id: string) => grants.has(id), set, replace, clear }),
    [grants, set, replace, clear],
  );
}
