import TableCell from '@mui/material/TableCell';
import Typography from '@mui/material/Typography';
import { OrganizationReachText } from './organization-reach-text';
import { organizationReachDetail, type OrganizationReach } from './organization-text';

/** Which organizations a grant reaches, as a MUI cell (the lean holder rows draw the same in plain elements). */
export function OrganizationsCell({ reach }: { reach: OrganizationReach }) {
  const detail = organizationReachDetail(reach);
  return (
    <TableCell sx={{ overflowWrap: 'anywhere', minWidth: 120, maxWidth: 280 }}>
      <OrganizationReachText reach={reach} />
      {detail && (
        <Typography variant="caption" color="text.secondary" component="div">
          {detail}
        </Typography>
      )}
    </TableCell>
  );
}
