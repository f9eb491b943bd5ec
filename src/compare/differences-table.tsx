import Checkbox from '@mui/material/Checkbox';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { IsolatedText } from '../components/isolated-text';
import type { DiffKind, DiffRow } from './diff';
import { describeChange } from './diff-export';
import { entryLabel } from './apply-plan';

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

/** Rows to apply to the target, by match key; absent when the target cannot take changes (a file). */
export type RowSelection = { selected: ReadonlySet<string>; onSelect(keys: readonly string[], on: boolean): void };

export function DifferencesTable({ rows, selection }: { rows: readonly DiffRow[]; selection?: RowSelection }) {
  const shown = rows.slice(0, MAX_ROWS);
  const selectable = selection ? rows.filter((row) => row.kind !== 'unchanged').map((row) => row.key) : [];
  const chosen = selectable.filter((key) => selection?.selected.has(key)).length;
  return (
    <>
      <Table size="small" aria-label="Differences">
        <TableHead>
          <TableRow>
            {selection && (
              <TableCell padding="checkbox">
                <Checkbox
                  slotProps={{ input: { 'aria-label': 'Select all differences' } }}
                  checked={selectable.length > 0 && chosen === selectable.length}
                  indeterminate={chosen > 0 && chosen < selectable.length}
                  disabled={selectable.length === 0}
                  onChange={(event) => selection.onSelect(selectable, event.target.checked)}
                />
              </TableCell>
            )}
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
              {selection && (
                <TableCell padding="checkbox">
                  {row.kind !== 'unchanged' && (
                    <Checkbox
                      slotProps={{ input: { 'aria-label': `Select ${entryLabel(row)}` } }}
                      checked={selection.selected.has(row.key)}
                      onChange={(event) => selection.onSelect([row.key], event.target.checked)}
                    />
                  )}
                </TableCell>
              )}
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
