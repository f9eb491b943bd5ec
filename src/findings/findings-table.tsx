import { useState } from 'react';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import type { TenantIndex } from '../tenant-index';
import { FindingRow } from './finding-row';
import type { Finding, FixKind } from './rules';

type Props = {
  findings: Finding[];
  index: TenantIndex;
  canWrite(kind: FixKind): boolean;
  onFix(finding: Finding, kind: FixKind): void;
  onDismiss(finding: Finding): void;
};

/**
 * Application and API names are cut to one line with an ellipsis, the full text on hover (IsolatedText marks them
 * for components/overflow-title.ts), as in the grants table: wrapped, a 10,000-character name made its row
 * hundreds of lines tall.
 */
export const cutNameSx = {
  '& .cg-text': { display: 'block', maxWidth: 280, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
};

const tableSx = { '& .cg-mono': { fontFamily: 'monospace', fontSize: 12 }, ...cutNameSx };

/** Findings, most severe first, a page at a time (a large tenant can have thousands). */
export function FindingsTable({ findings, index, canWrite, onFix, onDismiss }: Props) {
  const [page, setPage] = useState(0);
  const [perPage, setPerPage] = useState(25);
  // A fix or a dismissal can shorten the list under the current page.
  const lastPage = Math.max(0, Math.ceil(findings.length / perPage) - 1);
  const shown = Math.min(page, lastPage);
  return (
    <>
      <TableContainer>
        <Table size="small" aria-label="Findings" sx={tableSx}>
          <TableHead>
            <TableRow>
              <TableCell>Severity</TableCell>
              <TableCell>Finding</TableCell>
              <TableCell>Application</TableCell>
              <TableCell>API</TableCell>
              <TableCell>Scopes</TableCell>
              <TableCell>Actions</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {findings.slice(shown * perPage, (shown + 1) * perPage).map((finding) => (
              <FindingRow
                key={finding.id}
                finding={finding}
                index={index}
                canWrite={finding.fixes.every(canWrite)}
                onFix={onFix}
                onDismiss={onDismiss}
              />
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      <TablePagination
        component="div"
        count={findings.length}
        page={shown}
        rowsPerPage={perPage}
        rowsPerPageOptions={[10, 25, 50, 100]}
        onPageChange={(_, next) => setPage(next)}
        onRowsPerPageChange={(event) => {
          setPerPage(Number(event.target.value));
          setPage(0);
        }}
      />
    </>
  );
}
