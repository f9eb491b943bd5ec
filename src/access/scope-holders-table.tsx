import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import { useRowsPage } from './use-rows-page';
import TableRow from '@mui/material/TableRow';
import TableSortLabel from '@mui/material/TableSortLabel';
import Typography from '@mui/material/Typography';
import type { Selection } from '../bulk';
import { SelectCheckbox } from '../components/select-checkbox';
import type { Holder } from '../tenant-index';
import { HolderRow } from './holder-row';
import type { OrganizationReach } from './organization-text';
import { ClassRules } from '../components/class-rules';
import { holderRowsRules } from './holder-rows-rules';
import { revealBidiControls } from '../components/bidi';

// Loaded only once a whole page is ticked: "Select all N that match".
const SelectAllBanner = lazy(() => import('../bulk/bulk-ui').then((m) => ({ default: m.SelectAllBanner })));

const count = new Intl.NumberFormat('en');

function summary(holders: Holder[], scope: string, partial: boolean): string {
  const apps = new Set(holders.map((h) => h.grant.client_id ?? h.grant.default_for)).size;
  const all = holders.filter((h) => h.viaAllScopes).length;
  const grants = holders.length === 1 ? '1 grant holds' : `${count.format(holders.length)} grants hold`;
  const via = all > 0 ? ` (${count.format(all)} through "all scopes")` : '';
  return `${grants} ${revealBidiControls(scope)}${via}, for ${count.format(apps)} ${apps === 1 ? 'application' : 'applications'}${partial ? ' so far' : ''}.`;
}

type Props = {
  holders: Holder[];
  scope: string;
  partial: boolean;
  selection: Selection;
  labelOf(holder: Holder): string;
  /** The Organizations column: asked for the rows of the page shown only. */
  reachOf(holder: Holder): OrganizationReach;
};

/** Every grant holding one scope: the answer to "which applications can use delete:users?". */
export function ScopeHoldersTable({ holders, scope, partial, selection, labelOf, reachOf }: Props) {
  const [descending, setDescending] = useState(false);
  // holdersOf sorts by application; the other direction is the same list read backwards.
  const rows = useMemo(() => (descending ? [...holders].reverse() : holders), [holders, descending]);
  const { pageRows, pager } = useRowsPage(rows);
  const pageGrants = useMemo(() => pageRows.map((holder) => holder.grant), [pageRows]);
  // Kept while only the selection changes, so ticking a row does not redraw the page's memoized rows.
  const pageItems = useMemo(() => pageRows.map((holder) => ({ holder, reach: reachOf(holder) })), [pageRows, reachOf]);
  const ticked = pageGrants.filter((grant) => selection.has(grant.id)).length;
  const everyHolder = useMemo(() => holders.map((holder) => holder.grant), [holders]);
  const { set: setSelected } = selection;
  const selectOne = useCallback((holder: Holder, on: boolean) => setSelected([holder.grant], on), [setSelected]);
  return (
    <>
      <Typography variant="body2" sx={{ my: 1 }} aria-live="polite">
        {summary(holders, scope, partial)}
      </Typography>
      {ticked > 0 && ticked === pageGrants.length && holders.length > pageGrants.length && (
        <Suspense>
          <SelectAllBanner selection={selection} rows={pageGrants} total={holders.length} collect={() => Promise.resolve(everyHolder)} />
        </Suspense>
      )}
      {/* No holders: the summary says so; an empty table would offer a "select all" with nothing to select. */}
      {holders.length > 0 && (
        <TableContainer sx={{ maxHeight: 520 }}>
          <ClassRules rules={holderRowsRules} />
          <Table size="small" stickyHeader aria-label="Applications holding the scope" className="cg-holders">
            <TableHead>
              <TableRow>
                <TableCell padding="checkbox">
                  <SelectCheckbox
                    label="Select all on this page"
                    checked={ticked > 0 && ticked === pageGrants.length}
                    indeterminate={ticked > 0 && ticked < pageGrants.length}
                    onChange={(on) => selection.set(pageGrants, on)}
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
              {pageItems.map(({ holder, reach }) => (
                <HolderRow
                  key={holder.grant.id}
                  holder={holder}
                  label={labelOf(holder)}
                  reach={reach}
                  selected={selection.has(holder.grant.id)}
                  onSelect={selectOne}
                />
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      {pager}
    </>
  );
}
