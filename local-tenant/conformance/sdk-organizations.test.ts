import type { ManagementClient } from 'auth0';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestTenant, type TestTenant } from '../test-helpers.ts';
import { managementClient } from './sdk-client.ts';

// The official SDK against the organizations half of the local tenant (routes from the `orgs` branch:
// this file passes once it is merged): organizations list/get/getByName, organization client grants
// list/create/delete and GET /client-grants/{id}/organizations, with the parameters the SDK sends.

let tenant: TestTenant;
let client: ManagementClient;

beforeAll(async () => {
  tenant = await startTestTenant();
  client = managementClient(tenant);
});
afterAll(() => tenant.close());

describe('auth0 SDK: the organizations operations', () => {
  it('pages organizations by checkpoint and reads one by id and by name', async () => {
    const ids: string[] = [];
    for await (const org of await client.organizations.list({ take: 2, sort: 'name:1' }))
      ids.push(org.id ?? '');
    expect(ids.length).toBeGreaterThan(2);
    expect(new Set(ids).size).toBe(ids.length);
    const first = await client.organizations.get(ids[0] ?? '');
    const byName = await client.organizations.getByName(first.name ?? '');
    expect(byName).toEqual(first);
    await expect(client.organizations.get('org_nope')).rejects.toMatchObject({ statusCode: 404 });
  });

  it("lists, associates and removes organization client grants, and lists a grant's organizations", async () => {
    const orgs = (await client.organizations.list({ take: 100 })).data;
    let found: { orgId: string; grantId: string; audience: string; clientId: string } | undefined;
    for (const org of orgs) {
      const grants = await client.organizations.clientGrants.list(org.id ?? '', {
        per_page: 100,
        include_totals: true,
      });
      const [grant] = grants.data;
      if (grant)
        found = {
          orgId: org.id ?? '',
          grantId: grant.id ?? '',
          audience: grant.audience ?? '',
          clientId: grant.client_id ?? '',
        };
      if (found) break;
    }
    expect(found).toBeDefined();
    const { orgId, grantId, audience, clientId } = found ?? {
      orgId: '',
      grantId: '',
      audience: '',
      clientId: '',
    };
    const filtered = await client.organizations.clientGrants.list(orgId, {
      audience,
      client_id: clientId,
      grant_ids: [grantId],
    });
    expect(filtered.data.map((g) => g.id)).toEqual([grantId]);
    const orgsOfGrant = await client.clientGrants.organizations.list(grantId, { take: 50 });
    expect(orgsOfGrant.data.map((o) => o.id)).toContain(orgId);

    await client.organizations.clientGrants.delete(orgId, grantId);
    const after = await client.organizations.clientGrants.list(orgId, { grant_ids: [grantId] });
    expect(after.data).toEqual([]);
    const again = await client.organizations.clientGrants.create(orgId, { grant_id: grantId });
    expect(again.id).toBe(grantId);
  });
});
