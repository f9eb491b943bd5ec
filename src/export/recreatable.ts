import type { ClientGrant } from '../api/client-grants';
import type { ExportInput } from './export-input';

/** Why a grant is not in a Deploy CLI or Terraform file. */
export type LeftOutReason = 'system' | 'deleted-app' | 'deleted-api';

/**
 * What a tool that applies the file can recreate of one grant: the grant to write (without the scopes its API
 * no longer defines, listed in `droppedScopes`), or why it is left out.
 */
export type Recreation =
  | { write: ClientGrant; droppedScopes: readonly string[] }
  | { leftOut: LeftOutReason };

/**
 * A grant that cannot be recreated makes the whole apply fail (`a0deploy import` stops at the first; Auth0 answers
 * 404 to a grant of a deleted app or API, 400 to a scope its API does not define). An app or API counts as deleted
 * only when the names read hold every app or API (`input.complete`): a name read that failed proves nothing.
 */
export function recreation(input: ExportInput, grant: ClientGrant): Recreation {
  if (grant.is_system === true) return { leftOut: 'system' };
  if (grant.client_id && input.complete?.clients && !input.clients.has(grant.client_id)) return { leftOut: 'deleted-app' };
  const api = input.apis.get(grant.audience);
  if (!api) return input.complete?.apis ? { leftOut: 'deleted-api' } : { write: grant, droppedScopes: [] };
  // An API read without its scopes (`scopes` absent) cannot say which are undefined: keep them all.
  if (grant.allow_all_scopes || !grant.scope || !api.scopes) return { write: grant, droppedScopes: [] };
  const defined = new Set(api.scopes.map((s) => s.value));
  const droppedScopes = grant.scope.filter((s) => !defined.has(s));
  if (droppedScopes.length === 0) return { write: grant, droppedScopes };
  return { write: { ...grant, scope: grant.scope.filter((s) => defined.has(s)) }, droppedScopes };
}

/** The grants a file writes, with their trimmed scopes (what `chunk` formats). */
export function writable(input: ExportInput, grants: readonly ClientGrant[]): ClientGrant[] {
  const out: ClientGrant[] = [];
  for (const grant of grants) {
    const r = recreation(input, grant);
    if ('write' in r) out.push(r.write);
  }
  return out;
}
