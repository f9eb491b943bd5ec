import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { appTypeLabel } from '../grants/app-types';

export type MatrixFilterValues = { name: string; appType: string; withGrantsOnly: boolean };

type Props = {
  values: MatrixFilterValues;
  appTypes: string[];
  onChange(values: MatrixFilterValues): void;
  rowCount: number;
  columnCount: number;
};

const numbers = new Intl.NumberFormat('en-US');

function counted(count: number, one: string, many: string): string {
  return `${numbers.format(count)} ${count === 1 ? one : many}`;
}

/** "1,234 applications × 87 APIs": what the grid below holds after filtering. */
export function matrixCountText(rows: number, columns: number): string {
  return `${counted(rows, 'application', 'applications')} × ${counted(columns, 'API', 'APIs')}`;
}

/** Row filters above the matrix. The type list is a native select: a few options, no popup to render. */
export function MatrixFilters({ values, appTypes, onChange, rowCount, columnCount }: Props) {
  return (
    <Stack direction="row" useFlexGap spacing={1.5} sx={{ flexWrap: 'wrap', alignItems: 'center', mb: 1.5 }}>
      <TextField
        size="small"
        label="Filter applications"
        placeholder="Name or client ID"
        value={values.name}
        onChange={(event) => onChange({ ...values, name: event.target.value })}
        sx={{ minWidth: 220, flex: '1 1 220px' }}
      />
      <TextField
        select
        size="small"
        label="Application type"
        value={values.appType}
        onChange={(event) => onChange({ ...values, appType: event.target.value })}
        slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
        sx={{ minWidth: 210, flex: '0 1 220px' }}
      >
        <option value="">All types</option>
        {appTypes.map((type) => (
          <option key={type} value={type}>
            {appTypeLabel(type)}
          </option>
        ))}
      </TextField>
      <FormControlLabel
        control={<Checkbox checked={values.withGrantsOnly} onChange={(event) => onChange({ ...values, withGrantsOnly: event.target.checked })} />}
        label="Only applications with grants"
      />
      <Typography variant="body2" color="text.secondary" role="status">
        {matrixCountText(rowCount, columnCount)}
      </Typography>
    </Stack>
  );
}
