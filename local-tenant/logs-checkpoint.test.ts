import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { READ_ONLY_CLIENT_ID, READ_ONLY_CLIENT_SECRET } from './defaults.ts';
import type { LogEvent } from './log-store.ts';
import { expectError, json, startTestTenant, type GrantJson, type TestTenant } from './test-helpers.ts';

// Checkpoint mode (from, take, Link) on a scale seed with more events than a search can reach,
// and the read:logs scope.

let tenant: TestTenant;

beforeAll(async () => {
  tenant = await startTestTenant({ seed: 'scale:2000' });
});

afterAll(() => tenant.close());

const page = async (path: string): Promise<{ logs: LogEvent[]; link: string | null }> => {
  const res = await tenant.call(path);
  expect(res.status).toBe(200);
  return { logs: await json<LogEvent[]>(res), link: res.headers.get('link') };
};

describe('GET /api/v2/logs: checkpoint mode', () => {
  it('walks every event in log_id order past the 1,000 a search can reach, following the Link header', async () => {
    const seen: LogEvent[] = [];
    let next: string | null = '/api/v2/logs?from=&take=100';
    for (let guard = 0; next && guard < 100; guard++) {
      const { logs, link } = await page(next);
      if (logs.length === 0) break;
      seen.push(...logs);
      const match = link ? /^<https:\/\/[^/]+(\/api\/v2\/logs\?[^>]+)>; rel="next"$/.exec(link) : null;
      expect(match?.[1]).toBe(`/api/v2/logs?from=${logs.at(-1)?.log_id ?? ''}&take=100`);
      next = match?.[1] ?? null;
    }
    expect(seen.length).toBeGreaterThan(1000);
    const ids = seen.map((e) => e.log_id);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    const total = await json<{ total: number }>(await tenant.call('/api/v2/logs?include_totals=true&per_page=1'));
    expect(total.total).toBe(1000);
  });

  it('returns only events newer than from, at most take, and ignores every other parameter', async () => {
    const { logs: first } = await page('/api/v2/logs?take=5');
    expect(first).toHaveLength(5);
    const from = first[1]?.log_id ?? '';
    const { logs } = await page(`/api/v2/logs?from=${from}&take=3&q=${encodeURIComponent('nonsense(')}&sort=date:-1&per_page=1`);
    expect(logs.map((e) => e.log_id)).toEqual(first.slice(2, 5).map((e) => e.log_id));
    await expectError(await tenant.call(`/api/v2/logs?from=${from}&take=101`), 400, 'invalid_query_string', /take/);
  });
});

describe('read:logs', () => {
  it('is needed for the logs, and a token without it still reads grants', async () => {
    const token = await tenant.token(READ_ONLY_CLIENT_ID, READ_ONLY_CLIENT_SECRET);
    const [grant] = await json<GrantJson[]>(await tenant.call(`/api/v2/client-grants?client_id=${READ_ONLY_CLIENT_ID}`));
    const res = await tenant.call(`/api/v2/client-grants/${grant?.id ?? ''}`, {
      method: 'PATCH',
      json: { scope: ['read:client_grants', 'read:clients'] },
    });
    expect(res.status).toBe(200);
    const narrow = await tenant.token(READ_ONLY_CLIENT_ID, READ_ONLY_CLIENT_SECRET);
    const message = 'Insufficient scope, expected any of: read:logs,read:logs_users';
    await expectError(await tenant.call('/api/v2/logs', { token: narrow }), 403, 'insufficient_scope', message);
    await expectError(await tenant.call('/api/v2/logs/9001', { token: narrow }), 403, 'insufficient_scope', message);
    expect((await tenant.call('/api/v2/client-grants?per_page=1', { token: narrow })).status).toBe(200);
    expect((await tenant.call('/api/v2/clients?per_page=1', { token: narrow })).status).toBe(200);
    // The token issued before the change still carries read:logs.
    expect((await tenant.call('/api/v2/logs?per_page=1', { token })).status).toBe(200);
  });
});
