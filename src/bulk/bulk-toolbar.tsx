import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { usePermission } from '../connection/use-permission';
import { ChangeScopesDialog, type GrantLabels } from './change-scopes-dialog';
import { DeleteGrantsDialog } from './delete-grants-dialog';
import type { Selection } from './use-selection';

const count = new Intl.NumberFormat('en');

type Props = GrantLabels & { selection: Selection };

/** "N selected" with Change scopes…, Delete… and Clear selection; shown while grants are selected. */
export function BulkToolbar({ selection, labelOf, scopesOf }: Props) {
  const [open, setOpen] = useState<'scopes' | 'delete'>();
  const canUpdate = usePermission('update');
  const canDelete = usePermission('delete');
  const size = selection.grants.size;
  if (size === 0 && !open) return null;
  const grants = [...selection.grants.values()];
  const close = (ran: boolean) => {
    setOpen(undefined);
    // The selected copies predate the batch; the table shows what the tenant holds now.
    if (ran) selection.clear();
  };
  return (
    <Box
      role="toolbar"
      aria-label="Selected grants"
      sx={{
        display: 'flex',
        alignItems: 'center',
        gap: 1,
        flexWrap: 'wrap',
        px: 2,
        py: 1,
        bgcolor: 'action.selected',
        borderRadius: 1,
      }}
    >
      <Typography variant="body2" sx={{ flexGrow: 1 }} aria-live="polite">
        {count.format(size)} selected
      </Typography>
      <Button onClick={() => setOpen('scopes')} disabled={!canUpdate.allowed} title={canUpdate.reason}>
        Change scopes…
      </Button>
      <Button
        color="error"
        onClick={() => setOpen('delete')}
        disabled={!canDelete.allowed}
        title={canDelete.reason}
      >
        Delete…
      </Button>
      <Button onClick={selection.clear}>Clear selection</Button>
      {open === 'scopes' && (
        <ChangeScopesDialog grants={grants} labelOf={labelOf} scopesOf={scopesOf} onClose={close} />
      )}
      {open === 'delete' && <DeleteGrantsDialog grants={grants} labelOf={labelOf} onClose={close} />}
    </Box>
  );
}
