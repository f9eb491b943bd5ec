import { useMemo } from 'react';
import Autocomplete, { createFilterOptions } from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { TwoLineOption } from '../components/two-line-option';
import { renderGroupAsData, virtualListboxProps } from '../components/virtual-listbox';
import type { ScopeOption } from '../tenant-index';
import { revealBidiControls } from '../components/bidi';

type Props = {
  options: ScopeOption[];
  value: { audience: string; value: string } | undefined;
  onChange(value: ScopeOption | undefined): void;
  loading: boolean;
};

const keyOf = (option: { audience: string; value: string }) => `${option.audience}\n${option.value}`;
// Tenants define thousands of scopes: all are listed (the listbox renders only those in view), typing narrows them.
const filterOptions = createFilterOptions<ScopeOption>({ stringify: (o) => `${o.value} ${o.apiName} ${o.audience}` });

/** Every scope any API defines (same value on two APIs = two options), plus scopes only grants still hold. */
export function ScopeCombobox({ options, value, onChange, loading }: Props) {
  const selected = useMemo(() => {
    if (!value) return null;
    const key = keyOf(value);
    return options.find((option) => keyOf(option) === key) ?? { ...value, apiName: value.audience, defined: false };
  }, [options, value]);
  return (
    <Autocomplete
      options={options}
      value={selected}
      onChange={(_, option) => onChange(option ?? undefined)}
      filterOptions={filterOptions}
      groupBy={(option) => option.apiName}
      renderGroup={renderGroupAsData}
      {...virtualListboxProps}
      getOptionLabel={(option) => revealBidiControls(option.value)}
      getOptionKey={keyOf}
      isOptionEqualToValue={(a, b) => keyOf(a) === keyOf(b)}
      loading={loading}
      renderOption={({ key, ...props }, option) => (
        <TwoLineOption
          key={key}
          {...props}
          mono
          primary={revealBidiControls(option.value)}
          // The API's name again: a screen reader announces the option, not the group heading above it.
          secondary={revealBidiControls(`${option.apiName}${option.defined ? (option.description ? ` · ${option.description}` : '') : ' · not defined by its API any more'}`)}
        />
      )}
      renderInput={(params) => (
        <TextField
          {...params}
          label="Scope"
          helperText={selected ? `On ${revealBidiControls(selected.apiName)}` : 'Which applications can use this scope?'}
        />
      )}
      sx={{ maxWidth: 560 }}
    />
  );
}
