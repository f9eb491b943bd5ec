import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { DiffKind } from './diff';
import { DIFF_KINDS, type DifferenceFilters } from './difference-filters';

const CHIP_LABEL: Record<DiffKind, string> = {
  'only-source': 'Only in source',
  'only-target': 'Only in target',
  changed: 'Changed',
  unchanged: 'Unchanged',
};

/** The chips' accessible names; Unchanged keeps the name its checkbox had ("Show unchanged"), which tests rely on. */
const CHIP_NAME: Record<DiffKind, string> = { ...CHIP_LABEL, unchanged: 'Show unchanged' };

type Props = {
  filters: DifferenceFilters;
  counts: Record<DiffKind, number>;
  onChange(filters: DifferenceFilters): void;
};

/**
 * Filters above the Differences table, as admin list views have them: a toggle chip per kind with its count (rows
 * of that kind matching the text), and a text filter on the application and the API. Each chip is a checkbox to
 * assistive technology (`aria-checked`), its count in the description so the name stays stable.
 */
export function DifferenceFiltersBar({ filters, counts, onChange }: Props) {
  const toggle = (kind: DiffKind) => {
    const kinds = new Set(filters.kinds);
    if (kinds.has(kind)) kinds.delete(kind);
    else kinds.add(kind);
    onChange({ ...filters, kinds });
  };
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center', mb: 1 }}>
      <TextField
        size="small"
        label="Filter differences"
        helperText="Application name, API identifier or name"
        value={filters.text}
        onChange={(event) => onChange({ ...filters, text: event.target.value })}
        sx={{ minWidth: 260 }}
      />
      <Stack role="group" aria-label="Kinds of difference" direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {DIFF_KINDS.map((kind) => {
          const on = filters.kinds.has(kind);
          return (
            <Chip
              key={kind}
              role="checkbox"
              aria-checked={on}
              aria-label={CHIP_NAME[kind]}
              aria-description={`${counts[kind].toLocaleString()} ${counts[kind] === 1 ? 'row' : 'rows'}`}
              label={`${CHIP_LABEL[kind]} ${counts[kind].toLocaleString()}`}
              color={on ? 'primary' : 'default'}
              variant={on ? 'filled' : 'outlined'}
              onClick={() => toggle(kind)}
            />
          );
        })}
      </Stack>
    </Stack>
  );
}
