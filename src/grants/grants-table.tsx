import { useCallback, useEffect, useRef, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableRow from '@mui/material/TableRow';
import type { ClientGrant } from '../api/client-grants';
import useMediaQuery from '@mui/material/useMediaQuery';
import type { Theme } from '@mui/material/styles';
import { GrantCards } from './grant-cards';
import { GrantRow } from './grant-row';
import { columnCountWith, GrantsTableHead } from './grants-table-head';
import { ClassRules } from '../components/class-rules';
import { TablePager } from '../components/table-pager';
import { grantsTableRules } from './grants-table-rules';
import { lastPage, rowsPerPageOptions } from './grants-search';
import { SkeletonRows } from './skeleton-rows';
import type { Names } from './use-names';

type Props = {
  grants: ClientGrant[] | undefined;
  total: number;
  page: number;
  perPage: number;
  names: Names;
  /** Old rows are shown while another page or filter loads. */
  loadingMore: boolean;
  refreshing: boolean;
  /** Replaces the rows when there are none: the empty tenant or "no match" message. */
  empty: ReactNode;
  onPage(page: number): void;
  onPerPage(perPage: number): void;
  /** Keep these stable (useCallback): rows are memoized on them. */
  onOpen(grant: ClientGrant): void;
  onEdit(grant: ClientGrant): void;
  onDelete(grant: ClientGrant): void;
  /** The ids ticked for a bulk change (any page), and how to tick: keep `onSelect` stable. */
  isSelected(id: string): boolean;
  onSelect(grant: ClientGrant, selected: boolean): void;
  /** Above the rows: the bulk toolbar and "select all that match", when grants are ticked. */
  bulk?: ReactNode;
  /** Shows the optional "Last used" column (tenant logs, rows on screen only). */
  lastUsed?: boolean;
  /** The rows come from an organization's list of grants (no subject type). */
  fromOrganization?: boolean;
};

export function GrantsTable(props: Props) {
  const { grants, total, page, perPage, names, loadingMore, refreshing } = props;
  // Phones get cards: seven columns would scroll sideways and hide the actions.
  const narrow = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'), { noSsr: true });
  const { isSelected, onSelect, lastUsed = false } = props;
  const columnCount = columnCountWith(lastUsed);
  const ticked = grants?.filter((grant) => isSelected(grant.id)).length ?? 0;
  const pageSelected = ticked === 0 ? 'none' : ticked === grants?.length ? 'all' : 'some';
  // The rows on screen when the header's checkbox is clicked. A ref, so "Select all on this page" keeps
  // one identity across pages and the memoized header (nine cells) does not re-render on every page turn.
  const shownRows = useRef(grants);
  useEffect(() => {
    shownRows.current = grants;
  }, [grants]);
  const selectPage = useCallback((on: boolean) => shownRows.current?.forEach((grant) => onSelect(grant, on)), [onSelect]);
  return (
    <Paper variant="outlined" sx={{ overflow: 'hidden' }}>
      <ClassRules rules={grantsTableRules} />
      <Box sx={{ height: 4 }}>
        {(loadingMore || refreshing) && (
          <LinearProgress
            aria-label={loadingMore ? 'Loading grants' : 'Refreshing grants'}
            color={loadingMore ? 'primary' : 'inherit'}
          />
        )}
      </Box>
      {props.bulk}
      {narrow ? (
        <GrantCards
          grants={grants}
          names={names}
          empty={props.empty}
          onOpen={props.onOpen}
          onEdit={props.onEdit}
          onDelete={props.onDelete}
          isSelected={isSelected}
          onSelect={onSelect}
        />
      ) : (
        <TableContainer>
          <Table
            aria-label="Client grants"
            aria-busy={loadingMore || !grants}
            size="small"
            className="cg-grants-table"
          >
            <GrantsTableHead pageSelected={pageSelected} onSelectPage={selectPage} lastUsed={lastUsed} />
            <TableBody sx={{ opacity: loadingMore ? 0.6 : 1, transition: 'opacity 150ms' }}>
              {!grants && <SkeletonRows rows={Math.min(perPage, 10)} columns={columnCount} />}
              {grants?.length === 0 && (
                <TableRow>
                  <TableCell colSpan={columnCount}>{props.empty}</TableCell>
                </TableRow>
              )}
              {/* Keyed by position, not grant id: a page turn then updates 25 rows' text in place instead
                  of removing ~900 elements and creating ~900 more (measured: bench/RESULTS.md). Rows
                  hold no state of their own (the copy button's confirmation belongs to the copied id). */}
              {grants?.map((grant, position) => (
                <GrantRow
                  key={position}
                  grant={grant}
                  names={names}
                  onOpen={props.onOpen}
                  onEdit={props.onEdit}
                  onDelete={props.onDelete}
                  selected={props.isSelected(grant.id)}
                  onSelect={props.onSelect}
                  lastUsed={lastUsed}
                  subjectKnown={!props.fromOrganization}
                />
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      {/* No "0–0 of 0" under the skeleton rows: paging appears with the first answer. */}
      {grants && (
        <TablePager
          count={total}
          // Clamped while a page past the end is being corrected.
          page={Math.min(page, lastPage(total, perPage))}
          rowsPerPage={perPage}
          rowsPerPageOptions={rowsPerPageOptions}
          onPageChange={props.onPage}
          onRowsPerPageChange={props.onPerPage}
        />
      )}
    </Paper>
  );
}
