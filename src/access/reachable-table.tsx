import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import { useRowsPage } from './use-rows-page';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { appTypeLabel } from '../grants/app-types';
import { revealBidiControls } from '../components/bidi';
import { GrantLink } from './grant-link';
import { ApiCell } from './holder-cells';
import { howText, type ReachableRow } from './reachable-rows';
import { scopesText } from './scopes-text';

const count = new Intl.NumberFormat('en');

function summary(rows: ReachableRow[], organization: string, partial: boolean): string {
  const apps = new Set(rows.map((row) => row.grant.client_id ?? row.grant.default_for)).size;
  const any = rows.filter((row) => row.how === 'any-organization').length;
  const grants = rows.length === 1 ? '1 grant reaches' : `${count.format(rows.length)} grants reach`;
  const how = rows.length === 0 ? '' : ` (${count.format(rows.length - any)} associated, ${count.format(any)} through "any organization")`;
  return `${grants} ${revealBidiControls(organization)}${how}, for ${count.format(apps)} ${apps === 1 ? 'application' : 'applications'}${partial ? ' so far' : ''}.`;
}

function ApplicationCell({ row }: { row: ReachableRow }) {
  const { grant, client } = row;
  const name = client?.name ?? (grant.default_for ? 'All third-party applications' : 'Deleted application');
  const detail = client ? appTypeLabel(client.app_type) : (grant.client_id ?? grant.default_for ?? '');
  return (
    <TableCell component="th" scope="row" sx={{ overflowWrap: 'anywhere', minWidth: 140, maxWidth: 320 }}>
      <bdi>{revealBidiControls(name)}</bdi>
      <Typography variant="caption" color="text.secondary" component="div" sx={{ overflowWrap: 'anywhere' }}>
        {revealBidiControls(detail)}
      </Typography>
    </TableCell>
  );
}

type Props = { rows: ReachableRow[]; organization: string; partial: boolean };

/** Every grant whose tokens can carry one organization, a page at a time: "what can reach Acme?". */
export function ReachableTable({ rows, organization, partial }: Props) {
  const { pageRows, pager } = useRowsPage(rows);
  return (
    <>
      <Typography variant="body2" sx={{ my: 1 }} aria-live="polite">
        {summary(rows, organization, partial)}
      </Typography>
      {rows.length > 0 && (
        <TableContainer sx={{ maxHeight: 520 }}>
          <Table size="small" stickyHeader aria-label="Reachable from the organization">
            <TableHead>
              <TableRow>
                <TableCell>Application</TableCell>
                <TableCell>API</TableCell>
                <TableCell>Scopes</TableCell>
                <TableCell>How</TableCell>
                <TableCell>Grant</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {pageRows.map((row) => (
                <TableRow key={row.grant.id} hover>
                  <ApplicationCell row={row} />
                  <ApiCell holder={row} />
                  <TableCell sx={{ fontFamily: 'monospace', fontSize: 12, overflowWrap: 'anywhere', maxWidth: 480 }}>
                    {scopesText(row.grant)}
                  </TableCell>
                  <TableCell>{howText(row.how)}</TableCell>
                  <TableCell>
                    <GrantLink id={row.grant.id}>
                      <code>{row.grant.id}</code>
                    </GrantLink>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      {pager}
    </>
  );
}
