import Autocomplete, { createFilterOptions } from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import type { Organization } from '../api/organizations';
import { revealBidiControls } from '../components/bidi';
import { organizationLabel } from './organization-label';

type Props = {
  options: Organization[];
  value: Organization[];
  onChange(value: Organization[]): void;
  loading: boolean;
  disabled?: boolean;
  helperText: string;
  noOptionsText: string;
};

// A tenant may hold thousands of organizations: the list shows the first 50 matches, typing narrows it.
const filterOptions = createFilterOptions<Organization>({
  limit: 50,
  stringify: (org) => `${org.display_name ?? ''} ${org.name} ${org.id}`,
});

/** The combobox **Organizations**: several chosen, searched by display name, name or id. */
export function OrganizationsCombobox({ options, value, onChange, loading, disabled, helperText, noOptionsText }: Props) {
  return (
    <Autocomplete
      multiple
      options={options}
      value={value}
      onChange={(_event, next) => onChange(next)}
      filterOptions={filterOptions}
      getOptionLabel={(org) => revealBidiControls(organizationLabel(org))}
      getOptionKey={(org) => org.id}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      loading={loading}
      loadingText="Reading organizations…"
      noOptionsText={noOptionsText}
      disabled={disabled}
      renderInput={(params) => <TextField {...params} label="Organizations" helperText={helperText} />}
    />
  );
}
