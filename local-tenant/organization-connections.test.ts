import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ADMIN_CLIENT_ID, READ_ONLY_CLIENT_ID, READ_ONLY_CLIENT_SECRET } from './defaults.ts';
import { expectError, json, startTestTenant, type TestTenant } from './test-helpers.ts';

type Org = { id: string; name: string };
type OrgConnection = {
  connection_id: string;
  assign_membership_on_login: boolean;
  show_as_button: boolean;
  is_signup_enabled: boolean;
  is_enabled: boolean;
  connection: { name: string; strategy: string };
};
type Totals = { start: number; limit: number; total: number; connections: OrgConnection[] };

let tenant: TestTenant;
let orgs: Org[];
beforeAll(async () => {
  tenant = await startTestTenant();
  orgs = await json<Org[]>(await tenant.call('/api/v2/organizations'));
});
afterAll(() => tenant.close());

const idOf = (name: string): string => orgs.find((o) => o.name === name)?.id ?? `missing ${name}`;
const connectionsOf = async (name: string, query = 'include_totals=true'): Promise<Totals> =>
  json<Totals>(await tenant.call(`/api/v2/organizations/${idOf(name)}/connections?${query}`));

describe('connections of the demo organizations', () => {
  it('lists the tenant connections, by offset and by checkpoint', async () => {
    const grants = await json<{ id: string; client_id: string; audience: string; scope: string[] }[]>(
      await tenant.call(`/api/v2/client-grants?client_id=${DEFAULT_ADMIN_CLIENT_ID}`),
    );
    const admin = grants.find((g) => g.audience === tenant.audience)!;
    const scope = [...admin.scope, 'read:connections'];
    expect((await tenant.call(`/api/v2/client-grants/${admin.id}`, { method: 'PATCH', json: { scope } })).status).toBe(200);
    const token = await tenant.token();
    const read = async <T>(path: string): Promise<T> => json<T>(await tenant.call(path, { token }));
    const all = await read<{ id: string; name: string; strategy: string }[]>('/api/v2/connections');
    expect(all.map((c) => [c.name, c.strategy])).toEqual([
      ['Username-Password-Authentication', 'auth0'],
      ['google-oauth2', 'google-oauth2'],
    ]);
    expect(await read('/api/v2/connections?take=50')).toEqual({ connections: all });
    expect(await read('/api/v2/connections?strategy=auth0')).toEqual([all[0]]);
  });

  it("lists an organization's connections with their flags and the connection's name, paged", async () => {
    const acme = await connectionsOf('acme-corp');
    expect(acme.total).toBe(2);
    expect(acme.connections).toEqual([
      expect.objectContaining({ assign_membership_on_login: true, is_signup_enabled: true, connection: { name: 'Username-Password-Authentication', strategy: 'auth0' } }),
      expect.objectContaining({ assign_membership_on_login: false, show_as_button: true, connection: { name: 'google-oauth2', strategy: 'google-oauth2' } }),
    ]);
    const second = await connectionsOf('acme-corp', 'include_totals=true&per_page=1&page=1');
    expect(second).toMatchObject({ start: 1, limit: 1, total: 2, connections: [acme.connections[1]] });
    expect(await connectionsOf('acme-corp', 'include_totals=true&page=1')).toMatchObject({ total: 2, connections: [] });
    expect((await connectionsOf('globex')).connections.map((c) => c.connection.name)).toEqual(['Username-Password-Authentication']);
    expect(await connectionsOf('wayne-enterprises')).toMatchObject({ total: 0, connections: [] });
  });

  it('needs read:organization_connections, and a known organization', async () => {
    const missing = await tenant.call('/api/v2/organizations/org_0000000000000000/connections');
    expect(missing.status).toBe(404);
    const token = await tenant.token(READ_ONLY_CLIENT_ID, READ_ONLY_CLIENT_SECRET);
    const res = await tenant.call(`/api/v2/organizations/${idOf('acme-corp')}/connections`, { token });
    await expectError(res, 403, 'insufficient_scope', 'Insufficient scope, expected any of: read:organization_connections');
  });
});
