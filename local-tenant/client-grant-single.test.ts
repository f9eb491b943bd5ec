import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ADMIN_CLIENT_ID, READ_ONLY_CLIENT_ID } from './defaults.ts';
import { expectError, json, listAllGrants, startTestTenant, type GrantJson, type TestTenant } from './test-helpers.ts';

// GET / PATCH / DELETE /api/v2/client-grants/{id}: immutables, system grants, 204 for unknown ids (spec §5).

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
const patch = (id: string, body: unknown): Promise<Response> =>
  tenant.call(`/api/v2/client-grants/${id}`, { method: 'PATCH', json: body });
const systemGrant = (): GrantJson => {
  const grant = allGrants.find((g) => g.is_system === true);
  if (!grant) throw new Error('no system grant in the demo seed');
  return grant;
};

describe('GET/PATCH/DELETE /client-grants/{id}', () => {
  it('gets a grant, 404 for an unknown id, 400 invalid_uri for a malformed one', async () => {
    const grant = allGrants[3];
    expect(await json<GrantJson>(await tenant.call(`/api/v2/client-grants/${grant?.id ?? ''}`))).toEqual(
      grant,
    );
    await expectError(
      await tenant.call('/api/v2/client-grants/cgr_0000000000000000'),
      404,
      'inexistent_client_grant',
      'The grant does not exist.',
    );
    await expectError(
      await tenant.call('/api/v2/client-grants/bad%20id'),
      400,
      'invalid_uri',
      /^Path validation error: /,
    );
  });

  it('patches mutable fields and returns the full grant', async () => {
    const created = await json<GrantJson>(
      await post({ client_id: DEFAULT_ADMIN_CLIENT_ID, audience: SEARCH, scope: ['read:indexes'] }),
    );
    const res = await patch(created.id, {
      scope: ['read:indexes', 'read:synonyms'],
      organization_usage: 'require',
      allow_any_organization: true,
    });
    expect(res.status).toBe(200);
    expect(await json<GrantJson>(res)).toEqual({
      ...created,
      scope: ['read:indexes', 'read:synonyms'],
      organization_usage: 'require',
      allow_any_organization: true,
    });
    const cleared = await json<GrantJson>(
      await patch(created.id, { organization_usage: null, allow_any_organization: false }),
    );
    expect(cleared.organization_usage).toBeUndefined();
    const all = await json<GrantJson>(await patch(created.id, { allow_all_scopes: true, scope: [] }));
    expect(all.scope).toBeUndefined();
    expect(all.allow_all_scopes).toBe(true);
  });

  it.each(['client_id', 'audience', 'subject_type', 'default_for', 'id', 'is_system'])(
    'PATCH %s → 400 (immutable)',
    async (field) => {
      const grant = allGrants.find((g) => g.client_id === READ_ONLY_CLIENT_ID);
      await expectError(
        await patch(grant?.id ?? '', { [field]: 'x' }),
        400,
        'invalid_body',
        `Payload validation error: 'Additional properties not allowed: ${field}'.`,
      );
    },
  );

  it('PATCH rules: empty body, scope subset, unknown id, system grant', async () => {
    const grant = allGrants.find((g) => g.client_id === READ_ONLY_CLIENT_ID);
    await expectError(await patch(grant?.id ?? '', {}), 400, 'invalid_body', /Too few properties/);
    await expectError(await patch(grant?.id ?? '', { scope: ['read:nope'] }), 400, 'invalid_body', /subset/);
    await expectError(await patch('cgr_0000000000000000', { scope: [] }), 404, 'inexistent_client_grant');
    await expectError(await patch('cgr_0000000000000000', { client_id: 'x' }), 400, 'invalid_body');
    await expectError(await patch(systemGrant().id, { scope: [] }), 400, 'operation_not_supported');
  });

  it('DELETE answers 204 with an empty body, also for an unknown id; system grants → 400', async () => {
    const created = await json<GrantJson>(
      await post({ client_id: READ_ONLY_CLIENT_ID, audience: 'https://catalog.example.com/', scope: [] }),
    );
    const res = await tenant.call(`/api/v2/client-grants/${created.id}`, { method: 'DELETE' });
    expect(res.status).toBe(204);
    expect(await res.text()).toBe('');
    await expectError(
      await tenant.call(`/api/v2/client-grants/${created.id}`),
      404,
      'inexistent_client_grant',
    );
    expect((await tenant.call(`/api/v2/client-grants/${created.id}`, { method: 'DELETE' })).status).toBe(204);
    await expectError(
      await tenant.call(`/api/v2/client-grants/${systemGrant().id}`, { method: 'DELETE' }),
      400,
      'operation_not_supported',
    );
    // The deleted pair can be granted again.
    expect(
      (await post({ client_id: READ_ONLY_CLIENT_ID, audience: 'https://catalog.example.com/', scope: [] }))
        .status,
    ).toBe(201);
  });
});
