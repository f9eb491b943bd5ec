import Alert from '@mui/material/Alert';

export const LOGS_SCOPE = 'read:logs';

type Props = { what: string };

/** Not an error: the token simply was not given the scope. Says which one, and how to get it. */
export function NeedsLogsScope({ what }: Props) {
  return (
    // A status, not an alert: nothing went wrong.
    <Alert severity="info" role="status">
      Needs the {LOGS_SCOPE} scope to show {what}. Add {LOGS_SCOPE} to your app’s grant on the Auth0 Management API, then
      get a new token and reconnect; everything else works without it.
    </Alert>
  );
}
