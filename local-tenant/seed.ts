import {
  DEFAULT_ADMIN_CLIENT_ID,
  DEFAULT_ADMIN_CLIENT_SECRET,
  READ_ONLY_CLIENT_ID,
  READ_ONLY_CLIENT_SECRET,
  seededClientSecret,
} from './defaults.ts';
import { ADMIN_SCOPES, READ_ONLY_SCOPES, managementApiScopes } from './management-scopes.ts';
import { clientId, createRandom, grantId, resourceServerId, type Random } from './prng.ts';
import { DEMO_APIS, DEMO_APPS, SCALE_APP_KINDS, SCALE_APP_WORDS } from './seed-catalog.ts';
import type { AppType, Client, Grant, ResourceServer, Scope, TenantData } from './types.ts';

export type SeedSpec = { kind: 'demo' } | { kind: 'empty' } | { kind: 'scale'; grants: number };
export type SeedContext = { managementAudience: string; adminClientId?: string; adminClientSecret?: string };

const MAX_SCALE = 1_000_000;

/** Parses `demo`, `empty` or `scale:N`; returns an error message for anything else. */
export function parseSeed(text: string): SeedSpec | string {
  if (text === 'demo' || text === 'empty') return { kind: text };
  const match = /^scale:(\d+)$/.exec(text);
  const n = match?.[1] === undefined ? Number.NaN : Number(match[1]);
  if (Number.isInteger(n) && n >= 2 && n <= MAX_SCALE) return { kind: 'scale', grants: n };
  return `Unknown seed "${text}": use demo, empty or scale:N with 2 <= N <= ${MAX_SCALE}`;
}

function app(id: string, name: string, appType: AppType, secret: string, description?: string): Client {
  const client: Client = {
    client_id: id,
    name,
    app_type: appType,
    is_first_party: true,
    grant_types: appType === 'non_interactive' ? ['client_credentials'] : ['authorization_code', 'refresh_token'],
    client_secret: secret,
  };
  if (description !== undefined) client.description = description;
  return client;
}

function api(random: Random, name: string, identifier: string, nouns: readonly string[]): ResourceServer {
  const scopes: Scope[] = [];
  for (const noun of nouns) {
    const label = noun.replace(/_/g, ' ');
    for (const [verb, text] of [['read', 'Read'], ['create', 'Create'], ['update', 'Update'], ['delete', 'Delete']]) {
      scopes.push({ value: `${verb}:${noun}`, description: `${text} ${label}` });
    }
  }
  return { id: resourceServerId(random), name, identifier, scopes, token_lifetime: 86_400, signing_alg: 'RS256' };
}

function pickScopes(random: Random, server: ResourceServer): string[] {
  const count = 1 + random.int(Math.min(5, server.scopes.length));
  const picked = new Set<string>();
  while (picked.size < count) picked.add(random.pick(server.scopes).value);
  return [...picked];
}

/** The part every seed shares: Management API, admin app and read-only app with their grants. */
function base(random: Random, ctx: SeedContext): TenantData {
  const management: ResourceServer = {
    id: resourceServerId(random),
    name: 'Auth0 Management API',
    identifier: ctx.managementAudience,
    scopes: managementApiScopes(),
    is_system: true,
    token_lifetime: 86_400,
    signing_alg: 'RS256',
  };
  const adminId = ctx.adminClientId ?? DEFAULT_ADMIN_CLIENT_ID;
  const admin = app(adminId, 'Grants Dashboard (admin)', 'non_interactive', ctx.adminClientSecret ?? DEFAULT_ADMIN_CLIENT_SECRET,
    'Manages client grants from the grants dashboard');
  const readOnly = app(READ_ONLY_CLIENT_ID, 'Grants Auditor (read-only)', 'non_interactive', READ_ONLY_CLIENT_SECRET,
    'Reads grants for audits; cannot change anything');
  const grant = (client: string, scope: readonly string[]): Grant => ({
    id: grantId(random), client_id: client, audience: management.identifier, scope: [...scope], subject_type: 'client',
  });
  return {
    clients: [admin, readOnly],
    resourceServers: [management],
    grants: [grant(adminId, ADMIN_SCOPES), grant(READ_ONLY_CLIENT_ID, READ_ONLY_SCOPES)],
  };
}

function demo(random: Random, data: TenantData): void {
  const management = data.resourceServers[0];
  if (!management) throw new Error('seed: management API missing');
  const apps = DEMO_APPS.map(([name, type, description]) => {
    const id = clientId(random);
    return app(id, name, type, seededClientSecret(id), description);
  });
  const system = app(clientId(random), 'Auth0 Platform Client (system)', 'non_interactive', '', 'Created by Auth0');
  system.client_secret = seededClientSecret(system.client_id);
  const apis = DEMO_APIS.map(([name, slug, nouns]) => api(random, name, `https://${slug}.example.com/`, nouns));
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
  const mgmtReads = management.scopes.filter((s) => s.value.startsWith('read:')).slice(0, 40).map((s) => s.value);
  add({ client_id: byName('API Explorer Application').client_id, audience: management.identifier, scope: mgmtReads, subject_type: 'client' });
  add({ client_id: byName('Terraform Provisioner').client_id, audience: management.identifier,
    scope: ['read:clients', 'create:clients', 'update:clients', 'read:resource_servers', 'create:resource_servers',
      'read:client_grants', 'create:client_grants', 'update:client_grants', 'delete:client_grants'], subject_type: 'client' });
  // A system grant: Auth0 creates these itself and refuses to edit or delete them.
  add({ client_id: system.client_id, audience: management.identifier, scope: ['read:users', 'read:clients', 'read:tenant_settings'],
    subject_type: 'client', is_system: true });
  // A tenant-wide default grant for third-party apps has no client_id at all.
  add({ audience: apiBySlug(0).identifier, scope: ['read:orders'], subject_type: 'client', default_for: 'third_party_clients' });
  add({ client_id: byName('Data Warehouse Loader').client_id, audience: apiBySlug(9).identifier, subject_type: 'client', allow_all_scopes: true });
  add({ client_id: byName('Nightly Report Job').client_id, audience: apiBySlug(8).identifier, subject_type: 'client', allow_all_scopes: true });
  // Dangling grants: their app or API was deleted elsewhere; the dashboard must still show them.
  add({ client_id: clientId(random), audience: apiBySlug(0).identifier, scope: ['read:orders'], subject_type: 'client' });
  add({ client_id: byName('Billing Service').client_id, audience: 'https://legacy-reports.example.com/', scope: ['read:reports'], subject_type: 'client' });

  for (const interactive of apps.filter((a) => a.app_type !== 'non_interactive')) {
    for (let i = 0; i < 3; i++) {
      const target = random.pick(apis);
      const withOrgs = random.int(3) === 0;
      add({ client_id: interactive.client_id, audience: target.identifier, scope: pickScopes(random, target), subject_type: 'user',
        ...(withOrgs ? { organization_usage: 'allow' as const, allow_any_organization: true } : {}) });
    }
  }
  const workers = apps.filter((a) => a.app_type === 'non_interactive' && a.name !== 'API Explorer Application');
  while (data.grants.length < 200) {
    const target = random.pick(apis);
    const roll = random.int(10);
    add({ client_id: random.pick(workers).client_id, audience: target.identifier, scope: pickScopes(random, target), subject_type: 'client',
      ...(roll === 0 ? { organization_usage: 'require' as const, allow_any_organization: true } : {}),
      ...(roll === 1 ? { organization_usage: 'deny' as const } : {}) });
  }
}

function scale(random: Random, data: TenantData, total: number): void {
  const appCount = Math.max(20, Math.ceil(total / 10));
  const apiCount = Math.max(10, Math.ceil(total / 100));
  const apps: Client[] = [];
  for (let i = 0; i < appCount; i++) {
    const id = clientId(random);
    const type: AppType = i % 5 === 4 ? 'spa' : 'non_interactive';
    apps.push(app(id, `${random.pick(SCALE_APP_WORDS)} ${random.pick(SCALE_APP_KINDS)} ${i + 1}`, type, seededClientSecret(id)));
  }
  const apis: ResourceServer[] = [];
  for (let i = 0; i < apiCount; i++) {
    const word = (random.pick(SCALE_APP_WORDS)).toLowerCase();
    apis.push(api(random, `${random.pick(SCALE_APP_WORDS)} API ${i + 1}`, `https://api-${i + 1}.example.com/`, [word, `${word}_items`]));
  }
  data.clients.push(...apps);
  data.resourceServers.push(...apis);
  const taken = new Set<string>();
  for (let i = 0; data.grants.length < total; i++) {
    const client = apps[i % appCount];
    let apiIndex = (Math.floor(i / appCount) * 7 + i) % apiCount;
    if (!client) break;
    while (taken.has(`${client.client_id}|${apiIndex}`)) apiIndex = (apiIndex + 1) % apiCount;
    taken.add(`${client.client_id}|${apiIndex}`);
    const target = apis[apiIndex];
    if (!target) break;
    data.grants.push({ id: grantId(random), client_id: client.client_id, audience: target.identifier,
      scope: pickScopes(random, target), subject_type: client.app_type === 'non_interactive' ? 'client' : 'user' });
  }
}

/** Same seed and context → the same tenant, ids included. */
export function buildSeed(spec: SeedSpec, ctx: SeedContext): TenantData {
  const random = createRandom(spec.kind === 'scale' ? `scale:${spec.grants}` : spec.kind);
  const data = base(random, ctx);
  if (spec.kind === 'demo') demo(random, data);
  if (spec.kind === 'scale') scale(random, data, spec.grants);
  data.grants.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return data;
}
