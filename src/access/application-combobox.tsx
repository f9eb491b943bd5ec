import { useMemo } from 'react';
import Autocomplete, { createFilterOptions } from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import type { Client } from '../api/clients';
import { appTypeLabel } from '../grants/app-types';
import { virtualListboxProps } from '../components/virtual-listbox';
import { revealBidiControls } from '../components/bidi';

type Props = { clients: Client[]; value: string | undefined; onChange(clientId: string | undefined): void; loading: boolean };

// 10,000 applications, all listed (the listbox renders only those in view); a name or a client id narrows them.
const filterOptions = createFilterOptions<Client>({ stringify: (c) => `${c.name} ${c.client_id}` });

export function ApplicationCombobox({ clients, value, onChange, loading }: Props) {
  const selected = useMemo(() => clients.find((c) => c.client_id === value) ?? null, [clients, value]);
  return (
    <Autocomplete
      options={clients}
      value={selected}
      onChange={(_, client) => onChange(client?.client_id)}
      filterOptions={filterOptions}
      getOptionLabel={(client) => revealBidiControls(client.name)}
      getOptionKey={(client) => client.client_id}
      isOptionEqualToValue={(a, b) => a.client_id === b.client_id}
      loading={loading}
      {...virtualListboxProps}
      renderInput={(params) => (
        <TextField
          {...params}
          label="Application"
          helperText={selected ? `${appTypeLabel(selected.app_type)} · ${revealBidiControls(selected.client_id)}` : 'What can this application call?'}
        />
      )}
      sx={{ maxWidth: 560 }}
    />
  );
}
