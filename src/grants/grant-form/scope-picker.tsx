import { useCallback, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormHelperText from '@mui/material/FormHelperText';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { ResourceServerScope } from '../../api/resource-servers';
import { ScopeList } from './scope-list';

type Props = {
  scopes: readonly ResourceServerScope[];
  value: readonly string[];
  onChange(next: string[]): void;
  /** Read-only (system grant, no permission) or overridden by "All scopes". */
  disabled?: boolean;
  error?: string;
};

type Searchable = { scope: ResourceServerScope; text: string };

/** Lower-cased once per API, not on every keystroke. */
function searchable(scopes: readonly ResourceServerScope[]): Searchable[] {
  return scopes.map((scope) => ({ scope, text: `${scope.value}\n${scope.description ?? ''}`.toLowerCase() }));
}

function filterSearchable(items: readonly Searchable[], filter: string): ResourceServerScope[] {
  const needle = filter.trim().toLowerCase();
  return items.filter((item) => !needle || item.text.includes(needle)).map((item) => item.scope);
}

// Enter in the filter box would otherwise submit the dialog's form half-filled.
const keepEnterInFilter = (event: KeyboardEvent) => {
  if (event.key === 'Enter') event.preventDefault();
};

/**
 * The chosen API's scopes as a checklist (virtualised: an API may hold 1,000), with a filter;
 * Select all / Select none act on what the filter shows.
 */
export function ScopePicker({ scopes, value, onChange, disabled = false, error }: Props) {
  const [filter, setFilter] = useState('');
  const items = useMemo(() => searchable(scopes), [scopes]);
  // Not deferred: with the list virtualised, one render per keystroke is cheaper than React's two.
  const shown = useMemo(() => filterSearchable(items, filter), [items, filter]);
  const selected = useMemo(() => new Set(value), [value]);

  // One toggle function for the picker's life, so ticking a box re-renders that row alone (rows are memoised).
  const latest = useRef({ value, onChange });
  useLayoutEffect(() => {
    latest.current = { value, onChange };
  });
  const toggle = useCallback((scope: string, checked: boolean) => {
    const { value: current, onChange: change } = latest.current;
    change(checked ? [...current, scope] : current.filter((item) => item !== scope));
  }, []);
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
      <ScopeList
        scopes={shown}
        selected={selected}
        disabled={disabled}
        onToggle={toggle}
        empty={scopes.length === 0 ? 'This API defines no scopes.' : 'No scope matches the filter.'}
      />
      {error && <FormHelperText error>{error}</FormHelperText>}
    </Box>
  );
}
