import type { ClientGrant } from '../../api/client-grants';
import { describeGrantChanges, scopeChanges, type ScopeChanges } from './grant-changes';
import { sameScopes, valuesFromGrant, type GrantFormValues } from './grant-form-values';

/**
 * Three-way merge of one admin's edit with a change another admin saved meanwhile. The Management API
 * has no version check (a PATCH simply replaces the fields it carries), so the dashboard does it:
 * `base` is the grant the form was filled from, `mine` the form, `theirs` what the tenant holds now.
 * Only what this admin changed is applied to `theirs`; where both changes touch the same scope or
 * setting the merge still applies this admin's change but reports a conflict, so the form asks first.
 */
export type MergeConflict = {
  field: 'scope' | 'allow_all_scopes' | 'organization_usage' | 'allow_any_organization';
  /** The scope concerned, for field 'scope'. */
  scope?: string;
  text: string;
};

export type GrantMerge = {
  values: GrantFormValues;
  conflicts: MergeConflict[];
  /** What the other change did, one line per setting, as the change summary words it. */
  theirChanges: string[];
};

type Settings = Pick<GrantFormValues, 'allow_all_scopes' | 'scope'>;
type ScopeMerge = Settings & { conflicts: MergeConflict[] };

const NO_CHANGES: ScopeChanges = { added: [], removed: [] };
const verb = (changes: ScopeChanges, scope: string) => (changes.added.includes(scope) ? 'add' : 'remove');
const past = (changes: ScopeChanges, scope: string) => (changes.added.includes(scope) ? 'added' : 'removed');
const touched = ({ added, removed }: ScopeChanges) => [...added, ...removed];

/** Whether two grants hold the same settings (scope order does not count). */
export function sameGrantSettings(a: ClientGrant, b: ClientGrant): boolean {
  const x = valuesFromGrant(a);
  const y = valuesFromGrant(b);
  return (
    x.allow_all_scopes === y.allow_all_scopes &&
    sameScopes(x.scope, y.scope) &&
    x.organization_usage === y.organization_usage &&
    x.allow_any_organization === y.allow_any_organization
  );
}

function listChanges(base: Settings, next: Settings): ScopeChanges {
  return base.allow_all_scopes || next.allow_all_scopes ? NO_CHANGES : scopeChanges(base.scope, next.scope);
}

/** Both changed the scope list: apply my additions and removals to theirs; a scope both touched is a conflict. */
function mergeLists(base: Settings, mine: Settings, theirs: Settings): ScopeMerge {
  const my = listChanges(base, mine);
  const their = listChanges(base, theirs);
  const removed = new Set(my.removed);
  const kept = theirs.scope.filter((scope) => !removed.has(scope));
  const scope = [...kept, ...my.added.filter((scope) => !kept.includes(scope))];
  const theirTouched = new Set(touched(their));
  const conflicts = touched(my)
    .filter((s) => theirTouched.has(s))
    .map((s): MergeConflict => ({
      field: 'scope',
      scope: s,
      text: `${s}: you ${verb(my, s)} it; the other change ${past(their, s)} it too.`,
    }));
  return { allow_all_scopes: false, scope, conflicts };
}

function conflictsWithAll(changes: ScopeChanges, who: 'you' | 'the other change', allOnBy: string): MergeConflict[] {
  return touched(changes).map((s) => ({
    field: 'scope',
    scope: s,
    text: `${s}: ${who} ${who === 'you' ? verb(changes, s) : past(changes, s)} it; ${allOnBy} turned on All scopes, which includes it.`,
  }));
}

function mergeScopes(base: Settings, mine: Settings, theirs: Settings): ScopeMerge {
  const myMode = mine.allow_all_scopes !== base.allow_all_scopes;
  const theirMode = theirs.allow_all_scopes !== base.allow_all_scopes;
  if (!myMode && !theirMode) {
    return base.allow_all_scopes ? { allow_all_scopes: true, scope: [], conflicts: [] } : mergeLists(base, mine, theirs);
  }
  if (myMode && theirMode) {
    // Both turned All scopes on, or both replaced it with a list: mine is applied, a different list is a conflict.
    const differs = !mine.allow_all_scopes && !sameScopes(mine.scope, theirs.scope);
    const conflicts: MergeConflict[] = differs
      ? [{ field: 'allow_all_scopes', text: `All scopes: both turned it off; yours lists ${mine.scope.join(', ') || 'no scopes'}, the other change ${theirs.scope.join(', ') || 'no scopes'}.` }]
      : [];
    return { allow_all_scopes: mine.allow_all_scopes, scope: mine.allow_all_scopes ? [] : mine.scope, conflicts };
  }
  if (myMode) {
    // I turned All on over their list edits, or replaced All (still held by the tenant) with a list.
    if (!mine.allow_all_scopes) return { allow_all_scopes: false, scope: mine.scope, conflicts: [] };
    return { allow_all_scopes: true, scope: [], conflicts: conflictsWithAll(listChanges(base, theirs), 'the other change', 'you') };
  }
  // The other admin switched the mode; my list edits (if any) cannot apply to "All".
  if (!theirs.allow_all_scopes) return { allow_all_scopes: false, scope: theirs.scope, conflicts: [] };
  return { allow_all_scopes: true, scope: [], conflicts: conflictsWithAll(listChanges(base, mine), 'you', 'the other change') };
}

/** One setting: mine if I changed it, else theirs; both changed it to different values is a conflict. */
function mergeField<K extends 'organization_usage' | 'allow_any_organization'>(
  field: K,
  label: string,
  base: GrantFormValues,
  mine: GrantFormValues,
  theirs: GrantFormValues,
): { value: GrantFormValues[K]; conflicts: MergeConflict[] } {
  const myChange = mine[field] !== base[field];
  const theirChange = theirs[field] !== base[field];
  if (!myChange) return { value: theirs[field], conflicts: [] };
  const conflicts: MergeConflict[] =
    theirChange && mine[field] !== theirs[field]
      ? [{ field, text: `${label}: you set ${String(mine[field])}; the other change set ${String(theirs[field])}.` }]
      : [];
  return { value: mine[field], conflicts };
}

export function mergeGrantEdit(base: ClientGrant, mine: GrantFormValues, theirs: ClientGrant): GrantMerge {
  const baseValues = valuesFromGrant(base);
  const theirValues = valuesFromGrant(theirs);
  const scopes = mergeScopes(baseValues, mine, theirValues);
  const usage = mergeField('organization_usage', 'Organization usage', baseValues, mine, theirValues);
  const anyOrg = mergeField('allow_any_organization', 'Allow any organization', baseValues, mine, theirValues);
  return {
    values: {
      ...theirValues,
      allow_all_scopes: scopes.allow_all_scopes,
      scope: scopes.scope,
      organization_usage: usage.value,
      allow_any_organization: anyOrg.value,
      // An empty list the admin confirmed, or one the tenant already holds, needs no new confirmation.
      confirm_no_scopes: mine.confirm_no_scopes || theirValues.confirm_no_scopes,
    },
    conflicts: [...scopes.conflicts, ...usage.conflicts, ...anyOrg.conflicts],
    theirChanges: describeGrantChanges(base, theirValues),
  };
}
