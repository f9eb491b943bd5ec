import { useEffect, useMemo, useRef, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { useInfiniteQuery } from '@tanstack/react-query';
import { LOG_SEARCH_LIMIT, MAX_LOG_PAGE } from '../api/logs';
import { ErrorAlert } from '../components/error-alert';
import { relativeTime } from '../components/relative-time';
import { useNow } from '../components/use-now';
import { useConnection } from '../connection/connection-context';
import { grantHistory, type HistoryEntry } from './grant-history';
import { entryText } from './history-text';
import { isForbidden, logQueries } from './log-queries';
import { formatLogDate } from './log-window';
import { NeedsLogsScope } from './needs-logs-scope';
import { useLogsAccess } from './use-logs-access';
import { revealBidiControls } from '../components/bidi';

/** Entries shown at first and added by each "Show older". */
export const HISTORY_STEP = 10;

function Entry({ entry, now }: { entry: HistoryEntry; now: number }) {
  const when = `${relativeTime(entry.date, now)} (${formatLogDate(entry.date)})`;
  const secondary = revealBidiControls([`by ${entry.actor}`, when, entry.ip && `from ${entry.ip}`].filter(Boolean).join(' · '));
  return (
    <ListItem disableGutters>
      <ListItemText primary={revealBidiControls(entryText(entry))} secondary={secondary} slotProps={{ primary: { sx: { overflowWrap: 'anywhere' } } }} />
    </ListItem>
  );
}

/** What the end of the list means: the start of the logs, or the farthest a log search reaches. */
function endNote(any: boolean, searchLimit: boolean): string {
  if (searchLimit) return `${any ? 'Older changes, if any, are' : 'No change to this grant in the latest 1,000 API writes; older ones are'} beyond what the log search reaches.`;
  return any ? 'No older change in the logs available.' : 'No change to this grant in the logs available.';
}

type Props = {
  grantId: string;
  /** Changes when the grant as the tenant holds it changes (e.g. after an edit here): History reads again. */
  revision?: string;
};

function HistoryFromLogs({ grantId, revision }: Props) {
  const { api } = useConnection();
  const writes = useInfiniteQuery(logQueries.writes(api));
  const { refetch } = writes;
  const seenRevision = useRef(revision);
  useEffect(() => {
    if (seenRevision.current === revision) return;
    seenRevision.current = revision;
    void refetch();
  }, [revision, refetch]);
  const [wanted, setWanted] = useState(HISTORY_STEP);
  const now = useNow(30_000);
  const entries = useMemo(() => grantHistory(writes.data?.pages.flat() ?? [], grantId), [writes.data, grantId]);
  const { hasNextPage, isFetchingNextPage, fetchNextPage, isError } = writes;
  // The writes of every grant share these pages: read older ones (paced, in the background) until this
  // grant has the entries asked for or the search reaches its end.
  useEffect(() => {
    if (entries.length < wanted && hasNextPage && !isFetchingNextPage && !isError) void fetchNextPage();
  }, [entries.length, wanted, hasNextPage, isFetchingNextPage, isError, fetchNextPage]);

  if (writes.error && isForbidden(writes.error)) return <NeedsLogsScope what="history" />;
  if (writes.isPending) return <Skeleton variant="rounded" height={64} aria-label="Reading the history" />;
  const more = entries.length > wanted || hasNextPage;
  return (
    <>
      <List dense disablePadding aria-label="History">
        {entries.slice(0, wanted).map((entry) => (
          <Entry key={entry.id} entry={entry} now={now} />
        ))}
      </List>
      {!more && !writes.isError && <Typography variant="body2">{endNote(entries.length > 0, (writes.data?.pages.length ?? 0) * MAX_LOG_PAGE >= LOG_SEARCH_LIMIT)}</Typography>}
      {writes.isError && <ErrorAlert error={writes.error} onRetry={() => void fetchNextPage()} />}
      {more && !writes.isError && (
        <Button size="small" sx={{ alignSelf: 'flex-start' }} disabled={isFetchingNextPage} onClick={() => setWanted((n) => n + HISTORY_STEP)}>
          {isFetchingNextPage ? 'Reading older changes…' : 'Show older'}
        </Button>
      )}
    </>
  );
}

/** Who changed this grant and how, from the tenant's Management API logs, newest first. */
export function HistorySection({ grantId, revision }: Props) {
  const canRead = useLogsAccess();
  return (
    <Box component="section" aria-label="Grant history" sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
      <Typography variant="subtitle1" component="h3">
        History
      </Typography>
      {canRead ? <HistoryFromLogs grantId={grantId} revision={revision} /> : <NeedsLogsScope what="history" />}
    </Box>
  );
}
