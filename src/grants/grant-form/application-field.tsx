import { useMemo, type Ref } from 'react';
import Autocomplete, { createFilterOptions } from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { TwoLineOption } from '../../components/two-line-option';
import { appTypeLabel } from '../app-types';
import type { Client } from '../../api/clients';

type Props = {
  clients: readonly Client[];
  value: string;
  onChange(clientId: string): void;
  onBlur(): void;
  loading: boolean;
  error?: string;
  inputRef?: Ref<HTMLInputElement>;
};


const groupOf = (client: Client) =>
  client.app_type === 'non_interactive' ? 'Machine to machine' : 'Other applications';

/** Client-credentials grants are for M2M apps, so those come first; then by name. */
export function sortClientsForPicker(clients: readonly Client[]): Client[] {
  return [...clients].sort((a, b) => {
    const m2m = Number(b.app_type === 'non_interactive') - Number(a.app_type === 'non_interactive');
    return m2m !== 0 ? m2m : a.name.localeCompare(b.name);
  });
}

// Tenants can hold thousands of apps: match on name or client_id and render at most 100 options.
const filterOptions = createFilterOptions<Client>({
  limit: 100,
  stringify: (client) => `${client.name} ${client.client_id}`,
});

export function ApplicationField({ clients, value, onChange, onBlur, loading, error, inputRef }: Props) {
  const options = useMemo(() => sortClientsForPicker(clients), [clients]);
  const selected = useMemo(
    () => options.find((client) => client.client_id === value) ?? null,
    [options, value],
  );
  return (
    <Autocomplete
      options={options}
      value={selected}
      onChange={(_event, client) => onChange(client?.client_id ?? '')}
      onBlur={onBlur}
      loading={loading}
      groupBy={groupOf}
      filterOptions={filterOptions}
      getOptionLabel={(client) => client.name}
      isOptionEqualToValue={(option, current) => option.client_id === current.client_id}
      autoHighlight
      renderOption={({ key, ...props }, client) => (
        <TwoLineOption key={key} {...props} primary={client.name} secondary={`${appTypeLabel(client.app_type)} · ${client.client_id}`} />
      )}
      renderInput={(params) => (
        <TextField
          {...params}
          label="Application"
          required
          inputRef={inputRef}
          // First field of the dialog: keyboard users start typing at once.
          autoFocus
          error={Boolean(error)}
          helperText={
            error ??
            (selected
              ? `${appTypeLabel(selected.app_type)} · ${selected.client_id}`
              : 'Search by name or client ID')
          }
        />
      )}
    />
  );
}
