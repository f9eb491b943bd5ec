import { useMemo } from 'react';
import Autocomplete, { createFilterOptions } from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import type { Organization } from '../api/organizations';
import { organizationLabel } from '../tenant-index';
import { TwoLineOption } from '../components/two-line-option';
import { virtualListboxProps } from '../components/virtual-listbox';
import { revealBidiControls } from '../components/bidi';

type Props = {
  organizations: Organization[];
  value: string | undefined;
  onChange(organizationId: string | undefined): void;
  loading: boolean;
  disabled: boolean;
};

// Tens of thousands of organizations, all listed (the listbox renders only those in view); a display name,
// a name or an id narrows them.
const filterOptions = createFilterOptions<Organization>({
  stringify: (o) => `${organizationLabel(o)} ${o.name} ${o.id}`,
});

const secondLine = (o: Organization) => revealBidiControls(o.display_name && o.display_name !== o.name ? `${o.name} · ${o.id}` : o.id);

/** Every organization by label; one not (yet) in the index, from a link, is shown by its id. */
export function OrganizationCombobox({ organizations, value, onChange, loading, disabled }: Props) {
  const selected = useMemo(
    () => (value ? (organizations.find((o) => o.id === value) ?? { id: value, name: value }) : null),
    [organizations, value],
  );
  return (
    <Autocomplete
      options={organizations}
      value={selected}
      onChange={(_, organization) => onChange(organization?.id)}
      filterOptions={filterOptions}
      getOptionLabel={(organization) => revealBidiControls(organizationLabel(organization))}
      getOptionKey={(organization) => organization.id}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      loading={loading}
      disabled={disabled}
      {...virtualListboxProps}
      renderOption={({ key, ...props }, organization) => (
        <TwoLineOption
          key={key}
          {...props}
          primary={revealBidiControls(organizationLabel(organization))}
          secondary={secondLine(organization)}
        />
      )}
      renderInput={(params) => (
        <TextField
          {...params}
          label="Organization"
          helperText={selected ? secondLine(selected) : 'Which applications can get tokens for this organization?'}
        />
      )}
      sx={{ maxWidth: 560 }}
    />
  );
}
