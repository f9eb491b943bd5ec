import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ADMIN_CLIENT_ID } from './defaults.ts';
import { json, startTestTenant, type ErrorJson, type GrantJson, type TestTenant } from './test-helpers.ts';

// GET /api/v2/client-grants: the three response shapes, ordering, filters and query validation (spec §3).

let tenant: TestTenant;
beforeAll(async () => {
  tenant = await startTestTenant();
});
afterAll(() => tenant.close());

const list = async <T>(query: string): Promise<T> => {
  const res = await tenant.call(`/api/v2/client-grants${query}`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
  return json<T>(res);
};
const ids = (grants: GrantJson[]): string[] => grants.map((g) => g.id);

describe('response shapes', () => {
  it('answers a bare array of at most 50 grants, ordered by id, without paging parameters', async () => {
    const body = await list<GrantJson[]>('');
    expect(Array.isArray(body)).toBe(true);
    expect(body).toHaveLength(50);
    expect(ids(body)).toEqual([...ids(body)].sort());
  });

  it('honours per_page and page on the bare array, and a page past the end is empty', async () => {
    const first = await list<GrantJson[]>('?per_page=100&page=0');
    const second = await list<GrantJson[]>('?per_page=100&page=1');
    expect(first).toHaveLength(100);
    expect(second).toHaveLength(100);
    expect((first.at(-1)?.id ?? '') < (second[0]?.id ?? '')).toBe(true);
    expect(await list<GrantJson[]>('?per_page=100&page=2')).toEqual([]);
    expect(await list<GrantJson[]>('?page=3')).toHaveLength(50);
    expect(await list<GrantJson[]>('?page=4')).toEqual([]);
  });

  it('wraps the page with totals when include_totals=true', async () => {
    const body = await list<{ total: number; start: number; limit: number; client_grants: GrantJson[] }>(
      '?include_totals=true&per_page=20&page=2',
    );
    expect(body.total).toBe(200);
    expect(body.start).toBe(40);
    expect(body.limit).toBe(20);
    expect(body.client_grants).toHaveLength(20);
    expect(Object.keys(body).sort()).toEqual(['client_grants', 'limit', 'start', 'total']);
    const defaults = await list<{ limit: number; start: number; client_grants: GrantJson[] }>(
      '?include_totals=true',
    );
    expect(defaults.limit).toBe(50);
    expect(defaults.start).toBe(0);
    expect(defaults.client_grants).toHaveLength(50);
  });

  it('include_totals=false keeps the bare array', async () => {
    expect(Array.isArray(await list<unknown>('?include_totals=false&per_page=5'))).toBe(true);
  });

  it('pages with take/from, omitting next on the last page', async () => {
    const all: string[] = [];
    let query = '?take=60';
    let pages = 0;
    for (;;) {
      const body = await list<{ client_grants: GrantJson[]; next?: string }>(query);
      all.push(...ids(body.client_grants));
      pages++;
      if (body.next === undefined) {
        expect(Object.keys(body)).toEqual(['client_grants']);
        break;
      }
      expect(typeof body.next).toBe('string');
      query = `?take=60&from=${encodeURIComponent(body.next)}`;
    }
    expect(pages).toBe(4);
    expect(all).toHaveLength(200);
    expect(all).toEqual([...all].sort());
    expect(new Set(all).size).toBe(200);
  });

  it('take defaults to 50 when only from is sent, and a raw grant id works as from', async () => {
    const first = await list<{ client_grants: GrantJson[]; next?: string }>('?take=10');
    const startId = first.client_grants[5]?.id ?? '';
    const body = await list<{ client_grants: GrantJson[]; next?: string }>(`?from=${startId}`);
    expect(body.client_grants).toHaveLength(50);
    expect(body.client_grants[0]?.id).toBe(startId);
  });

  it('take wins over include_totals and per_page', async () => {
    const body = await list<Record<string, unknown>>('?take=7&include_totals=true&per_page=3&page=1');
    expect(Object.keys(body).sort()).toEqual(['client_grants', 'next']);
    expect(body.client_grants).toHaveLength(7);
  });
});

describe('filters', () => {
  it('filters by client_id and audience with totals', async () => {
    const body = await list<{ total: number; client_grants: GrantJson[] }>(
      `?client_id=${DEFAULT_ADMIN_CLIENT_ID}&include_totals=true`,
    );
    expect(body.total).toBe(1);
    expect(body.client_grants[0]?.audience).toBe(tenant.audience);
    const byAudience = await list<{ total: number; client_grants: GrantJson[] }>(
      `?audience=${encodeURIComponent(tenant.audience)}&include_totals=true&per_page=100`,
    );
    expect(byAudience.total).toBeGreaterThanOrEqual(4);
    expect(byAudience.client_grants.every((g) => g.audience === tenant.audience)).toBe(true);
    const both = await list<GrantJson[]>(
      `?client_id=${DEFAULT_ADMIN_CLIENT_ID}&audience=https%3A%2F%2Forders.example.com%2F`,
    );
    expect(both).toEqual([]);
  });

  it('filters by subject_type, allow_any_organization and default_for', async () => {
    const users = await list<GrantJson[]>('?subject_type=user&per_page=100');
    expect(users.length).toBeGreaterThan(5);
    expect(users.every((g) => g.subject_type === 'user')).toBe(true);
    const orgs = await list<GrantJson[]>('?allow_any_organization=true&per_page=100');
    expect(orgs.length).toBeGreaterThan(0);
    expect(orgs.every((g) => g.allow_any_organization === true)).toBe(true);
    const defaults = await list<GrantJson[]>('?default_for=third_party_clients');
    expect(defaults).toHaveLength(1);
    expect(defaults[0]?.client_id).toBeUndefined();
  });

  it('paginates a filtered list with take/from', async () => {
    const first = await list<{ client_grants: GrantJson[]; next?: string }>('?subject_type=user&take=5');
    expect(first.client_grants).toHaveLength(5);
    const second = await list<{ client_grants: GrantJson[]; next?: string }>(
      `?subject_type=user&take=100&from=${first.next ?? ''}`,
    );
    expect(second.next).toBeUndefined();
    expect(second.client_grants.every((g) => g.subject_type === 'user')).toBe(true);
    expect((first.client_grants.at(-1)?.id ?? '') < (second.client_grants[0]?.id ?? '')).toBe(true);
  });

  it('returns optional fields only when set, subject_type always', async () => {
    const all = await list<GrantJson[]>('?per_page=100').then(async (a) => [
      ...a,
      ...(await list<GrantJson[]>('?per_page=100&page=1')),
    ]);
    expect(all.every((g) => g.subject_type === 'client' || g.subject_type === 'user')).toBe(true);
    expect(all.filter((g) => g.is_system === true)).toHaveLength(1);
    expect(all.some((g) => 'is_system' in g && g.is_system !== true)).toBe(false);
    const allScopes = all.filter((g) => g.allow_all_scopes === true);
    expect(allScopes.length).toBeGreaterThanOrEqual(2);
    expect(allScopes.every((g) => g.scope === undefined)).toBe(true);
  });
});

describe('query validation → 400 invalid_query_string', () => {
  it.each([
    'per_page=0',
    'per_page=101',
    'per_page=abc',
    'page=-1',
    'page=1.5',
    'take=0',
    'take=101',
    'include_totals=yes',
    'allow_any_organization=false',
    'subject_type=robot',
    'default_for=first_party_clients',
    'from=%25%25%25',
    'foo=bar',
    `default_for=third_party_clients&client_id=${DEFAULT_ADMIN_CLIENT_ID}`,
    'audience=a&audience=b',
  ])('%s', async (query) => {
    const res = await tenant.call(`/api/v2/client-grants?${query}`);
    expect(res.status).toBe(400);
    const body = await json<ErrorJson>(res);
    expect(body).toMatchObject({ statusCode: 400, error: 'Bad Request', errorCode: 'invalid_query_string' });
    expect(body.message).toMatch(/^Query validation error: /);
  });
});
