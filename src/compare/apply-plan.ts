import type { ComparableGrant } from './comparable-grant';
import type { DiffRow } from './diff';
import type { ApplyEntry, OrgChanges, OrgRef } from './apply-journal';
import { sameSettings, settingsOf, type GrantIdentity } from './apply-settings';

/**
 * What the plan needs of the target tenant: its applications (by name), its APIs (by identifier) and, when every
 * one was read, its organizations (by name).
 */
export type TargetTenant = {
  clients: Iterable<{ client_id: string; name?: string }>;
  apis: ReadonlyMap<string, { name?: string; scopes?: readonly { value: string }[] }>;
  organizations?: Iterable<{ id: string; name: string }>;
};

type Entry = Omit<ApplyEntry, 'status'> & { skip?: string };

export function entryLabel(row: Pick<DiffRow, 'appName' | 'audience' | 'subjectType'>): string {
  return `${row.appName} → ${row.audience}${row.subjectType === 'user' ? ' (user access)' : ''}`;
}

type OrgsByName = Map<string, string[]>;

function orgIdsByName(target: TargetTenant): OrgsByName | undefined {
  if (!target.organizations) return undefined;
  const byName: OrgsByName = new Map();
  for (const org of target.organizations) byName.set(org.name, [...(byName.get(org.name) ?? []), org.id]);
  return byName;
}

/** The target's organizations for these names; a name it lacks, or holds twice, is noted and left out (never guessed). */
function resolveOrgs(names: readonly string[], orgs: OrgsByName | undefined, notes: string[]): OrgRef[] {
  if (names.length === 0) return [];
  if (!orgs) {
    notes.push(`Organizations (${names.join(', ')}) are not associated: the target's organizations were not all read.`);
    return [];
  }
  const refs: OrgRef[] = [];
  for (const name of names) {
    const ids = orgs.get(name) ?? [];
    if (ids.length === 1) refs.push({ id: ids[0] as string, name });
    else if (ids.length === 0) notes.push(`No organization named "${name}" in the target: not associated.`);
    else notes.push(`${ids.length} organizations are named "${name}" in the target: not associated (which one is unknown).`);
  }
  return refs;
}

/** The association changes an entry makes, and its notes, set on it when there are any. */
function withOrganizations(entry: Entry, changes: OrgChanges, notes: string[]): Entry {
  const result = { ...entry };
  if (changes.associate.length + changes.remove.length > 0) result.organizations = changes;
  if (notes.length > 0) result.notApplied = [...(entry.notApplied ?? []), ...notes];
  return result;
}

function clientIdsByName(clients: TargetTenant['clients']): Map<string, string[]> {
  const byName = new Map<string, string[]>();
  for (const client of clients) {
    const name = client.name ?? client.client_id;
    byName.set(name, [...(byName.get(name) ?? []), client.client_id]);
  }
  return byName;
}

/** Why the target cannot take this grant's API and scopes, or undefined when it can. */
function apiProblem(grant: ComparableGrant, target: TargetTenant): string | undefined {
  const api = target.apis.get(grant.audience);
  if (!api) return `No API "${grant.audience}" in the target`;
  const defined = new Set((api.scopes ?? []).map((scope) => scope.value));
  const missing = grant.scopes.filter((scope) => !defined.has(scope));
  return missing.length > 0 ? `The target's API does not define ${missing.join(', ')}` : undefined;
}

function createEntry(
  row: DiffRow,
  source: ComparableGrant,
  target: TargetTenant,
  ids: Map<string, string[]>,
  orgs: OrgsByName | undefined,
): Entry {
  const base = {
    key: row.key,
    label: entryLabel(row),
    action: 'create' as const,
    intended: settingsOf(source),
  };
  const notes: string[] = [];
  const changes = { associate: resolveOrgs(source.organizations ?? [], orgs, notes), remove: [] };
  const identity: GrantIdentity = { audience: row.audience, subject_type: row.subjectType };
  if (source.defaultFor !== undefined) identity.default_for = source.defaultFor;
  else {
    const matches = ids.get(row.appName) ?? [];
    if (matches.length === 0)
      return { ...base, identity, skip: `No application named "${row.appName}" in the target` };
    if (matches.length > 1) {
      return {
        ...base,
        identity,
        skip: `${matches.length} applications are named "${row.appName}" in the target: which one is meant is unknown`,
      };
    }
    identity.client_id = matches[0];
  }
  const problem = apiProblem(source, target);
  return withOrganizations({ ...base, identity, ...(problem ? { skip: problem } : {}) }, changes, notes);
}

function targetIdentity(grant: ComparableGrant): GrantIdentity {
  const identity: GrantIdentity = { audience: grant.audience, subject_type: grant.subjectType };
  if (grant.defaultFor !== undefined) identity.default_for = grant.defaultFor;
  if (grant.clientId !== undefined) identity.client_id = grant.clientId;
  return identity;
}

function updateEntry(
  row: DiffRow,
  source: ComparableGrant,
  current: ComparableGrant,
  target: TargetTenant,
  orgs: OrgsByName | undefined,
): Entry {
  const before = settingsOf(current);
  const intended = settingsOf(source);
  const organizations = row.changes.find((change) => change.field === 'organizations');
  const notes: string[] = [];
  const changes =
    organizations && 'added' in organizations
      ? { associate: resolveOrgs(organizations.added, orgs, notes), remove: resolveOrgs(organizations.removed, orgs, notes) }
      : { associate: [], remove: [] };
  // For a tenant, `origin` is the grant's id (from-tenant.ts).
  const entry = withOrganizations(
    {
      key: row.key,
      label: entryLabel(row),
      action: 'update' as const,
      identity: targetIdentity(current),
      grantId: current.origin,
      before,
      intended,
    },
    changes,
    notes,
  );
  if (sameSettings(before, intended) && !entry.organizations)
    return { ...entry, skip: 'Only organization associations differ, and none of them can be applied' };
  const problem = sameSettings(before, intended) ? undefined : apiProblem(source, target);
  return problem ? { ...entry, skip: problem } : entry;
}

function deleteEntry(row: DiffRow, current: ComparableGrant, orgs: OrgsByName | undefined): Entry {
  const entry: Entry = {
    key: row.key,
    label: entryLabel(row),
    action: 'delete',
    identity: targetIdentity(current),
    grantId: current.origin,
    before: settingsOf(current),
  };
  if (current.organizations?.length) {
    // Deleting the grant ends its associations; Undo associates the grant it recreates with them again.
    const notes: string[] = [];
    const refs = resolveOrgs(current.organizations, orgs, notes);
    if (refs.length > 0) entry.organizationsBefore = refs;
    if (notes.length > 0) entry.notApplied = notes.map((note) => `Undo: ${note}`);
  }
  return entry;
}

const scopeFor = {
  create: 'create:client_grants',
  update: 'update:client_grants',
  delete: 'delete:client_grants',
} as const;

/** Entries the target's token may not write are skipped up front, naming the scope (Auth0 would answer 403). */
export function withinScopes(entries: readonly ApplyEntry[], scopes: readonly string[]): ApplyEntry[] {
  return entries.map((entry) =>
    entry.status === 'pending' && !scopes.includes(scopeFor[entry.action])
      ? {
          ...entry,
          status: 'skipped',
          reason: `The target's token may not do this (needs ${scopeFor[entry.action]})`,
        }
      : entry,
  );
}

/**
 * The writes that make the Target like the Source for the chosen rows: create what is only in the source (its
 * application found by name in the target, never guessed between two), update what changed, delete what is only in
 * the target. A row that cannot be applied is kept, skipped with its reason, so the preview and results say why.
 * Rows come from `compareGrants`, with any mappings already put into the source's names and identifiers.
 */
export function buildApplyPlan(rows: readonly DiffRow[], target: TargetTenant): ApplyEntry[] {
  const ids = clientIdsByName(target.clients);
  const orgs = orgIdsByName(target);
  const entries: Entry[] = [];
  for (const row of rows) {
    if (row.kind === 'only-source' && row.source) entries.push(createEntry(row, row.source, target, ids, orgs));
    else if (row.kind === 'changed' && row.source && row.target)
      entries.push(updateEntry(row, row.source, row.target, target, orgs));
    else if (row.kind === 'only-target' && row.target) entries.push(deleteEntry(row, row.target, orgs));
  }
  return entries.map(({ skip, ...entry }) =>
    skip ? { ...entry, status: 'skipped', reason: skip } : { ...entry, status: 'pending' },
  );
}
