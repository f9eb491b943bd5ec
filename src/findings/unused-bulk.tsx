import { useMemo } from 'react';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { AccessBulkToolbar, useIndexLabels } from '../access';
import { useSelection } from '../bulk';
import type { TenantIndexState } from '../tenant-index';
import { unusedGrantIds, type UsageIndexState } from '../usage';

const count = new Intl.NumberFormat('en');

/**
 * "Every unused grant" as a bulk target: once both the tenant and its logs are read to the end, one click
 * ticks every grant no token was issued for in the window, and the bulk toolbar offers Change scopes… and
 * Delete… over them (with the same preview, pacing and undo as anywhere else).
 */
export function UnusedBulk({ index: state, usage }: { index: TenantIndexState; usage: UsageIndexState }) {
  const selection = useSelection();
  const labels = useIndexLabels(state.index);
  const ready = !state.partial && usage.status === 'ready';
  const { index, version } = state;
  const { usage: usageIndex, version: usageVersion } = usage;
  const unused = useMemo(() => {
    void version; // the index and the usage index are filled in place: their versions say when they changed
    void usageVersion;
    return ready ? unusedGrantIds(index, usageIndex).flatMap((id) => index.grants.get(id) ?? []) : [];
  }, [ready, index, version, usageIndex, usageVersion]);
  // The toolbar (and a dialog it opened) stays while grants are ticked, even once a change leaves none unused.
  if (unused.length === 0 && selection.grants.size === 0) return null;
  return (
    <Stack spacing={1}>
      {selection.grants.size === 0 && (
        <div>
          <Button variant="outlined" onClick={() => selection.replace(unused)}>
            Select every unused grant ({count.format(unused.length)})
          </Button>
        </div>
      )}
      <AccessBulkToolbar selection={selection} labels={labels} />
    </Stack>
  );
}
