import { useMemo, useState } from 'react';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TableSortLabel from '@mui/material/TableSortLabel';
import Typography from '@mui/material/Typography';
import type { Selection } from '../bulk';
import { SelectCheckbox } from '../components/select-checkbox';
import type { Holder } from '../tenant-index';
import { GrantLink } from './grant-link';
import { ApiCell, ApplicationCell } from './holder-cells';
import { organizationText } from './organization-text';

const count = new Intl.NumberFormat('en');

function summary(holders: Holder[], scope: string, partial: boolean): string {
  const apps = new Set(holders.map((h) => h.grant.client_id ?? h.grant.default_for)).size;
  const all = holders.filter((h) => h.viaAllScopes).length;
  const grants = holders.length === 1 ? '1 grant holds' : `${count.format(holders.length)} grants hold`;
  const via = all > 0 ? ` (${count.format(all)} through "all scopes")` : '';
  return `${grants} ${scope}${via}, for ${count.format(apps)} ${apps === 1 ? 'application' : 'applications'}${partial ? ' so far' : ''}.`;
}

type Props = { holders: Holder[]; scope: string; partial: boolean; selection: Selection; labelOf(holder: Holder): string };

/** Every grant holding one scope: the answer to "which applications can use delete:users?". */
export function ScopeHoldersTable({ holders, scope, partial, selection, labelOf }: Props) {
  const [descending, setDescending] = useState(false);
  // holdersOf sorts by application; the other direction is the same list read backwards.
  const rows = useMemo(() => (descending ? [...holders].reverse() : holders), [holders, descending]);
  const grants = useMemo(() => holders.map((holder) => holder.grant), [holders]);
  const ticked = grants.filter((grant) => selection.has(grant.id)).length;
  return (
    <>
      <Typography variant="body2" sx={{ my: 1 }} aria-live="polite">
        {summary(holders, scope, partial)}
      </Typography>
      <TableContainer sx={{ maxHeight: 520 }}>
        <Table size="small" stickyHeader aria-label="Applications holding the scope">
          <TableHead>
            <TableRow>
              <TableCell padding="checkbox">
                <SelectCheckbox
                  label="Select all on this page"
                  checked={ticked > 0 && ticked === grants.length}
                  indeterminate={ticked > 0 && ticked < grants.length}
                  onChange={(on) => selection.set(grants, on)}
                />
              </TableCell>
              <TableCell sortDirection={descending ? 'desc' : 'asc'}>
                <TableSortLabel active direction={descending ? 'desc' : 'asc'} onClick={() => setDescending((d) => !d)}>
                  Application
                </TableSortLabel>
              </TableCell>
              <TableCell>API</TableCell>
              <TableCell>Subject type</TableCell>
              <TableCell>Organizations</TableCell>
              <TableCell>Holds it</TableCell>
              <TableCell>Grant</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((holder) => (
              <TableRow key={holder.grant.id} hover selected={selection.has(holder.grant.id)}>
                <TableCell padding="checkbox">
                  <SelectCheckbox
                    label={`Select grant for ${labelOf(holder)}`}
                    checked={selection.has(holder.grant.id)}
                    onChange={(on) => selection.set([holder.grant], on)}
                  />
                </TableCell>
                <ApplicationCell holder={holder} />
                <ApiCell holder={holder} />
                <TableCell>{holder.grant.subject_type === 'user' ? 'User' : 'Client'}</TableCell>
                <TableCell>{organizationText(holder.grant)}</TableCell>
                <TableCell>{holder.viaAllScopes ? 'All scopes' : 'Listed'}</TableCell>
                <TableCell>
                  <GrantLink id={holder.grant.id}>
                    <code>{holder.grant.id}</code>
                  </GrantLink>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </>
  );
}
