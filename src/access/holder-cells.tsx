import TableCell from '@mui/material/TableCell';
import Typography from '@mui/material/Typography';
import { appTypeLabel } from '../grants/app-types';
import type { Holder } from '../tenant-index';

/** The application of a grant: its name and type, "All third-party applications" or "Deleted application". */
export function ApplicationCell({ holder }: { holder: Holder }) {
  const { grant, client } = holder;
  const name = client?.name ?? (grant.default_for ? 'All third-party applications' : 'Deleted application');
  const detail = client ? appTypeLabel(client.app_type) : (grant.client_id ?? grant.default_for ?? '');
  return (
    // Names can be one long unbroken word (a seeded app has one): wrap anywhere rather than widen the table.
    <TableCell component="th" scope="row" sx={{ overflowWrap: 'anywhere', minWidth: 140, maxWidth: 320 }}>
      <bdi>{name}</bdi>
      <Typography variant="caption" color="text.secondary" component="div">
        {detail}
      </Typography>
    </TableCell>
  );
}

export function ApiCell({ holder }: { holder: Holder }) {
  return (
    <TableCell sx={{ overflowWrap: 'anywhere', minWidth: 140, maxWidth: 320 }}>
      <bdi>{holder.api?.name ?? 'Deleted API'}</bdi>
      <Typography variant="caption" color="text.secondary" component="div" sx={{ overflowWrap: 'anywhere' }}>
        {holder.grant.audience}
      </Typography>
    </TableCell>
  );
}
