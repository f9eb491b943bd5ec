import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { describeError } from '../api/errors';
import { readLocalTenantConfig } from '../api/local-tenant-config';
import { requestManagementToken } from '../api/oauth-token';

type Props = { onToken(domain: string, token: string): Promise<void> };

/** Shown only when the dashboard is served by `npm start`, which runs a local tenant beside it. */
export function LocalTenantButton({ onToken }: Props) {
  // The page carries the settings or not; they never change while it is open.
  const [config] = useState(readLocalTenantConfig);
  const tokenRequest = useMutation({
    mutationFn: requestManagementToken,
    onSuccess: (token, variables) => onToken(variables.domain, token),
  });
  if (!config) return null;
  const error = tokenRequest.error ? describeError(tokenRequest.error) : undefined;
  return (
    <Stack spacing={1}>
      <Button
        variant="outlined"
        size="large"
        disabled={tokenRequest.isPending}
        onClick={() => tokenRequest.mutate(config)}
      >
        Connect to local tenant
      </Button>
      {error && (
        <Alert severity="error">
          {error.title}: {error.detail} {error.action}
        </Alert>
      )}
    </Stack>
  );
}
