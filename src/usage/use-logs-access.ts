import { useConnection } from '../connection/connection-context';
import { hasScope } from '../connection/token';
import { LOGS_SCOPE } from './needs-logs-scope';

/** Auth0's published description lets either read GET /logs; the dashboard still asks for read:logs. */
const LOGS_READ_SCOPES = [LOGS_SCOPE, 'read:logs_users'];

/** Whether this token may read the tenant's logs, from the scopes it was issued with. */
export function useLogsAccess(): boolean {
  const { scopes } = useConnection();
  return LOGS_READ_SCOPES.some((scope) => hasScope(scopes, scope));
}
