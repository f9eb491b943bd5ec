import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { AccessRow } from '../tenant-index';
import { GrantLink } from './grant-link';
import { ApiCell } from './holder-cells';
import { OrganizationsCell } from './organizations-cell';
import type { OrganizationReach } from './organization-text';
import { scopesText } from './scopes-text';
import { revealBidiControls } from '../components/bidi';

type Props = { rows: AccessRow[]; appName: string; reachOf(row: AccessRow): OrganizationReach };

/** Every API one application can call, with which scopes, including grants it has as a third-party app. */
export function ApplicationAccessTable({ rows, appName, reachOf }: Props) {
  if (rows.length === 0)
    return (
      <Typography variant="body2" sx={{ my: 1 }}>
        <bdi>{revealBidiControls(appName)}</bdi> holds no grant: it cannot call any API with client credentials.
      </Typography>
    );
  return (
    <TableContainer sx={{ maxHeight: 520 }}>
      <Table size="small" stickyHeader aria-label={`APIs ${appName} can call`}>
        <TableHead>
          <TableRow>
            <TableCell>API</TableCell>
            <TableCell>Subject type</TableCell>
            <TableCell>Scopes</TableCell>
            <TableCell>Organizations</TableCell>
            <TableCell>Grant</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.grant.id} hover>
              <ApiCell holder={row} />
              <TableCell>{row.grant.subject_type === 'user' ? 'User' : 'Client'}</TableCell>
              <TableCell sx={{ fontFamily: 'monospace', fontSize: 12, overflowWrap: 'anywhere', maxWidth: 480 }}>
                {scopesText(row.grant)}
              </TableCell>
              <OrganizationsCell reach={reachOf(row)} />
              <TableCell>
                <GrantLink id={row.grant.id}>
                  <code>{row.grant.id}</code>
                </GrantLink>
                {row.viaThirdParty && (
                  <Typography variant="caption" color="text.secondary" component="div">
                    Applies to every third-party app
                  </Typography>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
