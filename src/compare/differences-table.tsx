import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { IsolatedText } from '../components/isolated-text';
import type { DiffKind, DiffRow } from './diff';
import { describeChange } from './diff-export';

const KIND: Record<DiffKind, string> = {
  'only-source': 'Only in source',
  'only-target': 'Only in target',
  changed: 'Changed',
  unchanged: 'Unchanged',
};

/**
 * Rows drawn at most: a plain table, not yet virtualised like the access matrix (docs/compare.md, what is left);
 * the CSV and Markdown exports always hold every row.
 */
export const MAX_ROWS = 500;

function whatDiffers(row: DiffRow): string {
  if (row.kind === 'changed') return row.changes.map(describeChange).join('; ');
  const grant = row.source ?? row.target;
  if (!grant) return '';
  return grant.allowAllScopes ? 'All scopes' : grant.scopes.join(' ');
}

export function DifferencesTable({ rows }: { rows: readonly DiffRow[] }) {
  const shown = rows.slice(0, MAX_ROWS);
  return (
    <>
      <Table size="small" aria-label="Differences">
        <TableHead>
          <TableRow>
            <TableCell>Difference</TableCell>
            <TableCell>Application</TableCell>
            <TableCell>API</TableCell>
            <TableCell>Subject type</TableCell>
            <TableCell>What differs</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {shown.map((row) => (
            <TableRow key={row.key}>
              <TableCell>{KIND[row.kind]}</TableCell>
              <TableCell>
                <IsolatedText text={row.appName} />
              </TableCell>
              <TableCell>
                <IsolatedText text={row.audience} />
              </TableCell>
              <TableCell>{row.subjectType}</TableCell>
              <TableCell>
                <IsolatedText text={whatDiffers(row)} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {rows.length > shown.length && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {`Showing the first ${shown.length.toLocaleString()} of ${rows.length.toLocaleString()} differences; the exports hold them all.`}
        </Typography>
      )}
    </>
  );
}
