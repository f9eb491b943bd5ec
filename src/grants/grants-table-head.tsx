import { memo } from 'react';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { SelectCheckbox } from '../components/select-checkbox';

export const grantColumns = ['Application', 'API', 'Scopes', 'Subject', 'Organizations', 'Grant ID', 'Actions'];
/** The columns with the selection checkbox's, and "Last used" when shown (before Actions). */
export const columnCountWith = (lastUsed: boolean) => grantColumns.length + 1 + (lastUsed ? 1 : 0);
const columnsWith = (lastUsed: boolean) => (lastUsed ? [...grantColumns.slice(0, -1), 'Last used', 'Actions'] : grantColumns);
const headCellSx = { fontWeight: 600, whiteSpace: 'nowrap' } as const;
// As narrow as the rows' checkbox cell (grants-table-styles.ts).
const selectCellSx = { width: 18, pl: 1.5, pr: 0 } as const;

type Props = { pageSelected: 'all' | 'some' | 'none'; onSelectPage(selected: boolean): void; lastUsed: boolean };

/** The column headings and "Select all on this page": memoized, they change only with the page's selection. */
export const GrantsTableHead = memo(function GrantsTableHead({ pageSelected, onSelectPage, lastUsed }: Props) {
  return (
    <TableHead>
      <TableRow>
        <TableCell sx={selectCellSx}>
          <SelectCheckbox
            label="Select all on this page"
            checked={pageSelected === 'all'}
            indeterminate={pageSelected === 'some'}
            onChange={onSelectPage}
          />
        </TableCell>
        {columnsWith(lastUsed).map((column) => (
          <TableCell key={column} align={column === 'Actions' ? 'right' : 'left'} sx={headCellSx}>
            {column}
          </TableCell>
        ))}
      </TableRow>
    </TableHead>
  );
});
