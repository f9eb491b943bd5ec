import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededClientSecret } from './defaults.ts';
import { buildSeedLogs } from './seed-logs.ts';
import { buildSeed } from './seed.ts';
import {
  expectError,
  json,
  listAllGrants,
  startTestTenant,
  type GrantJson,
  type TestTenant,
} from './test-helpers.ts';

type Org = { id: string; name: string; display_name?: string };
type OrgPage = { organizations: Org[]; next?: string };
type OrgTotals = { start: number; limit: number; total: number; organizations: Org[] };

let tenant: TestTenant;
let grants: GrantJson[];
let orgs: Org[];

beforeAll(async () => {
  tenant = await startTestTenant();
  grants = await listAllGrants(tenant);
  orgs = await json<Org[]>(await tenant.call('/api/v2/organizations'));
});
afterAll(() => tenant.close());

const orgGrants = async (orgId: string, query = ''): Promise<GrantJson[]> =>
  json<GrantJson[]>(await tenant.call(`/api/v2/organizations/${orgId}/client-grants${query}`));
const orgsOfGrant = async (grantId: string): Promise<Org[]> =>
  json<Org[]>(await tenant.call(`/api/v2/client-grants/${grantId}/organizations`));
const orgNamed = (name: string): Org => {
  const org = orgs.find((o) => o.name === name);
  if (!org) throw new Error(`no org ${name}`);
  return org;
};

/** Token request for the app of `grant` on its API, optionally for an organization. */
async function appToken(grant: GrantJson, organization?: string): Promise<Response> {
  const clientId = grant.client_id ?? '';
  return fetch(`${tenant.url}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      grant_type: 'client_credentials',
      client_id: clientId,
      client_secret: seededClientSecret(clientId),
      audience: grant.audience,
      ...(organization !== undefined ? { organization } : {}),
    }),
  });
}

const claimsOf = async (res: Response): Promise<Record<string, unknown>> => {
  const body = await json<{ access_token: string }>(res);
  const payload = body.access_token.split('.')[1] ?? '';
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
};

async function associatedGrants(): Promise<Map<string, Org[]>> {
  const out = new Map<string, Org[]>();
  for (const org of orgs) {
    for (const grant of await orgGrants(org.id)) out.set(grant.id, [...(out.get(grant.id) ?? []), org]);
  }
  return out;
}

describe('GET /organizations', () => {
  it('lists the demo organizations with offset paging, totals and sort', async () => {
    expect(orgs.map((o) => o.name).sort()).toEqual([
      'acme-corp',
      'globex',
      'initech',
      'stark-industries',
      'umbrella-health',
      'wayne-enterprises',
    ]);
    for (const org of orgs) expect(Object.keys(org).sort()).toEqual(['display_name', 'id', 'name']);
    const totals = await json<OrgTotals>(
      await tenant.call('/api/v2/organizations?include_totals=true&per_page=4&page=1'),
    );
    expect(totals).toMatchObject({ start: 4, limit: 4, total: 6 });
    expect(totals.organizations).toHaveLength(2);
    const byName = await json<Org[]>(await tenant.call('/api/v2/organizations?sort=name:-1'));
    expect(byName.map((o) => o.name)).toEqual(
      orgs
        .map((o) => o.name)
        .sort()
        .reverse(),
    );
    await expectError(await tenant.call('/api/v2/organizations?sort=id:1'), 400, 'invalid_query_string');
    await expectError(await tenant.call('/api/v2/organizations?page=1001'), 400, 'invalid_query_string');
    await expectError(await tenant.call('/api/v2/organizations?q=x'), 400, 'invalid_query_string');
  });

  it('pages by checkpoint: from/take with next until the last page', async () => {
    const seen: string[] = [];
    let from: string | undefined;
    for (let i = 0; i < 10; i++) {
      const page = await json<OrgPage>(
        await tenant.call(`/api/v2/organizations?take=4${from === undefined ? '' : `&from=${from}`}`),
      );
      seen.push(...page.organizations.map((o) => o.id));
      if (page.next === undefined) break;
      from = page.next;
    }
    expect(seen).toEqual(orgs.map((o) => o.id).sort());
  });

  it('reads one by id or by name; an unknown one is a 404', async () => {
    const org = orgNamed('globex');
    expect(await json<Org>(await tenant.call(`/api/v2/organizations/${org.id}`))).toEqual(org);
    expect(await json<Org>(await tenant.call('/api/v2/organizations/name/globex'))).toEqual(org);
    await expectError(
      await tenant.call('/api/v2/organizations/org_missing0000000'),
      404,
      'inexistent_organization',
    );
    await expectError(await tenant.call('/api/v2/organizations/name/nobody'), 404, 'inexistent_organization');
  });

  it('needs read:organizations (a token without it gets 403)', async () => {
    const terraform = grants.find(
      (g) => g.audience === tenant.audience && g.scope?.includes('create:clients'),
    );
    const clientId = terraform?.client_id ?? '';
    const token = await tenant.token(clientId, seededClientSecret(clientId));
    await expectError(await tenant.call('/api/v2/organizations', { token }), 403, 'insufficient_scope');
  });
});

describe('the demo seed', () => {
  it('associates allow and require grants, leaves one require grant unusable, and has one deny association', async () => {
    const associated = await associatedGrants();
    const byId = new Map(grants.map((g) => [g.id, g]));
    const usages = [...associated.keys()].map((id) => byId.get(id)?.organization_usage);
    expect(usages.filter((u) => u === 'allow').length).toBeGreaterThanOrEqual(3);
    expect(usages.filter((u) => u === 'require').length).toBeGreaterThanOrEqual(2);
    expect(usages.filter((u) => u === 'deny')).toHaveLength(1);
    const orphans = grants.filter(
      (g) => g.organization_usage === 'require' && g.allow_any_organization !== true && !associated.has(g.id),
    );
    expect(orphans).toHaveLength(1);
  });
});

describe('the demo log history', () => {
  it('names the organization in the seccft events of require grants that one can use', () => {
    const ctx = { managementAudience: 'https://127.0.0.1:1/api/v2/', domain: '127.0.0.1:1' };
    const data = buildSeed({ kind: 'demo' }, ctx);
    const events = buildSeedLogs({ kind: 'demo' }, data, ctx);
    const linked = new Set((data.organizationGrants ?? []).map((l) => l.grant_id));
    const usable = data.grants.filter(
      (g) => g.organization_usage === 'require' && (linked.has(g.id) || g.allow_any_organization === true),
    );
    const ofGrant = (g: (typeof usable)[number]): typeof events =>
      events.filter((e) => e.type === 'seccft' && e.client_id === g.client_id && e.audience === g.audience);
    const withTokens = usable.filter((g) => ofGrant(g).length > 0);
    expect(withTokens.length).toBeGreaterThan(0);
    for (const grant of withTokens) {
      for (const event of ofGrant(grant)) expect(event.organization_id).toMatch(/^org_/);
    }
    const plain = events.filter((e) => e.type === 'seccft' && e.organization_id !== undefined);
    expect(plain.length).toBe(withTokens.reduce((n, g) => n + ofGrant(g).length, 0));
  });
});

describe('organization client grants', () => {
  it('lists only the OrganizationClientGrant fields, with filters and totals', async () => {
    const associated = await associatedGrants();
    const [grantId, [org] = []] = [...associated.entries()].find(([, list]) => list.length > 0) ?? ['', []];
    if (!org) throw new Error('no association in the seed');
    const list = await orgGrants(org.id);
    for (const item of list) {
      for (const key of Object.keys(item))
        expect([
          'id',
          'client_id',
          'audience',
          'scope',
          'organization_usage',
          'allow_any_organization',
        ]).toContain(key);
    }
    const grant = grants.find((g) => g.id === grantId);
    expect(await orgGrants(org.id, `?grant_ids=${grantId}`)).toHaveLength(1);
    expect((await orgGrants(org.id, `?client_id=${grant?.client_id ?? ''}`)).map((g) => g.id)).toContain(
      grantId,
    );
    expect(await orgGrants(org.id, '?audience=https://nothing.example.com/')).toEqual([]);
    const totals = await json<{ total: number; client_grants: unknown[] }>(
      await tenant.call(`/api/v2/organizations/${org.id}/client-grants?include_totals=true&per_page=1`),
    );
    expect(totals.total).toBe(list.length);
    expect(totals.client_grants).toHaveLength(Math.min(1, list.length));
    const eleven = Array.from({ length: 11 }, (_, i) => `grant_ids=cgr_${String(i).padStart(16, 'a')}`).join(
      '&',
    );
    await expectError(
      await tenant.call(`/api/v2/organizations/${org.id}/client-grants?${eleven}`),
      400,
      'invalid_query_string',
    );
    await expectError(
      await tenant.call('/api/v2/organizations/org_missing0000000/client-grants'),
      404,
      'inexistent_organization',
    );
  });

  it('associates (201), refuses a duplicate (409), an unknown grant or org (404) and extra fields (400), and removes', async () => {
    const org = orgNamed('initech');
    const grant = grants.find(
      (g) => g.subject_type === 'client' && g.organization_usage === undefined && g.client_id,
    );
    if (!grant) throw new Error('no plain grant');
    const post = (body: unknown, orgId = org.id): Promise<Response> =>
      tenant.call(`/api/v2/organizations/${orgId}/client-grants`, { method: 'POST', json: body });
    const created = await post({ grant_id: grant.id });
    expect(created.status).toBe(201);
    expect(await json<GrantJson>(created)).toEqual({
      id: grant.id,
      client_id: grant.client_id,
      audience: grant.audience,
      scope: grant.scope,
    });
    await expectError(await post({ grant_id: grant.id }), 409, 'client_grant_already_added');
    await expectError(await post({ grant_id: 'cgr_doesnotexist0000' }), 404, 'inexistent_client_grant');
    await expectError(
      await post({ grant_id: grant.id }, 'org_missing0000000'),
      404,
      'inexistent_organization',
    );
    await expectError(await post({ grant_id: grant.id, extra: 1 }), 400, 'invalid_body');
    await expectError(await post({}), 400, 'invalid_body');
    expect((await orgsOfGrant(grant.id)).map((o) => o.id)).toContain(org.id);

    const removed = await tenant.call(`/api/v2/organizations/${org.id}/client-grants/${grant.id}`, {
      method: 'DELETE',
    });
    expect(removed.status).toBe(204);
    expect((await orgsOfGrant(grant.id)).map((o) => o.id)).not.toContain(org.id);
    // A form-encoded body is documented too.
    const form = await tenant.call(`/api/v2/organizations/${org.id}/client-grants`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `grant_id=${grant.id}`,
    });
    expect(form.status).toBe(201);
  });

  it('a deleted grant loses its associations', async () => {
    const org = orgNamed('acme-corp');
    const [victim] = grants.filter(
      (g) => g.subject_type === 'client' && !g.is_system && g.organization_usage === 'allow',
    );
    if (!victim) throw new Error('no allow grant');
    await tenant.call(`/api/v2/organizations/${org.id}/client-grants`, {
      method: 'POST',
      json: { grant_id: victim.id },
    });
    expect((await orgGrants(org.id)).map((g) => g.id)).toContain(victim.id);
    expect((await tenant.call(`/api/v2/client-grants/${victim.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await orgGrants(org.id)).map((g) => g.id)).not.toContain(victim.id);
    await expectError(
      await tenant.call(`/api/v2/client-grants/${victim.id}/organizations`),
      404,
      'inexistent_client_grant',
    );
  });

  it('GET /client-grants/{id}/organizations pages by offset and by checkpoint', async () => {
    const grant = grants.find(
      (g) => g.subject_type === 'client' && g.organization_usage === 'require' && g.allow_any_organization,
    );
    if (!grant) throw new Error('no require grant');
    for (const other of orgs)
      await tenant.call(`/api/v2/organizations/${other.id}/client-grants`, {
        method: 'POST',
        json: { grant_id: grant.id },
      });
    const all = await orgsOfGrant(grant.id);
    expect(all.map((o) => o.id)).toEqual(orgs.map((o) => o.id).sort());
    const first = await json<OrgPage>(
      await tenant.call(`/api/v2/client-grants/${grant.id}/organizations?take=5`),
    );
    expect(first.organizations).toHaveLength(5);
    const rest = await json<OrgPage>(
      await tenant.call(`/api/v2/client-grants/${grant.id}/organizations?take=5&from=${first.next ?? ''}`),
    );
    expect(rest).toEqual({ organizations: [all[5]] });
    const totals = await json<OrgTotals>(
      await tenant.call(
        `/api/v2/client-grants/${grant.id}/organizations?include_totals=true&per_page=2&page=2`,
      ),
    );
    expect(totals).toMatchObject({ start: 4, limit: 2, total: 6 });
  });
});

describe('client credentials with an organization', () => {
  it('issues org_id/org_name only for an associated organization (by id or name), and logs it in seccft', async () => {
    const associated = await associatedGrants();
    const grant = grants.find(
      (g) =>
        g.organization_usage === 'allow' &&
        !g.allow_any_organization &&
        g.subject_type === 'client' &&
        associated.has(g.id),
    );
    const org = grant ? associated.get(grant.id)?.[0] : undefined;
    if (!grant || !org) throw new Error('no associated allow grant');
    const byId = await appToken(grant, org.id);
    expect(byId.status).toBe(200);
    expect(await claimsOf(byId)).toMatchObject({ org_id: org.id, org_name: org.name });
    const byName = await appToken(grant, org.name);
    expect(await claimsOf(byName)).toMatchObject({ org_id: org.id });
    const plain = await appToken(grant);
    expect(await claimsOf(plain)).not.toHaveProperty('org_id');
    const other = orgs.find((o) => !associated.get(grant.id)?.some((a) => a.id === o.id));
    const refused = await appToken(grant, other?.id);
    expect(refused.status).toBe(403);
    expect(await json<{ error: string }>(refused)).toMatchObject({ error: 'access_denied' });
    expect((await appToken(grant, 'no-such-org')).status).toBe(400);

    const logs = await json<{ organization_id?: string; organization_name?: string }[]>(
      await tenant.call(
        `/api/v2/logs?q=${encodeURIComponent(`type:seccft AND client_id:${grant.client_id ?? ''}`)}&sort=date:-1&per_page=5`,
      ),
    );
    expect(logs.some((e) => e.organization_id === org.id && e.organization_name === org.name)).toBe(true);
  });

  it('a require grant refuses a token without an organization; a deny grant refuses one with', async () => {
    const orphan = grants.find(
      (g) =>
        g.organization_usage === 'require' &&
        g.allow_any_organization !== true &&
        g.subject_type === 'client',
    );
    if (!orphan) throw new Error('no require grant');
    const res = await appToken(orphan);
    expect(res.status).toBe(403);
    expect(await json<{ error: string }>(res)).toMatchObject({ error: 'access_denied' });
    const any = grants.find(
      (g) =>
        g.organization_usage === 'require' &&
        g.allow_any_organization === true &&
        g.subject_type === 'client',
    );
    if (!any) throw new Error('no allow_any grant');
    expect((await appToken(any, orgs[0]?.id)).status).toBe(200);
    const deny = grants.find((g) => g.organization_usage === 'deny' && g.subject_type === 'client');
    if (!deny) throw new Error('no deny grant');
    expect((await appToken(deny, orgs[0]?.id)).status).toBe(403);
    expect((await appToken(deny)).status).toBe(200);
  });

  it('a third-party app grant cannot allow any organization', async () => {
    const clients = await json<{ client_id: string; is_first_party: boolean }[]>(
      await tenant.call('/api/v2/clients?per_page=100'),
    );
    const partner = clients.find((c) => !c.is_first_party);
    const grant = grants.find((g) => g.client_id === partner?.client_id);
    if (!grant) throw new Error('no third-party grant');
    await expectError(
      await tenant.call(`/api/v2/client-grants/${grant.id}`, {
        method: 'PATCH',
        json: { organization_usage: 'allow', allow_any_organization: true },
      }),
      400,
      'invalid_body',
      /third-party/,
    );
  });
});

describe('persistence', () => {
  it('keeps organizations and associations across a restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'orgs-'));
    try {
      const first = await startTestTenant({ dataDir: dir });
      const before = await json<Org[]>(await first.call('/api/v2/organizations'));
      const org = before[0];
      const links = await json<GrantJson[]>(
        await first.call(`/api/v2/organizations/${org?.id ?? ''}/client-grants`),
      );
      await first.close();
      const second = await startTestTenant({ dataDir: dir });
      expect(await json<Org[]>(await second.call('/api/v2/organizations'))).toEqual(before);
      expect(
        await json<GrantJson[]>(await second.call(`/api/v2/organizations/${org?.id ?? ''}/client-grants`)),
      ).toEqual(links);
      await second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
