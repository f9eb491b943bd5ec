import { useConnection } from '../connection/connection-context';
import { hasScope } from '../connection/token';
import { LOGS_SCOPE } from './needs-logs-scope';

/** Whether this token may read the tenant's logs, from the scopes it was issued with. */
export function useLogsAccess(): boolean {
  const { scopes } = useConnection();
  return hasScope(scopes, LOGS_SCOPE);
}
