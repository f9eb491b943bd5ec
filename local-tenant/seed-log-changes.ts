import { DEFAULT_ADMIN_CLIENT_ID, READ_ONLY_CLIENT_ID } from './defaults.ts';
import { grantId } from './prng.ts';
import { baseEvent, type SeedTools, type TimedEvent } from './seed-log-parts.ts';
import type { Client, Grant } from './types.ts';

// Past changes to grants (sapi events), made by different apps and by one dashboard user, consistent
// with the grants as they are now: a create with fewer or more scopes followed by the update that led
// to today's scopes, an organization change, and a grant created and later deleted.

const DAY = 86_400_000;
const HEX = '0123456789abcdef';
const DASHBOARD_USER = { user_id: 'auth0|64f0c0ffee00000000000001', name: 'Dana Admin', email: 'dana.admin@example.com' };

type Change = {
  at: number;
  by: Client | 'dashboard-user';
  description: string;
  method: 'post' | 'patch' | 'delete';
  path: string;
  body: unknown;
  status: number;
  response: unknown;
};

function sapi(tools: SeedTools, change: Change): TimedEvent {
  const { random } = tools;
  const viaDashboard = change.by === 'dashboard-user';
  const client = viaDashboard ? undefined : (change.by as Client);
  const ip = viaDashboard ? '192.0.2.88' : '203.0.113.10';
  const scopes = ['read:client_grants', 'create:client_grants', 'update:client_grants', 'delete:client_grants'];
  return {
    at: change.at,
    event: {
      type: 'sapi',
      description: change.description,
      ...(client ? { client_id: client.client_id } : {}),
      client_name: client?.name ?? '',
      ...baseEvent(tools, ip, viaDashboard ? 'Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0' : 'node-fetch/1.0 (+https://github.com/bitinn/node-fetch)'),
      details: {
        request: {
          method: change.method,
          path: change.path,
          query: {},
          body: change.body,
          channel: viaDashboard ? 'https://manage.auth0.com/' : 'api',
          ip,
          auth: {
            ...(viaDashboard ? { user: DASHBOARD_USER } : {}),
            strategy: 'jwt',
            credentials: { jti: random.chars(HEX, 32), scopes },
          },
        },
        response: { statusCode: change.status, body: change.response },
      },
    },
  };
}

const createBody = (grant: Grant, scope: string[]): Record<string, unknown> => ({
  client_id: grant.client_id,
  audience: grant.audience,
  scope,
});

export function scopeChanges(tools: SeedTools): TimedEvent[] {
  const { random, data, now, ctx } = tools;
  const adminId = ctx.adminClientId ?? DEFAULT_ADMIN_CLIENT_ID;
  const admin = data.clients.find((c) => c.client_id === adminId);
  const other =
    data.clients.find((c) => c.name === 'Terraform Provisioner') ??
    data.clients.find((c) => c.app_type === 'non_interactive' && c.client_id !== adminId && c.client_id !== READ_ONLY_CLIENT_ID);
  if (!admin || !other) return [];
  const ordinary = tools.candidates
    .map((pair) => pair.grant)
    .filter((g) => g.audience !== ctx.managementAudience && (g.scope?.length ?? 0) >= 2 && !g.allow_all_scopes);
  if (ordinary.length === 0) return [];
  const [added, removed] = [random.pick(ordinary), random.pick(ordinary)];
  const path = (grant: Grant): string => `/api/v2/client-grants/${grant.id}`;
  const changes: Change[] = [];
  const scopes = added.scope ?? [];
  // A scope added later: created without its last scope by one app, widened by the admin app.
  changes.push(
    { at: now - 26 * DAY, by: other, description: 'Create client grant', method: 'post', path: '/api/v2/client-grants', body: createBody(added, scopes.slice(0, -1)), status: 201, response: { ...added, scope: scopes.slice(0, -1) } },
    { at: now - 4 * DAY - random.int(DAY), by: admin, description: 'Update client grant', method: 'patch', path: path(added), body: { scope: scopes }, status: 200, response: { ...added } },
  );
  // A scope removed later: created with one more scope by the admin app, narrowed by the other app.
  const server = data.resourceServers.find((s) => s.identifier === removed.audience);
  const extra = server?.scopes.map((s) => s.value).find((s) => !(removed.scope ?? []).includes(s));
  if (removed !== added && extra !== undefined) {
    const wider = [...(removed.scope ?? []), extra];
    changes.push(
      { at: now - 20 * DAY, by: admin, description: 'Create client grant', method: 'post', path: '/api/v2/client-grants', body: createBody(removed, wider), status: 201, response: { ...removed, scope: wider } },
      { at: now - 2 * DAY - random.int(DAY), by: other, description: 'Update client grant', method: 'patch', path: path(removed), body: { scope: removed.scope }, status: 200, response: { ...removed } },
    );
  }
  const org = data.grants.find((g) => g.subject_type === 'client' && g.organization_usage !== undefined && !g.is_system);
  if (org) {
    const body = { organization_usage: org.organization_usage, allow_any_organization: org.allow_any_organization ?? false };
    changes.push({ at: now - 9 * DAY, by: 'dashboard-user', description: 'Update client grant', method: 'patch', path: path(org), body, status: 200, response: { ...org } });
  }
  // A grant that no longer exists: created, then deleted a week later.
  const gone: Grant = { id: grantId(random), client_id: other.client_id, audience: added.audience, scope: scopes.slice(0, 1), subject_type: 'client' };
  changes.push(
    { at: now - 15 * DAY, by: other, description: 'Create client grant', method: 'post', path: '/api/v2/client-grants', body: createBody(gone, gone.scope ?? []), status: 201, response: gone },
    { at: now - 8 * DAY, by: admin, description: 'Delete client grant', method: 'delete', path: path(gone), body: {}, status: 204, response: {} },
  );
  return changes.map((change) => sapi(tools, change));
}
