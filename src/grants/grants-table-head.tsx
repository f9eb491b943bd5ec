import { memo } from 'react';
import { SelectCheckbox } from '../components/select-checkbox';

export const grantColumns = ['Application', 'API', 'Scopes', 'Subject', 'Organizations', 'Grant ID', 'Actions'];
/** The columns with the selection checkbox's, and "Last used" when shown (before Actions). */
export const columnCountWith = (lastUsed: boolean) => grantColumns.length + 1 + (lastUsed ? 1 : 0);
const columnsWith = (lastUsed: boolean) => (lastUsed ? [...grantColumns.slice(0, -1), 'Last used', 'Actions'] : grantColumns);

type Props = { pageSelected: 'all' | 'some' | 'none'; onSelectPage(selected: boolean): void; lastUsed: boolean };

/**
 * The column headings and "Select all on this page": memoized, they change only with the page's selection.
 * Plain cells styled by the table's class rules (grants-table-styles.ts), like the rows.
 */
export const GrantsTableHead = memo(function GrantsTableHead({ pageSelected, onSelectPage, lastUsed }: Props) {
  return (
    <thead>
      <tr className="cg-head">
        <th scope="col" className="cg-select-cell">
          <SelectCheckbox
            label="Select all on this page"
            checked={pageSelected === 'all'}
            indeterminate={pageSelected === 'some'}
            onChange={onSelectPage}
          />
        </th>
        {columnsWith(lastUsed).map((column) => (
          <th key={column} scope="col" className={column === 'Actions' ? 'cg-end' : undefined}>
            {column}
          </th>
        ))}
      </tr>
    </thead>
  );
});
