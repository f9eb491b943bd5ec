import { useEffect, useRef, useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import type { ClientGrant } from '../api/client-grants';
import { ErrorAlert } from '../components/error-alert';
import type { Selection } from './use-selection';

const count = new Intl.NumberFormat('en');

export type CollectMatching = (
  signal: AbortSignal,
  onProgress: (progress: { done: number }) => void,
) => Promise<ClientGrant[]>;

type Props = { selection: Selection; rows: ClientGrant[]; total: number; collect: CollectMatching };

type State = { phase: 'idle' } | { phase: 'reading'; done: number } | { phase: 'failed'; error: unknown };

/**
 * Once the whole page is ticked: "All 25 on this page are selected. Select all 1,234 that match", which
 * reads every matching grant (all pages, paced) into the selection.
 */
export function SelectAllBanner({ selection, rows, total, collect }: Props) {
  const [state, setState] = useState<State>({ phase: 'idle' });
  const controller = useRef<AbortController | undefined>(undefined);
  useEffect(() => () => controller.current?.abort(), []);
  const pageSelected = rows.length > 0 && rows.every((grant) => selection.has(grant.id));
  if (!pageSelected || total <= rows.length) return null;
  const selectAll = async () => {
    const abort = new AbortController();
    controller.current = abort;
    setState({ phase: 'reading', done: 0 });
    try {
      selection.set(await collect(abort.signal, ({ done }) => setState({ phase: 'reading', done })), true);
      setState({ phase: 'idle' });
    } catch (error) {
      setState(abort.signal.aborted ? { phase: 'idle' } : { phase: 'failed', error });
    }
  };
  if (state.phase === 'failed') return <ErrorAlert error={state.error} onRetry={() => void selectAll()} />;
  const allSelected = selection.grants.size >= total;
  const action =
    state.phase === 'reading' ? (
      <Button color="inherit" size="small" onClick={() => controller.current?.abort()}>
        Cancel
      </Button>
    ) : allSelected ? (
      <Button color="inherit" size="small" onClick={selection.clear}>
        Clear selection
      </Button>
    ) : (
      <Button color="inherit" size="small" onClick={() => void selectAll()}>
        Select all {count.format(total)} that match
      </Button>
    );
  return (
    <Alert severity="info" icon={false} action={action} aria-live="polite">
      {state.phase === 'reading'
        ? `Reading every grant that matches: ${count.format(state.done)} of ${count.format(total)}…`
        : allSelected
          ? `All ${count.format(selection.grants.size)} grants that match are selected.`
          : `All ${count.format(rows.length)} on this page are selected.`}
    </Alert>
  );
}
