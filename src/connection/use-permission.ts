import { useConnection } from './connection-context';
import { missingScopeFor, type GrantAction } from './token';

export type Permission = { allowed: boolean; reason?: string };

/** One answer for every feature: may this token do `action`, and if not, which scope is missing. */
export function usePermission(action: GrantAction): Permission {
  const { scopes } = useConnection();
  const missing = missingScopeFor(action, scopes);
  return missing ? { allowed: false, reason: `Your token lacks the ${missing} scope.` } : { allowed: true };
}
