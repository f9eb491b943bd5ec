import { useDeferredValue, useMemo, useState, type KeyboardEvent } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormHelperText from '@mui/material/FormHelperText';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { ResourceServerScope } from '../../api/resource-servers';
import { ScopeCheckbox } from './scope-checkbox';

type Props = {
  scopes: readonly ResourceServerScope[];
  value: readonly string[];
  onChange(next: string[]): void;
  /** Read-only (system grant, no permission) or overridden by "All scopes". */
  disabled?: boolean;
  error?: string;
};

export function filterScopes(scopes: readonly ResourceServerScope[], filter: string): ResourceServerScope[] {
  const needle = filter.trim().toLowerCase();
  if (!needle) return [...scopes];
  return scopes.filter(
    (scope) =>
      scope.value.toLowerCase().includes(needle) ||
      (scope.description?.toLowerCase().includes(needle) ?? false),
  );
}

// Enter in the filter box would otherwise submit the dialog's form half-filled.
const keepEnterInFilter = (event: KeyboardEvent) => {
  if (event.key === 'Enter') event.preventDefault();
};

/**
 * The chosen API's scopes as a checklist. The Management API has ~250 scopes, so only the filtered list is
 * rendered, inside a scrolling box; Select all / Select none act on what the filter shows.
 */
export function ScopePicker({ scopes, value, onChange, disabled = false, error }: Props) {
  const [filter, setFilter] = useState('');
  const deferredFilter = useDeferredValue(filter);
  const shown = useMemo(() => filterScopes(scopes, deferredFilter), [scopes, deferredFilter]);
  const selected = useMemo(() => new Set(value), [value]);

  const toggle = (scope: string, checked: boolean) =>
    onChange(checked ? [...value, scope] : value.filter((item) => item !== scope));
  const selectShown = () =>
    onChange([...value, ...shown.map((scope) => scope.value).filter((scope) => !selected.has(scope))]);
  const clearShown = () => {
    const hidden = new Set(shown.map((scope) => scope.value));
    onChange(value.filter((scope) => !hidden.has(scope)));
  };
  const filtered = shown.length !== scopes.length;

  return (
    <Box role="group" aria-label="Scopes" aria-describedby="scope-count">
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignItems: { sm: 'center' }, mb: 1 }}>
        <TextField
          label="Filter scopes"
          size="small"
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
          onKeyDown={keepEnterInFilter}
          disabled={scopes.length === 0}
          sx={{ flexGrow: 1 }}
        />
        <Button size="small" onClick={selectShown} disabled={disabled || shown.length === 0}>
          {filtered ? `Select all ${shown.length} shown` : 'Select all'}
        </Button>
        <Button size="small" onClick={clearShown} disabled={disabled || value.length === 0}>
          Select none
        </Button>
      </Stack>
      <Typography id="scope-count" variant="body2" color="text.secondary" aria-live="polite">
        {value.length} of {scopes.length} selected{filtered ? ` · ${shown.length} shown` : ''}
      </Typography>
      <Box
        sx={{
          maxHeight: 320,
          overflowY: 'auto',
          border: 1,
          borderColor: 'divider',
          borderRadius: 1,
          mt: 1,
          px: 1,
        }}
      >
        {shown.map((scope) => (
          <ScopeCheckbox
            key={scope.value}
            scope={scope}
            checked={selected.has(scope.value)}
            disabled={disabled}
            onToggle={toggle}
          />
        ))}
        {shown.length === 0 && (
          <Typography variant="body2" color="text.secondary" sx={{ py: 1 }}>
            {scopes.length === 0 ? 'This API defines no scopes.' : 'No scope matches the filter.'}
          </Typography>
        )}
      </Box>
      {error && <FormHelperText error>{error}</FormHelperText>}
    </Box>
  );
}
