import type { ClientGrant } from '../api/client-grants';

export type ScopeDelta = { add: string[]; remove: string[] };

export type PlanEntry =
  | { kind: 'change'; grant: ClientGrant; after: string[]; added: string[]; removed: string[] }
  | { kind: 'unchanged'; grant: ClientGrant }
  | { kind: 'system'; grant: ClientGrant }
  | { kind: 'all-scopes'; grant: ClientGrant }
  | { kind: 'no-permission'; grant: ClientGrant };

/**
 * The scopes an add may offer: only those every selected grant's API defines, so no grant is asked to
 * hold a scope its API does not have (Auth0 would refuse that PATCH with a 400).
 */
export function addableScopes(grants: ClientGrant[], scopesOf: (audience: string) => string[] | undefined): string[] {
  const audiences = [...new Set(grants.map((grant) => grant.audience))];
  const [first, ...rest] = audiences.map((audience) => scopesOf(audience) ?? []);
  if (!first) return [];
  return first.filter((scope) => rest.every((set) => set.includes(scope))).sort();
}

/** Scopes held by at least one selected grant: the only ones a remove can change. */
export function removableScopes(grants: ClientGrant[]): string[] {
  return [...new Set(grants.flatMap((grant) => grant.scope ?? []))].sort();
}

/** The delta applied to what a grant holds: order kept, additions appended, nothing duplicated. */
export function applyDelta(scopes: string[], delta: ScopeDelta): string[] {
  const remove = new Set(delta.remove);
  const kept = scopes.filter((scope) => !remove.has(scope));
  const added = delta.add.filter((scope) => !remove.has(scope) && !kept.includes(scope));
  return [...kept, ...added];
}

export function sameScopes(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((scope) => set.has(scope));
}

/** One grant's preview. `canEdit` is false when the token lacks update:client_grants. */
export function planGrant(grant: ClientGrant, delta: ScopeDelta, canEdit: boolean): PlanEntry {
  if (grant.is_system) return { kind: 'system', grant };
  if (!canEdit) return { kind: 'no-permission', grant };
  // A grant with every scope has no list to add to or take from; its scopes are not this dialog's to edit.
  if (grant.allow_all_scopes) return { kind: 'all-scopes', grant };
  const before = grant.scope ?? [];
  const after = applyDelta(before, delta);
  if (sameScopes(before, after)) return { kind: 'unchanged', grant };
  return {
    kind: 'change',
    grant,
    after,
    added: after.filter((scope) => !before.includes(scope)),
    removed: before.filter((scope) => !after.includes(scope)),
  };
}

export function planBulk(grants: ClientGrant[], delta: ScopeDelta, canEdit: boolean): PlanEntry[] {
  return grants.map((grant) => planGrant(grant, delta, canEdit));
}

export const skipReasons: Record<Exclude<PlanEntry['kind'], 'change'>, string> = {
  unchanged: 'Would not change',
  system: 'System grant: Auth0 manages it',
  'all-scopes': 'Allows all scopes: edit it on its own',
  'no-permission': 'The token may not edit grants (needs update:client_grants)',
};
