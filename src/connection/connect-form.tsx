import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import Visibility from '@mui/icons-material/Visibility';
import VisibilityOff from '@mui/icons-material/VisibilityOff';
import { useConnectionState } from './connection-context';
import { createConnectFormSchema, type ConnectFormValues } from './connect-form-schema';
import { parseDomain } from './domain';
import { LocalTenantButton } from './local-tenant-button';
import { loadRememberedDomain } from './stored-session';
import { cleanTokenInput, decodeToken } from './token';
import { TokenPreview } from './token-preview';
import { loadGrantsPage } from '../grants/grants-page-chunk';

const schema = createConnectFormSchema();
const prefetchGrantsPage = () => void loadGrantsPage().catch(() => undefined);

export function ConnectForm() {
  const { connect } = useConnectionState();
  const [showToken, setShowToken] = useState(false);
  const { register, handleSubmit, control, formState } = useForm<ConnectFormValues>({
    resolver: zodResolver(schema),
    defaultValues: { domain: loadRememberedDomain(), token: '', stayConnected: false },
  });
  const [domainInput, tokenInput, stayConnected] = useWatch({ control, name: ['domain', 'token', 'stayConnected'] });
  const decoded = tokenInput.trim() ? decodeToken(tokenInput) : undefined;
  const domain = parseDomain(domainInput);

  const onSubmit = handleSubmit((values) => {
    const parsed = parseDomain(values.domain);
    // Returned, so the form stays submitting (Connect busy) while the first page is read.
    if (parsed.ok) return connect({ domain: parsed.domain, token: cleanTokenInput(values.token), stayConnected: values.stayConnected });
  });

  return (
    <Paper
      variant="outlined"
      sx={{ maxWidth: 640, mx: 'auto', mt: { xs: 1, sm: 4 }, p: { xs: 2, sm: 4 } }}
      // The grants page's code is not part of this view; the first sign that the admin is about to
      // connect (a pointer over the form, or focus in it) starts loading it, so Connect never waits for it.
      onPointerOver={prefetchGrantsPage}
      onFocus={prefetchGrantsPage}
    >
      <Stack component="form" spacing={2.5} noValidate onSubmit={onSubmit} aria-label="Connect to a tenant">
        <Box>
          <Typography variant="h5" component="h2" gutterBottom>
            Connect to your Auth0 tenant
          </Typography>
          <Typography variant="body2" color="text.secondary">
            Paste your tenant's domain and a Management API token with <code>read:client_grants</code>,{' '}
            <code>read:clients</code> and <code>read:resource_servers</code> (plus create, update or delete:client_grants
            to change grants). Get one from the Auth0 dashboard: <em>Applications → APIs → Auth0 Management API → API
            Explorer</em>. The token is sent only to this tenant and kept in this tab's memory.{' '}
            <Link href="https://auth0.com/docs/secure/tokens/access-tokens/management-api-access-tokens" target="_blank" rel="noreferrer">
              About Management API tokens
            </Link>
          </Typography>
        </Box>
        <TextField
          label="Domain"
          placeholder="acme.us.auth0.com"
          autoComplete="url"
          spellCheck={false}
          {...register('domain')}
          error={Boolean(formState.errors.domain)}
          helperText={formState.errors.domain?.message ?? 'Your tenant domain, or a custom domain; a pasted …/api/v2 URL works too.'}
        />
        <TextField
          label="Management API token"
          type={showToken ? 'text' : 'password'}
          autoComplete="off"
          spellCheck={false}
          {...register('token')}
          error={Boolean(formState.errors.token)}
          helperText={formState.errors.token?.message ?? 'A JWT starting with eyJ…'}
          slotProps={{
            input: {
              endAdornment: (
                <InputAdornment position="end">
                  <IconButton aria-label={showToken ? 'Hide token' : 'Show token'} onClick={() => setShowToken(!showToken)} edge="end">
                    {showToken ? <VisibilityOff /> : <Visibility />}
                  </IconButton>
                </InputAdornment>
              ),
            },
          }}
        />
        {decoded?.ok && <TokenPreview token={decoded.token} domain={domain.ok ? domain.domain : undefined} />}
        <FormControlLabel
          control={<Checkbox {...register('stayConnected')} checked={stayConnected} />}
          label="Stay connected in this tab (keeps the token in this tab's session storage until the tab closes)"
        />
        <Button type="submit" variant="contained" size="large">
          Connect
        </Button>
        <LocalTenantButton onToken={(localDomain, token) => connect({ domain: localDomain, token, stayConnected })} />
      </Stack>
    </Paper>
  );
}
