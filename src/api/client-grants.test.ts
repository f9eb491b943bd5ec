import { describe, expect, expectTypeOf, it } from 'vitest';
import { clientGrantSchema, type ClientGrant, type CreateClientGrantBody } from './client-grants';
import { createFakeFetch, jsonResponse } from './fake-fetch';
import { createManagementApi } from './management-api';

function setup(replies: Response[]) {
  const fake = createFakeFetch(replies);
  const api = createManagementApi({ domain: 'acme.us.auth0.com', token: 't.o.k', fetch: fake.fetch });
  return { api, calls: fake.calls };
}

const FULL_GRANT = {
  id: 'cgr_abcdefghijklmnop',
  client_id: 'c'.repeat(32),
  audience: 'https://api.example.com',
  scope: ['read:a', 'write:a'],
  organization_usage: 'allow',
  allow_any_organization: true,
  is_system: true,
  subject_type: 'user',
  authorization_details_types: ['payment'],
  allow_all_scopes: false,
};

describe('clientGrantSchema', () => {
  it('parses every documented field', () => {
    expect(clientGrantSchema.parse(FULL_GRANT)).toEqual(FULL_GRANT);
  });

  it('accepts a default_for grant without client_id and scope', () => {
    const grant = {
      id: 'cgr_1',
      audience: 'https://api',
      default_for: 'third_party_clients',
      allow_all_scopes: true,
    };
    expect(clientGrantSchema.parse(grant)).toEqual({ ...grant, subject_type: 'client' });
  });

  it('rejects wrong types and unknown enum values', () => {
    expect(clientGrantSchema.safeParse({ id: 'cgr_1', audience: 'a', scope: 'read:a' }).success).toBe(false);
    expect(
      clientGrantSchema.safeParse({ id: 'cgr_1', audience: 'a', organization_usage: 'sometimes' }).success,
    ).toBe(false);
    expect(clientGrantSchema.safeParse({ audience: 'a' }).success).toBe(false);
  });

  it('types subject_type as always present', () => {
    expectTypeOf<ClientGrant['subject_type']>().toEqualTypeOf<'client' | 'user'>();
  });

  it('types the create body: exactly one of client_id / default_for', () => {
    expectTypeOf<{ audience: string; client_id: string }>().toExtend<CreateClientGrantBody>();
    expectTypeOf<{
      audience: string;
      default_for: 'third_party_clients';
    }>().toExtend<CreateClientGrantBody>();
    expectTypeOf<{ audience: string }>().not.toExtend<CreateClientGrantBody>();
    expectTypeOf<{
      audience: string;
      client_id: string;
      default_for: 'third_party_clients';
    }>().not.toExtend<CreateClientGrantBody>();
  });
});

describe('listClientGrantsCheckpoint', () => {
  it('always sends take (else Auth0 answers a bare array) and passes filters and from', async () => {
    const { api, calls } = setup([
      jsonResponse({ client_grants: [{ id: 'cgr_1', audience: 'a' }], next: 'cursor2' }),
      jsonResponse({ client_grants: [] }),
    ]);
    const first = await api.clientGrants.listCheckpoint({ audience: 'https://api' });
    expect(first).toEqual({
      client_grants: [{ id: 'cgr_1', audience: 'a', subject_type: 'client' }],
      next: 'cursor2',
    });
    const last = await api.clientGrants.listCheckpoint({ take: 100, from: 'cursor2', client_id: 'abc' });
    expect(last).toEqual({ client_grants: [] });
    expect('next' in last).toBe(false);
    expect(calls.map((call) => call.url)).toEqual([
      'https://acme.us.auth0.com/api/v2/client-grants?audience=https%3A%2F%2Fapi&take=50',
      'https://acme.us.auth0.com/api/v2/client-grants?client_id=abc&take=100&from=cursor2',
    ]);
  });

  it('treats a null or empty next as the last page', async () => {
    const { api } = setup([
      jsonResponse({ client_grants: [], next: null }),
      jsonResponse({ client_grants: [], next: '' }),
    ]);
    await expect(api.clientGrants.listCheckpoint()).resolves.toEqual({ client_grants: [] });
    await expect(api.clientGrants.listCheckpoint()).resolves.toEqual({ client_grants: [] });
  });
});

describe('listClientGrantsCheckpointDeferred', () => {
  it('gives the cursor at once and the same checked grants when asked', async () => {
    const { api, calls } = setup([jsonResponse({ client_grants: [{ id: 'cgr_1', audience: 'a' }], next: 'cursor2' }), jsonResponse({ client_grants: [], next: null })]);
    const first = await api.clientGrants.listCheckpointDeferred({ take: 100 });
    expect(first.next).toBe('cursor2');
    expect(first.grants()).toEqual([{ id: 'cgr_1', audience: 'a', subject_type: 'client' }]);
    const last = await api.clientGrants.listCheckpointDeferred({ take: 100, from: 'cursor2' });
    expect('next' in last).toBe(false);
    expect(calls.map((call) => call.url)).toEqual([
      'https://acme.us.auth0.com/api/v2/client-grants?take=100',
      'https://acme.us.auth0.com/api/v2/client-grants?take=100&from=cursor2',
    ]);
  });

  it('a grant that does not fit fails when its page is checked, naming where, as the other calls do', async () => {
    const { api } = setup([jsonResponse({ client_grants: [{ id: 'cgr_1', audience: 'a' }, { audience: 'b' }], next: 'cursor2' })]);
    const page = await api.clientGrants.listCheckpointDeferred({ take: 100 });
    expect(page.next).toBe('cursor2');
    expect(() => page.grants()).toThrow(expect.objectContaining({ name: 'ResponseShapeError', issues: [expect.stringMatching(/^client_grants\.1\.id: /)] }));
  });

  it('an envelope without a grants array fails at once', async () => {
    const { api } = setup([jsonResponse({ next: 'cursor2' })]);
    await expect(api.clientGrants.listCheckpointDeferred({ take: 100 })).rejects.toMatchObject({ name: 'ResponseShapeError' });
  });
});

describe('listClientGrants', () => {
  it('sends only known parameters even when handed a wider object', async () => {
    const { api, calls } = setup([jsonResponse({ total: 0, start: 0, limit: 10, client_grants: [] })]);
    const urlState = { page: 0, per_page: 10, audience: 'https://api', grant: 'cgr_1', sort: 'name' };
    await api.clientGrants.list(urlState);
    expect(calls[0]?.url).toBe(
      'https://acme.us.auth0.com/api/v2/client-grants?page=0&per_page=10&audience=https%3A%2F%2Fapi&include_totals=true',
    );
  });

  it('returns the totals envelope', async () => {
    const { api } = setup([jsonResponse({ total: 201, start: 50, limit: 50, client_grants: [FULL_GRANT] })]);
    const page = await api.clientGrants.list({ page: 1, per_page: 50 });
    expect(page).toMatchObject({ total: 201, start: 50, limit: 50 });
    expect(page.client_grants).toHaveLength(1);
    expectTypeOf(page.client_grants).toEqualTypeOf<ClientGrant[]>();
  });
});
