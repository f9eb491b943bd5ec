import Autocomplete, { createFilterOptions } from '@mui/material/Autocomplete';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { ScopeDelta } from './bulk-plan';
import { revealBidiControls } from '../components/bidi';

// An API may define thousands of scopes: the list shows the first 200 matches, and typing narrows it.
const filterOptions = createFilterOptions<string>({ limit: 200 });

type FieldProps = {
  label: string;
  helperText: string;
  options: string[];
  value: string[];
  onChange(value: string[]): void;
};

function ScopesField({ label, helperText, options, value, onChange }: FieldProps) {
  return (
    <Autocomplete
      multiple
      options={options}
      value={value}
      onChange={(_, next) => onChange(next)}
      filterOptions={filterOptions}
      filterSelectedOptions
      getOptionLabel={revealBidiControls}
      noOptionsText="No scope to offer"
      renderInput={(params) => <TextField {...params} label={label} helperText={helperText} />}
    />
  );
}

type Props = { addable: string[]; removable: string[]; delta: ScopeDelta; onChange(delta: ScopeDelta): void };

/** Scopes to add (only those every selected grant's API defines) and to remove (held by a selected grant). */
export function ScopeDeltaFields({ addable, removable, delta, onChange }: Props) {
  return (
    <Stack spacing={2} sx={{ mt: 1 }}>
      <ScopesField
        label="Add scopes"
        helperText="Only scopes that every selected grant's API defines"
        options={addable.filter((scope) => !delta.remove.includes(scope))}
        value={delta.add}
        onChange={(add) => onChange({ ...delta, add })}
      />
      <ScopesField
        label="Remove scopes"
        helperText="Scopes that at least one selected grant holds"
        options={removable.filter((scope) => !delta.add.includes(scope))}
        value={delta.remove}
        onChange={(remove) => onChange({ ...delta, remove })}
      />
    </Stack>
  );
}
