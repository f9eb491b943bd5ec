import { seededClientSecret } from './defaults.ts';
import { clientId, grantId, type Random } from './prng.ts';
import { DEMO_APIS, DEMO_APPS } from './seed-catalog.ts';
import { api, app, pickScopes } from './seed-parts.ts';
import type { Client, Grant, ResourceServer, TenantData } from './types.ts';

// The demo tenant: realistic apps and APIs, ~200 grants with every kind of grant the dashboard must show.

export function demoSeed(random: Random, data: TenantData): void {
  const management = data.resourceServers[0];
  if (!management) throw new Error('seed: management API missing');
  const apps = DEMO_APPS.map(([name, type, description]) => {
    const id = clientId(random);
    return app(id, name, type, seededClientSecret(id), description);
  });
  const system = app(
    clientId(random),
    'Auth0 Platform Client (system)',
    'non_interactive',
    '',
    'Created by Auth0',
  );
  system.client_secret = seededClientSecret(system.client_id);
  const apis = DEMO_APIS.map(([name, slug, nouns, identifier]) =>
    api(random, name, identifier ?? `https://${slug}.example.com/`, nouns),
  );
  // One third-party app, so is_first_party filtering and default_for grants mean something.
  const partner = apps.find((a) => a.name === 'Partner Portal');
  if (partner) partner.is_first_party = false;
  data.clients.push(...apps, system);
  data.resourceServers.push(...apis);

  const taken = new Set(data.grants.map((g) => `${g.client_id}|${g.audience}|${g.subject_type}`));
  const add = (grant: Omit<Grant, 'id'>): void => {
    const key = `${grant.client_id}|${grant.audience}|${grant.subject_type}`;
    if (taken.has(key)) return;
    taken.add(key);
    data.grants.push({ id: grantId(random), ...grant });
  };
  const byName = (name: string): Client => {
    const found = apps.find((a) => a.name === name);
    if (!found) throw new Error(`seed: no app ${name}`);
    return found;
  };
  const apiBySlug = (index: number): ResourceServer => {
    const found = apis[index];
    if (!found) throw new Error('seed: api index');
    return found;
  };
  const mgmtReads = management.scopes
    .filter((s) => s.value.startsWith('read:'))
    .slice(0, 40)
    .map((s) => s.value);
  add({
    client_id: byName('API Explorer Application').client_id,
    audience: management.identifier,
    scope: mgmtReads,
    subject_type: 'client',
  });
  add({
    client_id: byName('Terraform Provisioner').client_id,
    audience: management.identifier,
    scope: [
      'read:clients',
      'create:clients',
      'update:clients',
      'read:resource_servers',
      'create:resource_servers',
      'read:client_grants',
      'create:client_grants',
      'update:client_grants',
      'delete:client_grants',
    ],
    subject_type: 'client',
  });
  // A system grant: Auth0 creates these itself and refuses to edit or delete them.
  add({
    client_id: system.client_id,
    audience: management.identifier,
    scope: ['read:users', 'read:clients', 'read:tenant_settings'],
    subject_type: 'client',
    is_system: true,
  });
  // A tenant-wide default grant for third-party apps has no client_id at all.
  add({
    audience: apiBySlug(0).identifier,
    scope: ['read:orders'],
    subject_type: 'client',
    default_for: 'third_party_clients',
  });
  add({
    client_id: byName('Data Warehouse Loader').client_id,
    audience: apiBySlug(9).identifier,
    subject_type: 'client',
    allow_all_scopes: true,
  });
  add({
    client_id: byName('Nightly Report Job').client_id,
    audience: apiBySlug(8).identifier,
    subject_type: 'client',
    allow_all_scopes: true,
  });
  // Dangling grants: their app or API was deleted elsewhere; the dashboard must still show them.
  add({
    client_id: clientId(random),
    audience: apiBySlug(0).identifier,
    scope: ['read:orders'],
    subject_type: 'client',
  });
  add({
    client_id: byName('Billing Service').client_id,
    audience: 'https://legacy-reports.example.com/',
    scope: ['read:reports'],
    subject_type: 'client',
  });

  for (const interactive of apps.filter((a) => a.app_type !== 'non_interactive')) {
    for (let i = 0; i < 3; i++) {
      const target = random.pick(apis);
      const withOrgs = random.int(3) === 0;
      add({
        client_id: interactive.client_id,
        audience: target.identifier,
        scope: pickScopes(random, target),
        subject_type: 'user',
        ...(withOrgs ? { organization_usage: 'allow' as const, allow_any_organization: true } : {}),
      });
    }
  }
  const workers = apps.filter(
    (a) => a.app_type === 'non_interactive' && a.name !== 'API Explorer Application',
  );
  while (data.grants.length < 200) {
    const target = random.pick(apis);
    const roll = random.int(10);
    add({
      client_id: random.pick(workers).client_id,
      audience: target.identifier,
      scope: pickScopes(random, target),
      subject_type: 'client',
      ...(roll === 0 ? { organization_usage: 'require' as const, allow_any_organization: true } : {}),
      ...(roll === 1 ? { organization_usage: 'deny' as const } : {}),
    });
  }
  addFindingCases(data, apis, workers, [byName('Storefront SPA'), byName('Mobile App (iOS)')]);
}

/**
 * Grants the Findings view must point at, made by changing grants the loop created (so the count, the
 * ids and the random sequence stay): a scope its API no longer defines, a grant listing every scope of
 * its API, and client grants for a single-page and a native app, which can never use them.
 */
function addFindingCases(data: TenantData, apis: ResourceServer[], workers: Client[], publicApps: Client[]): void {
  const workerIds = new Set(workers.map((w) => w.client_id));
  const ordinary = new Set(apis.map((a) => a.identifier));
  const candidates = data.grants.filter(
    (g) => g.subject_type === 'client' && g.client_id && workerIds.has(g.client_id) && g.scope && ordinary.has(g.audience),
  );
  const [undefinedScope, broad, ...movable] = candidates;
  if (!undefinedScope || !broad || movable.length < publicApps.length) throw new Error('seed: too few grants for findings');
  undefinedScope.scope = [...(undefinedScope.scope ?? []), 'legacy:export'];
  const broadApi = apis.find((a) => a.identifier === broad.audience);
  broad.scope = broadApi?.scopes.map((s) => s.value) ?? broad.scope;
  publicApps.forEach((app, i) => {
    const grant = movable[i];
    if (grant) grant.client_id = app.client_id;
  });
}
