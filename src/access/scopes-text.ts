import type { ClientGrant } from '../api/client-grants';
import { revealBidiControls } from '../components/bidi';

/** A grant's scopes in one line: "All scopes" for `allow_all_scopes`, else the list sorted, or "No scopes". */
export function scopesText(grant: ClientGrant): string {
  if (grant.allow_all_scopes) return 'All scopes';
  const scopes = [...(grant.scope ?? [])].sort();
  return scopes.length === 0 ? 'No scopes' : revealBidiControls(scopes.join(' '));
}
