import TableCell from '@mui/material/TableCell';
import Typography from '@mui/material/Typography';
import type { Holder } from '../tenant-index';
import { revealBidiControls } from '../components/bidi';

/** The API of a grant: its name and identifier (the application-access and reachable tables). */
export function ApiCell({ holder }: { holder: Pick<Holder, 'grant' | 'api'> }) {
  return (
    <TableCell sx={{ overflowWrap: 'anywhere', minWidth: 140, maxWidth: 320 }}>
      <bdi>{revealBidiControls(holder.api?.name ?? 'Deleted API')}</bdi>
      <Typography variant="caption" color="text.secondary" component="div" sx={{ overflowWrap: 'anywhere' }}>
        {revealBidiControls(holder.grant.audience)}
      </Typography>
    </TableCell>
  );
}
