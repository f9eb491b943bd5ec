import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Visibility from '@mui/icons-material/Visibility';
import VisibilityOff from '@mui/icons-material/VisibilityOff';
import { describeError } from '../api/errors';
import { useConnectionState, type ConnectInput } from './connection-context';
import { createConnectFormSchema, type ConnectFormValues } from './connect-form-schema';
import { parseDomain } from './domain';
import { ConnectIntro } from './connect-intro';
import { LocalTenantButton } from './local-tenant-button';
import { loadRememberedDomain } from './stored-session';
import { cleanTokenInput, decodeToken } from './token';
import { TokenPreview } from './token-preview';
import { loadGrantsPage } from '../grants/grants-page-chunk';

const schema = createConnectFormSchema();
const prefetchGrantsPage = () => void loadGrantsPage().catch(() => undefined);

type Props = {
  /**
   * Another connection than the main one (Compare's second tenant): connects through this instead, and the form
   * is the fields only (no heading, no local-tenant shortcut). What it throws lands on the form, values kept.
   */
  onConnect?: (input: ConnectInput) => Promise<unknown>;
};

export function ConnectForm({ onConnect }: Props = {}) {
  const { connect: connectMain } = useConnectionState();
  const connect = onConnect ?? connectMain;
  const [showToken, setShowToken] = useState(false);
  const { register, handleSubmit, control, formState, setError } = useForm<ConnectFormValues>({
    resolver: zodResolver(schema),
    defaultValues: { domain: onConnect ? '' : loadRememberedDomain(), token: '', stayConnected: false },
  });
  const [domainInput, tokenInput, stayConnected] = useWatch({
    control,
    name: ['domain', 'token', 'stayConnected'],
  });
  const decoded = tokenInput.trim() ? decodeToken(tokenInput) : undefined;
  const domain = parseDomain(domainInput);

  const onSubmit = handleSubmit((values) => {
    const parsed = parseDomain(values.domain);
    // Returned, so the form stays submitting (Connect busy) while the first page is read.
    if (!parsed.ok) return;
    return connect({
      domain: parsed.domain,
      token: cleanTokenInput(values.token),
      stayConnected: values.stayConnected,
    }).then(
      () => undefined,
      (error: unknown) => {
        const { title, detail, action } = describeError(error);
        setError('root.server', { message: `${title}: ${detail} ${action}` });
      },
    );
  });
  const serverError = formState.errors.root?.server?.message;

  const fields = (
    <Stack
      component="form"
      spacing={2.5}
      noValidate
      onSubmit={onSubmit}
      aria-label={onConnect ? 'Connect another tenant' : 'Connect to a tenant'}
    >
      {!onConnect && <ConnectIntro />}
      <TextField
        label="Domain"
        placeholder="acme.us.auth0.com"
        autoComplete="url"
        spellCheck={false}
        {...register('domain')}
        error={Boolean(formState.errors.domain)}
        helperText={
          formState.errors.domain?.message ??
          'Your tenant domain, or a custom domain; a pasted …/api/v2 URL works too.'
        }
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
                <IconButton
                  aria-label={showToken ? 'Hide token' : 'Show token'}
                  onClick={() => setShowToken(!showToken)}
                  edge="end"
                >
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
      {serverError && <Alert severity="error">{serverError}</Alert>}
      <Button type="submit" variant="contained" size="large" disabled={formState.isSubmitting}>
        Connect
      </Button>
      {!onConnect && (
        <LocalTenantButton
          onToken={(localDomain, token) => connectMain({ domain: localDomain, token, stayConnected })}
        />
      )}
    </Stack>
  );
  if (onConnect) return fields;
  return (
    <Paper
      variant="outlined"
      sx={{ maxWidth: 640, mx: 'auto', mt: { xs: 1, sm: 4 }, p: { xs: 2, sm: 4 } }}
      // The grants page's code is not part of this view; the first sign that the admin is about to
      // connect (a pointer over the form, or focus in it) starts loading it, so Connect never waits for it.
      onPointerOver={prefetchGrantsPage}
      onFocus={prefetchGrantsPage}
    >
      {fields}
    </Paper>
  );
}
