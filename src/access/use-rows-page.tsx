import { useMemo, useState, type ReactNode } from 'react';
import TablePagination from '@mui/material/TablePagination';

/**
 * One page of an in-memory answer and its pager (shown only past one page): a scope held, or an organization reached,
 * by thousands of grants must not render thousands of rows at once. The page stays in range as the rows change.
 */
export function useRowsPage<T>(rows: readonly T[]): { pageRows: T[]; pager: ReactNode } {
  const [page, setPage] = useState(0);
  const [perPage, setPerPage] = useState(50);
  const shown = Math.min(page, Math.max(0, Math.ceil(rows.length / perPage) - 1));
  const pageRows = useMemo(() => rows.slice(shown * perPage, (shown + 1) * perPage), [rows, shown, perPage]);
  const pager = rows.length > perPage && (
    <TablePagination
      component="div"
      count={rows.length}
      page={shown}
      onPageChange={(_, next) => setPage(next)}
      rowsPerPage={perPage}
      rowsPerPageOptions={[25, 50, 100]}
      onRowsPerPageChange={(event) => {
        setPerPage(Number(event.target.value));
        setPage(0);
      }}
    />
  );
  return { pageRows, pager };
}
