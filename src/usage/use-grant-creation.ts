import { skipToken, useQuery } from '@tanstack/react-query';
import { useConnection } from '../connection/connection-context';
import type { GrantCreation } from './grant-usage';
import { logKeys } from './log-queries';
import type { UsageSnapshot } from './usage-store';

/** `null`: created in the window at an unknown time; undefined: not known to be created in it. */
type Created = number | null | undefined;

function createdOf(snapshot: UsageSnapshot, grantId: string): Created {
  const { usage } = snapshot;
  if (!usage.createdInWindow.has(grantId)) return undefined;
  return usage.createdAt.get(grantId) ?? null;
}

/**
 * Whether the usage index (the whole-log read, when a view has started it) knows this grant was created
 * inside the logs read, and when. Only watches: starts no read. Selects a primitive, so a row does not
 * re-render on every progress step of the read.
 */
export function useGrantCreation(grantId: string): GrantCreation | undefined {
  const { api } = useConnection();
  const { data } = useQuery({
    queryKey: logKeys.usageIndex(api.domain),
    queryFn: skipToken,
    staleTime: Infinity,
    gcTime: Infinity,
    structuralSharing: false,
    select: (snapshot: UsageSnapshot) => createdOf(snapshot, grantId),
  });
  if (data === undefined) return undefined;
  return data === null ? {} : { at: data };
}
