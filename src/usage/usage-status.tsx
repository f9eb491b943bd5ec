import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { pagingStopText } from '../api/paging-guard';
import { ErrorAlert } from '../components/error-alert';
import { ReadProgress } from '../components/read-progress';
import { useNow } from '../components/use-now';
import { isForbidden } from './log-queries';
import { windowSentence } from './log-window';
import { NeedsLogsScope } from './needs-logs-scope';
import type { UsageIndexState } from './use-usage-index';

const count = new Intl.NumberFormat('en');

function Reading({ state }: { state: UsageIndexState }) {
  const { events, fraction } = state.progress;
  const percent = fraction === undefined ? undefined : Math.round(fraction * 100);
  const text = `Reading the tenant’s logs: ${count.format(events)} events`;
  return (
    <Stack spacing={0.5}>
      <ReadProgress label="Reading the logs" text={text} value={percent} max={100} stopLabel="Stop reading the logs" onStop={state.cancel} />
      <Typography variant="body2" color="text.secondary">
        {text}. Grants unused in the log window are listed once the logs have been read to the end.
      </Typography>
    </Stack>
  );
}

/** After a read: what it covered, or that it was stopped or cut short (then no grant is called unused). */
function Summary({ state }: { state: UsageIndexState }) {
  const now = useNow(30_000);
  const stopped = state.status === 'cancelled' || state.status === 'stopped';
  return (
    <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
      <Typography variant="body2" color={stopped ? 'warning.main' : 'text.secondary'}>
        {stopped
          ? state.stop
            ? `${pagingStopText(state.stop, 'log events')} No grant is called unused until the logs have been read to the end.`
            : 'Reading the logs stopped: no grant is called unused until they have been read to the end.'
          : `Usage from ${count.format(state.usage.events)} log events. ${windowSentence(state.usage.window, state.readAt ?? now)}`}
      </Typography>
      <Button size="small" onClick={state.refresh}>
        Read the logs again
      </Button>
    </Stack>
  );
}

/** Where the read of the tenant's logs stands, for views whose answers depend on it (Findings). */
export function UsageStatus({ state }: { state: UsageIndexState }) {
  if (!state.allowed || (state.status === 'error' && isForbidden(state.error)))
    return <NeedsLogsScope what="which grants went unused in the log window" />;
  if (state.status === 'reading' || state.status === 'idle') return <Reading state={state} />;
  if (state.status === 'error') return <ErrorAlert error={state.error} onRetry={state.refresh} />;
  return <Summary state={state} />;
}
