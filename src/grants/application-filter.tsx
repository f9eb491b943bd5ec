import Autocomplete, { createFilterOptions } from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import type { Client } from '../api/clients';
import { appTypeLabel } from './app-types';
import { revealBidiControls } from '../components/bidi';
import { IsolatedText } from '../components/isolated-text';

type Props = { clients: Client[]; loading: boolean; value: string | undefined; onChange(clientId: string | undefined): void };

// Tenants can hold thousands of apps: match name or id, and render at most 100 options at a time.
const filterOptions = createFilterOptions<Client>({ limit: 100, stringify: (client) => `${client.name} ${client.client_id}` });

export function ApplicationFilter({ clients, loading, value, onChange }: Props) {
  // A client_id from a link may name an app we cannot list (deleted, or names not loaded yet): keep showing the id.
  const selected = value ? (clients.find((client) => client.client_id === value) ?? { client_id: value, name: value }) : null;
  return (
    <Autocomplete
      options={clients}
      value={selected}
      loading={loading}
      filterOptions={filterOptions}
      // Bidirectional controls shown as markers: an input cannot isolate them (see components/bidi.ts).
      getOptionLabel={(client) => revealBidiControls(client.name)}
      getOptionKey={(client) => client.client_id}
      isOptionEqualToValue={(option, current) => option.client_id === current.client_id}
      onChange={(_, client) => onChange(client?.client_id)}
      renderOption={({ key, ...optionProps }, client) => (
        <li key={key} {...optionProps}>
          <span style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
            <IsolatedText text={client.name} />
            <br />
            <small style={{ opacity: 0.7 }}>
              {appTypeLabel(client.app_type)} · {client.client_id}
            </small>
          </span>
        </li>
      )}
      renderInput={(params) => <TextField {...params} label="Application" placeholder="Name or client ID" />}
      sx={{ minWidth: 240, flex: '2 1 240px' }}
      size="small"
    />
  );
}
