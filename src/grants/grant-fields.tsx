import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ClientGrant } from '../api/client-grants';
import { revealBidiControls } from '../components/bidi';
import { appTypeLabel } from './app-types';
import type { Lookup, Names } from './use-names';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <Typography component="dt" variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography component="dd" variant="body2" sx={{ m: 0, minWidth: 0, overflowWrap: 'anywhere' }}>
        {children}
      </Typography>
    </>
  );
}

/** What stands above the id when there is no name (yet). */
const otherwise = (lookup: Lookup<unknown>, missing: string) =>
  lookup.status === 'missing' ? missing : lookup.status === 'loading' ? 'Name loading…' : '';

const yesNo = (value: boolean | undefined) => (value ? 'Yes' : 'No');

/** Every field of a grant, with names beside ids, as a description list; bidirectional controls shown as markers. */
export function GrantFields({ grant, names }: { grant: ClientGrant; names: Names }) {
  const app = names.app(grant.client_id);
  const api = names.api(grant.audience);
  return (
    <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'max-content minmax(0, 1fr)', columnGap: 2, rowGap: 1, m: 0 }}>
      <Field label="Grant ID">
        <code>{grant.id}</code>
      </Field>
      <Field label="Application">
        {app.status === 'found' ? `${revealBidiControls(app.value.name)} (${appTypeLabel(app.value.app_type)})` : otherwise(app, 'Deleted application')}
        <br />
        <code>{revealBidiControls(grant.client_id ?? `default for ${grant.default_for}`)}</code>
      </Field>
      <Field label="API">
        {api.status === 'found' ? revealBidiControls(api.value.name) : otherwise(api, 'Deleted API')}
        <br />
        <code>{revealBidiControls(grant.audience)}</code>
      </Field>
      <Field label="Subject type">{grant.subject_type === 'user' ? 'User (user access)' : 'Client (client credentials)'}</Field>
      <Field label="Organization usage">{grant.organization_usage ?? 'Not set'}</Field>
      <Field label="Any organization">{yesNo(grant.allow_any_organization)}</Field>
      <Field label="All scopes">{yesNo(grant.allow_all_scopes)}</Field>
      <Field label="System grant">{grant.is_system ? 'Yes — managed by Auth0, read-only' : 'No'}</Field>
      {grant.authorization_details_types && <Field label="Authorization details types">{grant.authorization_details_types.join(', ')}</Field>}
    </Box>
  );
}
