import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { ClientGrant } from '../../api/client-grants';
import type { Client } from '../../api/clients';
import type { ResourceServer } from '../../api/resource-servers';
import { appTypeLabel } from '../app-types';

type Props = {
  grant: ClientGrant;
  client: Client | undefined;
  resourceServer: ResourceServer | undefined;
  apiError?: string;
  /** While names load, show ids rather than claiming the app or API is gone. */
  loading: boolean;
};

const missing = (id: string, loading: boolean) => (loading ? id : `${id} (not found in the tenant)`);

function applicationText(grant: ClientGrant, client: Client | undefined, loading: boolean): string {
  if (!grant.client_id)
    return grant.default_for ? `Default for ${grant.default_for.replace(/_/g, ' ')}` : 'No application';
  return client ? `${client.name} (${appTypeLabel(client.app_type)})` : missing(grant.client_id, loading);
}

const readOnly = { htmlInput: { readOnly: true } };

/** Application, API and subject type cannot change after creation (§5), so they are shown, not offered. */
export function GrantIdentitySummary({ grant, client, resourceServer, apiError, loading }: Props) {
  const apiText = resourceServer
    ? `${resourceServer.name}${resourceServer.is_system ? ' (System)' : ''}`
    : missing(grant.audience, loading);
  return (
    <Stack spacing={2}>
      <TextField
        label="Application"
        value={applicationText(grant, client, loading)}
        slotProps={readOnly}
        helperText={grant.client_id}
      />
      <TextField
        label="API"
        value={apiText}
        slotProps={readOnly}
        error={Boolean(apiError)}
        helperText={apiError ?? grant.audience}
      />
      <TextField
        label="Subject type"
        value={grant.subject_type === 'user' ? 'User' : 'Client'}
        slotProps={readOnly}
      />
    </Stack>
  );
}
