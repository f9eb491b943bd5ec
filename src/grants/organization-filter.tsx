import Autocomplete, { createFilterOptions } from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import type { Organization } from '../api/organizations';
import { revealBidiControls } from '../components/bidi';
import { IsolatedText } from '../components/isolated-text';
// Directly, not through organizations/index.ts: the index's chunk (dialogs, region, writers) would load with the
// first view, since this filter loads right after it (bench: +16 KB initial JS).
import { organizationLabel } from '../organizations/organization-label';
import { useOrganizationChoice } from './use-organization-choice';

type Props = { value: string | undefined; onChange(organizationId: string | undefined): void };

// A tenant may hold thousands of organizations: match display name, name or id, show the first 100 matches.
const filterOptions = createFilterOptions<Organization>({
  limit: 100,
  stringify: (org) => `${org.display_name ?? ''} ${org.name} ${org.id}`,
});

const number = new Intl.NumberFormat('en');

function helperText(choice: ReturnType<typeof useOrganizationChoice>): string | undefined {
  if (choice.missing) return choice.missing;
  if (choice.chosen?.note) return choice.chosen.note;
  if (choice.reading) return `Reading the tenant's organizations… ${number.format(choice.read)} so far.`;
  if (choice.error) return 'Could not read the organizations: open the list again to retry.';
  return undefined;
}

/**
 * The grants associated with one organization, chosen by name (loaded on demand by grant-filters.tsx: its
 * queries and schemas stay out of the first view). Without the organization scopes it says which it needs.
 */
export function OrganizationFilter({ value, onChange }: Props) {
  const choice = useOrganizationChoice(value);
  const open = () => {
    if (choice.error) choice.retry();
    choice.open();
  };
  return (
    <Autocomplete
      options={choice.options}
      value={choice.chosen?.organization ?? null}
      loading={choice.reading}
      loadingText="Reading organizations…"
      noOptionsText="No organization matches"
      onOpen={open}
      // A chosen organization stays usable without read:organizations (a link names it by id): only clearing it.
      disabled={Boolean(choice.missing) && !value}
      filterOptions={filterOptions}
      getOptionLabel={(org) => revealBidiControls(organizationLabel(org))}
      getOptionKey={(org) => org.id}
      isOptionEqualToValue={(option, current) => option.id === current.id}
      onChange={(_, org) => onChange(org?.id)}
      renderOption={({ key, ...optionProps }, org) => (
        <li key={key} {...optionProps}>
          <span style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
            <IsolatedText text={organizationLabel(org)} />
            <br />
            <small style={{ opacity: 0.7 }}>
              {org.display_name ? `${org.name} · ` : ''}
              {org.id}
            </small>
          </span>
        </li>
      )}
      renderInput={(params) => (
        <TextField
          {...params}
          label="Organization"
          placeholder="Name or ID"
          error={Boolean(choice.chosen?.unknown)}
          helperText={helperText(choice)}
        />
      )}
      sx={{ minWidth: 220, flex: '2 1 220px' }}
      size="small"
    />
  );
}
