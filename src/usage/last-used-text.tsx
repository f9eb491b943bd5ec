import { useQuery } from '@tanstack/react-query';
import type { ClientGrant } from '../api/client-grants';
import { describeError } from '../api/errors';
import { useNow } from '../components/use-now';
import { useConnection } from '../connection/connection-context';
import { lastUsedShort } from './grant-usage';
import { isForbidden, logQueries } from './log-queries';
import { useLogsAccess } from './use-logs-access';
import { tracksClientCredentials } from './usage-index';
import { useGrantCreation } from './use-grant-creation';

/**
 * "Last used" for one grant, for a table cell: read lazily when the row is drawn (a background search,
 * the same cache entry as the detail panel's Usage), so only rows on screen cost a request.
 */
export function LastUsedText({ grant }: { grant: ClientGrant }) {
  const canRead = useLogsAccess();
  if (!canRead) return <span title="Needs the read:logs scope">Needs read:logs</span>;
  if (!tracksClientCredentials(grant)) return <span title="The logs record client-credentials tokens only">—</span>;
  return <FromLogs grant={grant} />;
}

function FromLogs({ grant }: { grant: ClientGrant & { client_id: string } }) {
  const { api } = useConnection();
  const usage = useQuery(logQueries.grantUsage(api, grant.client_id, grant.audience));
  const window = useQuery(logQueries.window(api));
  const created = useGrantCreation(grant.id);
  const now = useNow(60_000);
  if (usage.data && window.data) return <span>{lastUsedShort(usage.data, window.data, now, created)}</span>;
  const error = usage.error ?? window.error;
  if (error && isForbidden(error)) return <span title="Needs the read:logs scope">Needs read:logs</span>;
  if (error) return <span title={describeError(error).detail}>Unavailable</span>;
  return <span aria-label="Reading the logs">…</span>;
}
