import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ADMIN_CLIENT_ID, READ_ONLY_CLIENT_ID } from './defaults.ts';
import { expectError, json, listAllGrants, startTestTenant, type GrantJson, type TestTenant } from './test-helpers.ts';

// POST /api/v2/client-grants: validation, existence, conflicts (spec §4).

const ORDERS = 'https://orders.example.com/';
const SEARCH = 'https://search.example.com/';
let tenant: TestTenant;
let allGrants: GrantJson[];

beforeAll(async () => {
  tenant = await startTestTenant();
  allGrants = await listAllGrants(tenant);
});
afterAll(() => tenant.close());

const post = (body: unknown): Promise<Response> =>
  tenant.call('/api/v2/client-grants', { method: 'POST', json: body });

describe('POST /client-grants', () => {
  it('creates a grant: 201 with the grant, then it is listed', async () => {
    const res = await post({ client_id: READ_ONLY_CLIENT_ID, audience: SEARCH, scope: ['read:indexes'] });
    expect(res.status).toBe(201);
    const grant = await json<GrantJson>(res);
    expect(grant).toEqual({
      id: grant.id,
      client_id: READ_ONLY_CLIENT_ID,
      audience: SEARCH,
      scope: ['read:indexes'],
      subject_type: 'client',
    });
    expect(grant.id).toMatch(/^cgr_[A-Za-z0-9]{16}$/);
    const listed = await json<GrantJson[]>(
      await tenant.call(
        `/api/v2/client-grants?client_id=${READ_ONLY_CLIENT_ID}&audience=${encodeURIComponent(SEARCH)}`,
      ),
    );
    expect(listed).toEqual([grant]);
  });

  it('allows one client and one user grant per app and API, then 409', async () => {
    const user = await post({
      client_id: READ_ONLY_CLIENT_ID,
      audience: ORDERS,
      scope: ['read:orders'],
      subject_type: 'user',
    });
    expect(user.status).toBe(201);
    const clientGrant = await post({ client_id: READ_ONLY_CLIENT_ID, audience: ORDERS, scope: [] });
    expect(clientGrant.status).toBe(201);
    await expectError(
      await post({
        client_id: READ_ONLY_CLIENT_ID,
        audience: ORDERS,
        scope: ['read:orders'],
        subject_type: 'user',
      }),
      409,
      'client_grant_conflict',
      'A client grant for this client and audience already exists.',
    );
  });

  it('creates allow_all_scopes grants without a scope list and organization grants', async () => {
    const res = await post({
      client_id: DEFAULT_ADMIN_CLIENT_ID,
      audience: ORDERS,
      allow_all_scopes: true,
      organization_usage: 'allow',
      allow_any_organization: true,
    });
    expect(res.status).toBe(201);
    const grant = await json<GrantJson>(res);
    expect(grant.scope).toBeUndefined();
    expect(grant).toMatchObject({
      allow_all_scopes: true,
      organization_usage: 'allow',
      allow_any_organization: true,
    });
  });

  it.each<[string, unknown, RegExp]>([
    [
      'additional property',
      { client_id: DEFAULT_ADMIN_CLIENT_ID, audience: SEARCH, scope: [], foo: 1 },
      /^Payload validation error: 'Additional properties not allowed: foo'\.$/,
    ],
    [
      'scope as string',
      { client_id: DEFAULT_ADMIN_CLIENT_ID, audience: SEARCH, scope: 'read:indexes' },
      /^Payload validation error: 'Expected type array but found type string' on property scope \(/,
    ],
    [
      'missing audience',
      { client_id: DEFAULT_ADMIN_CLIENT_ID, scope: [] },
      /Missing required property: audience/,
    ],
    ['missing client_id', { audience: SEARCH, scope: [] }, /Missing required property: client_id/],
    [
      'client_id and default_for',
      { client_id: DEFAULT_ADMIN_CLIENT_ID, default_for: 'third_party_clients', audience: SEARCH },
      /default_for/,
    ],
    [
      'scope item too long',
      { client_id: DEFAULT_ADMIN_CLIENT_ID, audience: SEARCH, scope: ['x'.repeat(281)] },
      /too long/,
    ],
    ['empty scope item', { client_id: DEFAULT_ADMIN_CLIENT_ID, audience: SEARCH, scope: [''] }, /too short/],
    [
      'bad organization_usage',
      { client_id: DEFAULT_ADMIN_CLIENT_ID, audience: SEARCH, organization_usage: 'maybe' },
      /No enum match/,
    ],
    [
      'allow_any_organization without usage',
      { client_id: DEFAULT_ADMIN_CLIENT_ID, audience: SEARCH, allow_any_organization: true },
      /organization_usage/,
    ],
    [
      'authorization_details_types on a client grant',
      { client_id: DEFAULT_ADMIN_CLIENT_ID, audience: SEARCH, authorization_details_types: ['payment'] },
      /subject_type user/,
    ],
    [
      'allow_all_scopes with scopes',
      {
        client_id: DEFAULT_ADMIN_CLIENT_ID,
        audience: SEARCH,
        allow_all_scopes: true,
        scope: ['read:indexes'],
      },
      /allow_all_scopes/,
    ],
    ['not an object', ['x'], /Expected type object but found type array/],
    [
      'scope not a subset',
      { client_id: DEFAULT_ADMIN_CLIENT_ID, audience: SEARCH, scope: ['read:orders'] },
      /^Payload validation error: scope must be a subset of resource server scopes$/,
    ],
    [
      'allow_all_scopes on the Management API',
      { client_id: READ_ONLY_CLIENT_ID, audience: 'MGMT', allow_all_scopes: true, subject_type: 'user' },
      /system/,
    ],
  ])('400 invalid_body: %s', async (_name, body, message) => {
    const fixed = JSON.parse(
      JSON.stringify(body).replace('"MGMT"', JSON.stringify(tenant.audience)),
    ) as unknown;
    await expectError(await post(fixed), 400, 'invalid_body', message);
  });

  it('400 on malformed JSON', async () => {
    const res = await tenant.call('/api/v2/client-grants', {
      method: 'POST',
      body: '{"audience":',
      headers: { 'content-type': 'application/json' },
    });
    await expectError(res, 400, 'invalid_body', /^Payload validation error: /);
  });

  it('404 for an unknown client or audience', async () => {
    await expectError(
      await post({ client_id: 'x'.repeat(32), audience: SEARCH, scope: [] }),
      404,
      'inexistent_client',
      'Client not found',
    );
    await expectError(
      await post({ client_id: DEFAULT_ADMIN_CLIENT_ID, audience: 'https://nope.example.com/', scope: [] }),
      404,
      'inexistent_resource_server',
      'Resource server not found',
    );
  });

  it('checks 400 before 404 before 409', async () => {
    await expectError(
      await post({ client_id: 'x'.repeat(32), audience: 'https://nope.example.com/', scope: 'x' }),
      400,
      'invalid_body',
    );
    const admin = allGrants.find((g) => g.client_id === DEFAULT_ADMIN_CLIENT_ID);
    await expectError(
      await post({ client_id: DEFAULT_ADMIN_CLIENT_ID, audience: admin?.audience, scope: ['read:nothing'] }),
      400,
      'invalid_body',
    );
  });
});
