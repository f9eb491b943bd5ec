import type { ComparableGrant } from './comparable-grant';

/** A name or identifier that differs by environment: `source` on the Source side is `target` on the Target side. */
export type Mapping = { kind: 'application' | 'api'; source: string; target: string };

export type Side = 'source' | 'target';

/** Grants that cannot be matched without guessing: Compare leaves them out of the diff and lists them. */
export type Ambiguity = { side: Side; appName: string; audience?: string; reason: string; origins: string[] };

/** What a grant is matched by: application (or the default_for it stands for), API identifier, subject type. */
export function matchKey(grant: ComparableGrant): string {
  const app = grant.defaultFor !== undefined ? `default_for:${grant.defaultFor}` : `app:${grant.appName}`;
  return `${app}\u0000${grant.audience}\u0000${grant.subjectType}`;
}

/**
 * Each tenant's Management API is named after its own domain (`https://{domain}/api/v2/`), so between two tenants
 * its grants would never match: this mapping pairs them. Put after the admin's own rows, which win.
 */
export function managementApiMapping(sourceDomain?: string, targetDomain?: string): Mapping[] {
  if (!sourceDomain || !targetDomain || sourceDomain === targetDomain) return [];
  return [{ kind: 'api', source: `https://${sourceDomain}/api/v2/`, target: `https://${targetDomain}/api/v2/` }];
}

/** The Source side's grants with the mapped names and identifiers put in, so they key like the Target's. */
export function applyMappings(grants: readonly ComparableGrant[], mappings: readonly Mapping[]): ComparableGrant[] {
  if (mappings.length === 0) return [...grants];
  const apps = new Map<string, string>();
  const apis = new Map<string, string>();
  for (const mapping of mappings) {
    const table = mapping.kind === 'application' ? apps : apis;
    // The first row for a name wins: a second row for it is a mistake the page points out, not a silent override.
    if (!table.has(mapping.source)) table.set(mapping.source, mapping.target);
  }
  return grants.map((grant) => {
    const appName = grant.defaultFor === undefined ? apps.get(grant.appName) : undefined;
    const audience = apis.get(grant.audience);
    if (appName === undefined && audience === undefined) return grant;
    return { ...grant, appName: appName ?? grant.appName, audience: audience ?? grant.audience };
  });
}

export type Keyed = {
  unique: Map<string, ComparableGrant>;
  ambiguous: Ambiguity[];
  ambiguousKeys: Set<string>;
  /** Names that two applications share on this side: no grant of theirs is matched, on either side. */
  ambiguousApps: Set<string>;
};

/**
 * One side's grants by match key. Two application ids under one name make every grant of that name ambiguous
 * (which app is meant is unknown); two grants with one key (a file listing a grant twice) make that key ambiguous.
 */
export function keyGrants(grants: readonly ComparableGrant[], side: Side): Keyed {
  const idsByName = new Map<string, Set<string>>();
  // Each app name's grants (origins), gathered in the same pass: filtering all grants once per ambiguous name cost
  // a 10,000-grant tenant with many repeated names tens of milliseconds of the diff's first paint.
  const originsByName = new Map<string, string[]>();
  for (const grant of grants) {
    if (grant.defaultFor !== undefined) continue;
    const origins = originsByName.get(grant.appName);
    if (origins) origins.push(grant.origin);
    else originsByName.set(grant.appName, [grant.origin]);
    if (grant.clientId === undefined) continue;
    const ids = idsByName.get(grant.appName) ?? new Set<string>();
    ids.add(grant.clientId);
    idsByName.set(grant.appName, ids);
  }
  const byKey = new Map<string, ComparableGrant[]>();
  for (const grant of grants) {
    const key = matchKey(grant);
    const list = byKey.get(key);
    if (list) list.push(grant);
    else byKey.set(key, [grant]);
  }
  const ambiguousApps = new Set([...idsByName].filter(([, ids]) => ids.size > 1).map(([name]) => name));
  const ambiguous: Ambiguity[] = [...ambiguousApps].map((appName) => ({
    side,
    appName,
    reason: `${idsByName.get(appName)?.size ?? 0} applications are named "${appName}"`,
    origins: originsByName.get(appName) ?? [],
  }));
  const unique = new Map<string, ComparableGrant>();
  const ambiguousKeys = new Set<string>();
  for (const [key, list] of byKey) {
    const first = list[0];
    if (!first) continue;
    if (first.defaultFor === undefined && ambiguousApps.has(first.appName)) ambiguousKeys.add(key);
    else if (list.length === 1) unique.set(key, first);
    else {
      ambiguousKeys.add(key);
      const reason = `${list.length} grants of "${first.appName}" to this API and subject type`;
      ambiguous.push({ side, appName: first.appName, audience: first.audience, reason, origins: list.map((g) => g.origin) });
    }
  }
  return { unique, ambiguous, ambiguousKeys, ambiguousApps };
}
