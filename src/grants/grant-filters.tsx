import { lazy, memo, Suspense } from 'react';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Skeleton from '@mui/material/Skeleton';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import { ApplicationFilter } from './application-filter';
import { hasFilters, type GrantFilterKey, type GrantFilterValues } from './grants-search';
import type { Names } from './use-names';
import { IsolatedText } from '../components/isolated-text';

// The organization picker (its queries, the organizations' schemas) loads after the other filters.
const OrganizationFilter = lazy(() => import('./organization-filter').then((m) => ({ default: m.OrganizationFilter })));
const organizationPlaceholder = (
  <Skeleton variant="rounded" height={40} aria-hidden="true" sx={{ minWidth: 220, flex: '2 1 220px' }} />
);
// GET /organizations/{id}/client-grants takes audience and client_id only (grants-search.ts).
const notWithOrganization = 'Not with an organization';

type Props = { filters: GrantFilterValues; names: Names; namesLoading: boolean; onFilter(key: GrantFilterKey, value: string | undefined): void; onClear(): void };

/**
 * The filters the Management API itself supports, so every result is exact and paged by the server.
 * Memoized on the filter values: paging must not re-render the Autocomplete and selects.
 */
export const GrantFilters = memo(function GrantFilters({ filters, names, namesLoading, onFilter, onClear }: Props) {
  const apis = names.resourceServers;
  const unknownAudience = filters.audience && !apis.some((api) => api.identifier === filters.audience);
  return (
    <Stack direction="row" useFlexGap spacing={1.5} sx={{ flexWrap: 'wrap', alignItems: 'center' }} role="search" aria-label="Filter grants">
      <ApplicationFilter clients={names.clients} loading={namesLoading} value={filters.client_id} onChange={(id) => onFilter('client_id', id)} />
      <TextField
        select
        size="small"
        label="API"
        value={filters.audience ?? ''}
        onChange={(event) => onFilter('audience', event.target.value || undefined)}
        sx={{ minWidth: 200, flex: '1 1 200px' }}
      >
        <MenuItem value="">All APIs</MenuItem>
        {unknownAudience && <MenuItem value={filters.audience}>{filters.audience}</MenuItem>}
        {apis.map((api) => (
          <MenuItem key={api.identifier} value={api.identifier}>
            <IsolatedText text={api.name} />
            {api.is_system ? ' (system)' : ''}
          </MenuItem>
        ))}
      </TextField>
      <Suspense fallback={organizationPlaceholder}>
        <OrganizationFilter value={filters.organization_id} onChange={(id) => onFilter('organization_id', id)} />
      </Suspense>
      <TextField
        select
        size="small"
        label="Subject type"
        disabled={Boolean(filters.organization_id)}
        helperText={filters.organization_id ? notWithOrganization : undefined}
        // A reason must stay readable: MUI greys a disabled field's helper text below WCAG contrast.
        slotProps={{ formHelperText: { sx: { '&.Mui-disabled': { color: 'text.secondary' } } } }}
        value={filters.subject_type ?? ''}
        onChange={(event) => onFilter('subject_type', event.target.value || undefined)}
        sx={{ minWidth: 150, flex: '0 1 150px' }}
      >
        <MenuItem value="">Any</MenuItem>
        <MenuItem value="client">Client</MenuItem>
        <MenuItem value="user">User</MenuItem>
      </TextField>
      <FormControlLabel
        control={
          <Switch
            checked={Boolean(filters.allow_any_organization)}
            disabled={Boolean(filters.organization_id)}
            onChange={(event) => onFilter('allow_any_organization', event.target.checked ? 'true' : undefined)}
          />
        }
        label="Any organization"
      />
      {hasFilters(filters) && <Button onClick={onClear}>Clear filters</Button>}
    </Stack>
  );
});
