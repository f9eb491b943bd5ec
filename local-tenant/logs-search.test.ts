import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LogEvent } from './log-store.ts';
import { expectError, json, startTestTenant, type TestTenant } from './test-helpers.ts';

// GET /api/v2/logs in search mode (q, page, per_page, sort, fields) on the demo seed's history.

let tenant: TestTenant;
let all: LogEvent[];

const q = (query: string, extra = ''): string => `/api/v2/logs?q=${encodeURIComponent(query)}&per_page=100${extra}`;
const search = async (query: string, extra = ''): Promise<LogEvent[]> => {
  const res = await tenant.call(q(query, extra));
  expect(res.status).toBe(200);
  return json<LogEvent[]>(res);
};

beforeAll(async () => {
  tenant = await startTestTenant();
  all = [];
  for (let page = 0; ; page++) {
    const batch = await json<LogEvent[]>(await tenant.call(`/api/v2/logs?per_page=100&page=${page}`));
    if (batch.length === 0) break;
    all.push(...batch);
  }
});

afterAll(() => tenant.close());

describe('GET /api/v2/logs: search mode', () => {
  it('lists newest first by default, oldest first with sort=date:1, 50 per page', async () => {
    expect(all.length).toBeGreaterThan(300);
    const dates = all.map((e) => e.date);
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(await json<LogEvent[]>(await tenant.call('/api/v2/logs'))).toHaveLength(50);
    const oldest = await json<LogEvent[]>(await tenant.call('/api/v2/logs?sort=date:1&per_page=5'));
    expect(oldest.map((e) => e.log_id)).toEqual(all.slice(-5).reverse().map((e) => e.log_id));
    // field:1 or field:-1 with a searchable field (the description's pattern and the docs' list; audience is in neither).
    await expectError(await tenant.call('/api/v2/logs?sort=audience:1'), 400, 'invalid_query_string', /sort/);
    await expectError(await tenant.call('/api/v2/logs?sort=date'), 400, 'invalid_query_string', /sort/);
    const byType = await json<LogEvent[]>(await tenant.call('/api/v2/logs?sort=type:1&per_page=100'));
    const types = byType.map((e) => e.type);
    expect([...types].sort()).toEqual(types);
    expect(new Set(types).size).toBeGreaterThan(1);
  });

  it('log_ids sort in time order', () => {
    const ids = all.map((e) => e.log_id);
    expect([...ids].sort().reverse()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('field:value and field:"quoted value" match exactly', async () => {
    const sapi = await search('type:sapi');
    expect(sapi.length).toBeGreaterThanOrEqual(5);
    expect(sapi.every((e) => e.type === 'sapi')).toBe(true);
    const crm = all.find((e) => e.client_name === 'CRM Sync');
    const byName = await search('client_name:"CRM Sync"');
    expect(byName.length).toBe(all.filter((e) => e.client_name === 'CRM Sync').length);
    expect(byName.every((e) => e.client_id === crm?.client_id)).toBe(true);
    const byId = await search(`client_id:${crm?.client_id ?? ''}`);
    expect(byId.map((e) => e.log_id)).toEqual(byName.map((e) => e.log_id));
    const byAudience = await search(`audience:"${crm?.audience ?? ''}"`);
    expect(byAudience.length).toBe(all.filter((e) => e.audience === crm?.audience).length);
    const byIp = await search('ip:192.0.2.88');
    expect(byIp.length).toBeGreaterThan(0);
    expect(byIp.every((e) => e.ip === '192.0.2.88')).toBe(true);
  });

  it('a quoted value may hold escaped quotes and backslashes (Lucene syntax)', async () => {
    expect(await search('client_name:"a \\"b\\""')).toEqual([]);
    const crm = await search('client_name:"CRM Sync"');
    expect(await search('client_name:"CRM\\ Sync"')).toEqual(crm);
    expect(crm.length).toBeGreaterThan(0);
  });

  it('description matches its words case-insensitively', async () => {
    const found = await search('description:"update client GRANT"');
    expect(found.length).toBe(all.filter((e) => e.description === 'Update client grant').length);
    expect(found.length).toBeGreaterThan(0);
  });

  it('AND, OR, NOT, implicit AND and parentheses', async () => {
    const admin = 'LocalTenantAdminApp0000000000001';
    const adminSapi = all.filter((e) => e.type === 'sapi' && e.client_id === admin).map((e) => e.log_id);
    expect((await search(`type:sapi AND client_id:${admin}`)).map((e) => e.log_id)).toEqual(adminSapi);
    expect((await search(`type:sapi client_id:${admin}`)).map((e) => e.log_id)).toEqual(adminSapi);
    const notSeccft = all.filter((e) => e.type !== 'seccft').map((e) => e.log_id);
    expect((await search('NOT type:seccft')).map((e) => e.log_id)).toEqual(notSeccft);
    const either = await search(`(type:sapi OR type:feccft) AND NOT client_id:${admin}`);
    expect(either.map((e) => e.log_id)).toEqual(
      all.filter((e) => (e.type === 'sapi' || e.type === 'feccft') && e.client_id !== admin).map((e) => e.log_id),
    );
  });

  it('date:[a TO b] with * for open ends, and a bare date for a whole day', async () => {
    const middle = all[Math.floor(all.length / 2)]?.date ?? '';
    const newer = await search(`date:[${middle} TO *]`, '&sort=date:1');
    expect(newer[0]?.date).toBe(middle);
    expect(newer.every((e) => e.date >= middle)).toBe(true);
    const older = await search(`type:seccft AND date:[* TO ${middle}]`);
    expect(older.every((e) => e.date <= middle && e.type === 'seccft')).toBe(true);
    const day = middle.slice(0, 10);
    const sameDay = all.filter((e) => e.date.startsWith(day)).length;
    expect((await search(`date:${day}`)).length).toBe(Math.min(sameDay, 100));
  });

  it.each([
    ['user_id:auth0|1', /unknown field "user_id"/],
    ['(type:sapi', /parenthes/],
    ['type:sapi)', /parenthes|dangling/],
    ['hello', /expected field:value/],
    ['type:sapi AND', /ends where a term/],
    ['type:[a TO b]', /ranges are supported on date only/],
    ['date:[yesterday TO *]', /not an ISO 8601 date/],
    ['client_name:"unterminated', /unterminated/],
  ])('refuses %s with 400 invalid_query_string', async (query, message) => {
    await expectError(await tenant.call(q(query)), 400, 'invalid_query_string', message);
  });

  it('fields and include_fields project each event', async () => {
    const only = await json<Record<string, unknown>[]>(
      await tenant.call('/api/v2/logs?fields=log_id,type&include_fields=true&per_page=3'),
    );
    expect(only.map((e) => Object.keys(e).sort())).toEqual([['log_id', 'type'], ['log_id', 'type'], ['log_id', 'type']]);
    const without = await json<Record<string, unknown>[]>(
      await tenant.call('/api/v2/logs?fields=details,user_agent&include_fields=false&per_page=3'),
    );
    // Only searchable fields (the description's pattern and the docs' list) may be named.
    await expectError(await tenant.call('/api/v2/logs?fields=log_id,audience'), 400, 'invalid_query_string', /fields/);
    expect(without.every((e) => !('details' in e) && !('user_agent' in e) && 'log_id' in e)).toBe(true);
  });

  it('per_page is 0 to 100; unknown parameters are refused', async () => {
    await expectError(await tenant.call('/api/v2/logs?per_page=101'), 400, 'invalid_query_string', /maximum 100/);
    // per_page has minimum 0 in the description: an empty page.
    expect(await json<LogEvent[]>(await tenant.call('/api/v2/logs?per_page=0'))).toEqual([]);
    await expectError(await tenant.call('/api/v2/logs?per_page=-1'), 400, 'invalid_query_string');
    await expectError(await tenant.call('/api/v2/logs?user_id=x'), 400, 'invalid_query_string', /Additional properties/);
  });

  it('include_totals=true wraps the page as {start, limit, length, total, logs}', async () => {
    const res = await tenant.call(`${q('type:sapi')}&page=0&include_totals=true`.replace('per_page=100', 'per_page=2'));
    const body = await json<{ start: number; limit: number; length: number; total: number; logs: LogEvent[] }>(res);
    expect(body).toMatchObject({ start: 0, limit: 2, length: 2, total: all.filter((e) => e.type === 'sapi').length });
    expect(body.logs).toHaveLength(2);
  });

  it('a search pages through at most 1,000 results', async () => {
    expect((await tenant.call('/api/v2/logs?per_page=100&page=9')).status).toBe(200);
    await expectError(await tenant.call('/api/v2/logs?per_page=100&page=10'), 400, 'invalid_query_string', /1000/);
    await expectError(await tenant.call('/api/v2/logs?per_page=50&page=20'), 400, 'invalid_query_string', /checkpoint/);
  });
});

describe('GET /api/v2/logs/{id}', () => {
  it('returns one event, and 404 for an unknown id', async () => {
    const event = all[3];
    expect(await json<LogEvent>(await tenant.call(`/api/v2/logs/${event?.log_id ?? ''}`))).toEqual(event);
    await expectError(await tenant.call('/api/v2/logs/90000000000000000000000000000000'), 404, 'inexistent_log');
  });
});
