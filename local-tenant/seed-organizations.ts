import { createRandom, type Random } from './prng.ts';
import { demoConnections } from './seed-connections.ts';
import type { SeedSpec } from './seed.ts';
import type { Grant, OrganizationGrant, StoredOrganization, TenantData } from './types.ts';

// Organizations and their client-grant associations, drawn from a PRNG stream of their own so the
// grants, apps, ids and log history of a seed stay exactly what they were before organizations existed.
// Only org fields of existing grants change; no grant, app or API is added or removed.

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const DEMO_ORGS: ReadonlyArray<readonly [name: string, displayName: string]> = [
  ['acme-corp', 'Acme Corp'],
  ['globex', 'Globex Corporation'],
  ['initech', 'Initech'],
  ['umbrella-health', 'Umbrella Health'],
  ['stark-industries', 'Stark Industries'],
  ['wayne-enterprises', 'Wayne Enterprises'],
];
const SCALE_WORDS = [
  'northwind',
  'contoso',
  'fabrikam',
  'tailspin',
  'litware',
  'adventure',
  'proseware',
  'wingtip',
];
const DAY_MS = 86_400_000;
const EPOCH = Date.UTC(2025, 0, 6);

const organizationId = (random: Random): string => `org_${random.chars(ALNUM, 16)}`;

function organization(random: Random, name: string, displayName: string, index: number): StoredOrganization {
  return {
    id: organizationId(random),
    name,
    display_name: displayName,
    // Spread over time so sort=created_at differs from sort=name.
    created_at: new Date(EPOCH + random.int(400) * DAY_MS + index * 1000).toISOString(),
  };
}

/** Grants an organization can sensibly be used with: an app's own client grant on an existing API. */
function candidates(data: TenantData): Grant[] {
  const apis = new Set(data.resourceServers.filter((s) => s.is_system !== true).map((s) => s.identifier));
  const firstParty = new Set(data.clients.filter((c) => c.is_first_party).map((c) => c.client_id));
  return data.grants.filter(
    (g) =>
      g.subject_type === 'client' &&
      g.client_id !== undefined &&
      firstParty.has(g.client_id) &&
      apis.has(g.audience) &&
      g.organization_usage === undefined &&
      g.allow_any_organization === undefined &&
      g.is_system !== true,
  );
}

/** `count` distinct items of `list` (count is small), in a PRNG order. */
function draw<T>(random: Random, list: readonly T[], count: number): T[] {
  const picked = new Set<number>();
  while (picked.size < Math.min(count, list.length)) picked.add(random.int(list.length));
  return [...picked].map((i) => list[i]).filter((item): item is T => item !== undefined);
}

type Links = { add(org: StoredOrganization, grant: Grant): void; list: OrganizationGrant[] };

function links(): Links {
  const seen = new Set<string>();
  const list: OrganizationGrant[] = [];
  return {
    list,
    add(org, grant) {
      const key = `${org.id}|${grant.id}`;
      if (seen.has(key)) return;
      seen.add(key);
      list.push({ organization_id: org.id, grant_id: grant.id });
    },
  };
}

/**
 * demo: six organizations; three `allow` and two `require` grants associated with one to three of them;
 * one `require` grant with no association and no allow_any_organization (no organization can use it, so
 * no token can be issued for it: a finding); one `require` + allow_any_organization grant also associated
 * directly; one association on a `deny` grant (Auth0 can end up so: associate while the grant allows
 * organizations, then PATCH organization_usage to deny; nothing documents that the PATCH drops associations).
 * The third-party app's grants may not use allow_any_organization, so they are associated explicitly instead.
 */
function demoOrganizations(random: Random, data: TenantData): void {
  const orgs = DEMO_ORGS.map(([name, display], i) => organization(random, name, display, i));
  const made = links();
  const pool = draw(random, candidates(data), 6);
  pool.forEach((grant, i) => {
    if (i < 3) {
      grant.organization_usage = 'allow';
      grant.allow_any_organization = false;
      for (const org of draw(random, orgs, 1 + random.int(3))) made.add(org, grant);
    } else if (i < 5) {
      grant.organization_usage = 'require';
      grant.allow_any_organization = false;
      for (const org of draw(random, orgs, 1 + random.int(2))) made.add(org, grant);
    } else {
      grant.organization_usage = 'require';
    }
  });
  const anyAndAssociated = data.grants.find(
    (g) => g.organization_usage === 'require' && g.allow_any_organization,
  );
  if (anyAndAssociated) made.add(random.pick(orgs), anyAndAssociated);
  const deny = data.grants.find((g) => g.organization_usage === 'deny' && g.client_id !== undefined);
  if (deny) made.add(random.pick(orgs), deny);
  const thirdParty = new Set(data.clients.filter((c) => !c.is_first_party).map((c) => c.client_id));
  for (const grant of data.grants) {
    if (grant.client_id === undefined || !thirdParty.has(grant.client_id)) continue;
    if (grant.allow_any_organization !== true) continue;
    grant.allow_any_organization = false;
    made.add(random.pick(orgs), grant);
  }
  data.organizations = orgs;
  data.organizationGrants = made.list;
}

/** scale:N: 3 organizations per 100 grants (at least 3); one candidate grant in 25 associated (`require` for one in 100, else `allow`), associated. */
function scaleOrganizations(random: Random, data: TenantData, total: number): void {
  const count = Math.max(3, Math.round((total * 3) / 100));
  const orgs = Array.from({ length: count }, (_, i) =>
    organization(random, `${random.pick(SCALE_WORDS)}-${i + 1}`, `${random.pick(SCALE_WORDS)} ${i + 1}`, i),
  );
  const made = links();
  candidates(data).forEach((grant, i) => {
    const usage = i % 100 === 50 ? 'require' : i % 25 === 0 ? 'allow' : undefined;
    if (usage === undefined) return;
    grant.organization_usage = usage;
    grant.allow_any_organization = false;
    for (const org of draw(random, orgs, 1 + random.int(2))) made.add(org, grant);
  });
  data.organizations = orgs;
  data.organizationGrants = made.list;
}

/** Associations per organization in `scale:N:orgs=M` (1,000 organizations → 10,000 associations). */
export const ASSOCIATIONS_PER_ORG = 10;

/**
 * scale:N:orgs=M (the organizations bench): exactly M organizations, each associated with ten distinct grants
 * (fewer only when fewer than ten allow organizations): one candidate grant in five allows organizations
 * (`require` for one in 100, else `allow`), and organization j takes the ten after position 10·j, round the pool.
 * M = 0: no organizations at all, for benches that time the grants alone.
 */
function countedOrganizations(random: Random, data: TenantData, count: number): void {
  const orgs = Array.from({ length: count }, (_, i) =>
    organization(random, `${random.pick(SCALE_WORDS)}-${i + 1}`, `${random.pick(SCALE_WORDS)} ${i + 1}`, i),
  );
  const pool = candidates(data).filter((_, i) => i % 5 === 0);
  pool.forEach((grant, i) => {
    grant.organization_usage = i % 100 === 50 ? 'require' : 'allow';
    grant.allow_any_organization = false;
  });
  const made = links();
  const perOrg = Math.min(ASSOCIATIONS_PER_ORG, pool.length);
  orgs.forEach((org, j) => {
    for (let k = 0; k < perOrg; k++) {
      const grant = pool[(j * ASSOCIATIONS_PER_ORG + k) % pool.length];
      if (grant) made.add(org, grant);
    }
  });
  data.organizations = orgs;
  data.organizationGrants = made.list;
}

export function seedOrganizations(spec: SeedSpec, data: TenantData): void {
  if (spec.kind === 'demo') {
    demoOrganizations(createRandom('demo:organizations'), data);
    demoConnections(data, data.organizations ?? []);
  }
  if (spec.kind !== 'scale') return;
  const random = createRandom(`scale:${spec.grants}:organizations`);
  if (spec.organizations === undefined) scaleOrganizations(random, data, spec.grants);
  else countedOrganizations(random, data, spec.organizations);
}
