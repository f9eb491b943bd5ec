import { useState } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useConnection, useConnectionState } from './connection-context';
import { assessToken, cleanTokenInput, decodeToken } from './token';

/** A new token is pasted right here, so the page, its filters and any open form stay exactly as they were. */
export function ReconnectAlert({ expired }: { expired: boolean }) {
  const { replaceToken, disconnect } = useConnectionState();
  const connection = useConnection();
  const [token, setToken] = useState('');
  const [error, setError] = useState<string>();

  const submit = () => {
    const decoded = decodeToken(token);
    if (!decoded.ok) return setError(decoded.error);
    const [problem] = assessToken(decoded.token, connection.domain, Date.now()).errors;
    if (problem) return setError(problem);
    setError(undefined);
    setToken('');
    replaceToken(cleanTokenInput(token));
  };

  return (
    <Alert severity="warning" sx={{ mb: 2 }} role="alert">
      <AlertTitle>{expired ? 'Your token has expired' : 'The tenant rejected your token'}</AlertTitle>
      Paste a new Management API token for {connection.domain} to carry on — nothing on this page is lost.
      {/* A group, not a <form>: this also appears inside the create and edit dialogs' forms, and forms cannot nest. */}
      <Stack role="group" direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ mt: 1.5 }} aria-label="Reconnect">
        <TextField
          size="small"
          type="password"
          label="New Management API token"
          autoComplete="off"
          value={token}
          onChange={(event) => setToken(event.target.value)}
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return;
            // Enter reconnects, and must not also submit a surrounding form with a stale token.
            event.preventDefault();
            submit();
          }}
          error={Boolean(error)}
          helperText={error}
          sx={{ flexGrow: 1 }}
        />
        <Button variant="contained" onClick={submit}>
          Reconnect
        </Button>
        <Button onClick={disconnect}>Disconnect</Button>
      </Stack>
    </Alert>
  );
}
