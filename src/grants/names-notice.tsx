import Alert from '@mui/material/Alert';
import { describeError, isUnauthorized } from '../api/errors';
import type { Names } from './use-names';

/** Grants still load without names; say why ids show instead, and what would fix it. */
export function NamesNotice({ names }: { names: Names }) {
  // After a 401 the reconnect banner is the one message; a scope hint here would be wrong.
  const shown = (error: unknown) => Boolean(error) && !isUnauthorized(error);
  const failures = [
    shown(names.clientsError) ? `Application names: ${describeError(names.clientsError).detail}` : undefined,
    shown(names.resourceServersError) ? `API names: ${describeError(names.resourceServersError).detail}` : undefined,
  ].filter(Boolean);
  if (failures.length === 0) return null;
  return (
    // Informational, not urgent: a status, so screen readers do not interrupt with it.
    <Alert severity="info" role="status">
      Showing IDs instead of names. {failures.join(' ')} (Needs read:clients and read:resource_servers.)
    </Alert>
  );
}
