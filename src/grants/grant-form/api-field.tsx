import { useMemo } from 'react';
import Autocomplete, { createFilterOptions } from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { ResourceServer } from '../../api/resource-servers';

type Props = {
  resourceServers: readonly ResourceServer[];
  value: string;
  onChange(audience: string): void;
  onBlur(): void;
  loading: boolean;
  error?: string;
};

const filterOptions = createFilterOptions<ResourceServer>({
  stringify: (server) => `${server.name} ${server.identifier}`,
});

export function ApiField({ resourceServers, value, onChange, onBlur, loading, error }: Props) {
  const options = useMemo(
    () => [...resourceServers].sort((a, b) => a.name.localeCompare(b.name)),
    [resourceServers],
  );
  const selected = useMemo(() => options.find((rs) => rs.identifier === value) ?? null, [options, value]);
  const helper = selected?.is_system
    ? `System API (managed by Auth0) · ${selected.identifier}`
    : (selected?.identifier ?? 'Search by name or identifier');
  return (
    <Autocomplete
      options={options}
      value={selected}
      onChange={(_event, server) => onChange(server?.identifier ?? '')}
      onBlur={onBlur}
      loading={loading}
      autoHighlight
      filterOptions={filterOptions}
      getOptionLabel={(server) => (server.is_system ? `${server.name} (System)` : server.name)}
      isOptionEqualToValue={(option, current) => option.identifier === current.identifier}
      renderOption={({ key, ...props }, server) => (
        <Box component="li" key={key} {...props}>
          <Box sx={{ flexGrow: 1 }}>
            <Typography variant="body2">{server.name}</Typography>
            <Typography variant="caption" color="text.secondary">
              {server.identifier} · {server.scopes?.length ?? 0} scopes
            </Typography>
          </Box>
          {server.is_system && <Chip label="System" size="small" sx={{ ml: 1 }} />}
        </Box>
      )}
      renderInput={(params) => (
        <TextField {...params} label="API" required error={Boolean(error)} helperText={error ?? helper} />
      )}
    />
  );
}
