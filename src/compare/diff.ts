import type { OrganizationUsage, SubjectType } from '../api/client-grants';
import { compareText, type ComparableGrant } from './comparable-grant';
import { applyMappings, keyGrants, type Ambiguity, type Keyed, type Mapping } from './matching';

export type DiffKind = 'only-source' | 'only-target' | 'changed' | 'unchanged';

/** `added` is what the Target would gain were it made like the Source; `removed`, what it would lose. */
export type Change =
  | { field: 'scopes' | 'organizations'; added: string[]; removed: string[] }
  | { field: 'allowAllScopes' | 'allowAnyOrganization'; source: boolean; target: boolean }
  | { field: 'organizationUsage'; source: OrganizationUsage; target: OrganizationUsage };

export type DiffRow = {
  kind: DiffKind;
  key: string;
  appName: string;
  audience: string;
  subjectType: SubjectType;
  source?: ComparableGrant;
  target?: ComparableGrant;
  changes: Change[];
};

export type Diff = { rows: DiffRow[]; counts: Record<DiffKind, number>; ambiguous: Ambiguity[] };

function listChange(field: 'scopes' | 'organizations', source: readonly string[], target: readonly string[]): Change | undefined {
  const inTarget = new Set(target);
  const inSource = new Set(source);
  const added = source.filter((value) => !inTarget.has(value));
  const removed = target.filter((value) => !inSource.has(value));
  return added.length > 0 || removed.length > 0 ? { field, added, removed } : undefined;
}

/** What differs between two matched grants; organizations only when both sides say which they are. */
export function grantChanges(source: ComparableGrant, target: ComparableGrant): Change[] {
  const changes: (Change | undefined)[] = [];
  if (source.allowAllScopes !== target.allowAllScopes) {
    changes.push({ field: 'allowAllScopes', source: source.allowAllScopes, target: target.allowAllScopes });
  }
  changes.push(listChange('scopes', source.scopes, target.scopes));
  if (source.organizationUsage !== target.organizationUsage) {
    changes.push({ field: 'organizationUsage', source: source.organizationUsage, target: target.organizationUsage });
  }
  if (source.allowAnyOrganization !== target.allowAnyOrganization) {
    changes.push({ field: 'allowAnyOrganization', source: source.allowAnyOrganization, target: target.allowAnyOrganization });
  }
  if (source.organizations && target.organizations) changes.push(listChange('organizations', source.organizations, target.organizations));
  return changes.filter((change): change is Change => change !== undefined);
}

function row(key: string, source: ComparableGrant | undefined, target: ComparableGrant | undefined): DiffRow {
  const either = (source ?? target) as ComparableGrant;
  const changes = source && target ? grantChanges(source, target) : [];
  const kind: DiffKind = !target ? 'only-source' : !source ? 'only-target' : changes.length > 0 ? 'changed' : 'unchanged';
  const out: DiffRow = { kind, key, appName: either.appName, audience: either.audience, subjectType: either.subjectType, changes };
  if (source) out.source = source;
  if (target) out.target = target;
  return out;
}

/**
 * Grant by grant, how the Target differs from the Source. Grants match by application name, API identifier and
 * subject type, after the mappings are put into the Source's names. A key that is ambiguous on either side is left
 * out of the rows (and listed in `ambiguous`) rather than matched by guess.
 */
const NO_MAPPINGS: readonly Mapping[] = [];
// Each side keyed once per grants array (and, for the Source, per mappings array): a tenant side keeps its array
// until its index changes, so choosing a file against a 10,000-grant tenant does not key the tenant again
// (warmSide does it ahead, while the page is idle). Arrays are immutable here: a new read makes a new array.
const keyedSides = { source: new WeakMap<object, WeakMap<object, Keyed>>(), target: new WeakMap<object, Keyed>() };

function keyedSource(grants: readonly ComparableGrant[], mappings: readonly Mapping[]): Keyed {
  let byMappings = keyedSides.source.get(grants);
  if (!byMappings) keyedSides.source.set(grants, (byMappings = new WeakMap()));
  let keyed = byMappings.get(mappings);
  if (!keyed) byMappings.set(mappings, (keyed = keyGrants(applyMappings(grants, mappings), 'source')));
  return keyed;
}

function keyedTarget(grants: readonly ComparableGrant[]): Keyed {
  let keyed = keyedSides.target.get(grants);
  if (!keyed) keyedSides.target.set(grants, (keyed = keyGrants(grants, 'target')));
  return keyed;
}

/** Keys a side before it is compared (both roles, as either may be chosen), so the diff's first paint skips it. */
export function warmSide(grants: readonly ComparableGrant[], mappings: readonly Mapping[] = NO_MAPPINGS): void {
  keyedSource(grants, mappings);
  keyedTarget(grants);
}

export function compareGrants(
  source: readonly ComparableGrant[],
  target: readonly ComparableGrant[],
  mappings: readonly Mapping[] = NO_MAPPINGS,
): Diff {
  const left = keyedSource(source, mappings);
  const right = keyedTarget(target);
  const skip = new Set([...left.ambiguousKeys, ...right.ambiguousKeys]);
  const keys = new Set([...left.unique.keys(), ...right.unique.keys()]);
  const rows: DiffRow[] = [];
  const apps = new Set([...left.ambiguousApps, ...right.ambiguousApps]);
  for (const key of keys) {
    const grant = left.unique.get(key) ?? right.unique.get(key);
    const sharedName = grant !== undefined && grant.defaultFor === undefined && apps.has(grant.appName);
    if (!skip.has(key) && !sharedName) rows.push(row(key, left.unique.get(key), right.unique.get(key)));
  }
  rows.sort((a, b) => compareText(a.key, b.key));
  const counts: Record<DiffKind, number> = { 'only-source': 0, 'only-target': 0, changed: 0, unchanged: 0 };
  for (const r of rows) counts[r.kind]++;
  return { rows, counts, ambiguous: [...left.ambiguous, ...right.ambiguous] };
}
