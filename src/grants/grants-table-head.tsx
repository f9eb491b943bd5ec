import { memo } from 'react';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';

export const grantColumns = ['Application', 'API', 'Scopes', 'Subject', 'Organizations', 'Grant ID', 'Actions'];
const headCellSx = { fontWeight: 600, whiteSpace: 'nowrap' } as const;

/** The column headings: memoized, nothing about them changes when the page or the rows do. */
export const GrantsTableHead = memo(function GrantsTableHead() {
  return (
    <TableHead>
      <TableRow>
        {grantColumns.map((column) => (
          <TableCell key={column} align={column === 'Actions' ? 'right' : 'left'} sx={headCellSx}>
            {column}
          </TableCell>
        ))}
      </TableRow>
    </TableHead>
  );
});
