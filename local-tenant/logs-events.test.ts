import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ADMIN_CLIENT_ID, READ_ONLY_CLIENT_ID, READ_ONLY_CLIENT_SECRET } from './defaults.ts';
import type { LogEvent } from './log-store.ts';
import { FILE_NAME } from './persistence.ts';
import { json, startTestTenant, type GrantJson, type TestTenant } from './test-helpers.ts';

// The events the tenant writes itself (seccft/feccft, sapi), persistence and the retention window.

let tenant: TestTenant;
let dir: string;

const DAY = 86_400_000;
const newest = async (t: TestTenant, query: string, count = 1): Promise<LogEvent[]> =>
  json<LogEvent[]>(await t.call(`/api/v2/logs?q=${encodeURIComponent(query)}&per_page=${count}`));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'local-tenant-logs-'));
  tenant = await startTestTenant({ dataDir: dir });
});

afterAll(async () => {
  await tenant.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('events of the token endpoint', () => {
  it('a token issued writes seccft with the app, audience, granted scopes, IP and user agent', async () => {
    await tenant.token(READ_ONLY_CLIENT_ID, READ_ONLY_CLIENT_SECRET);
    const [event] = await newest(tenant, `type:seccft AND client_id:${READ_ONLY_CLIENT_ID}`);
    expect(event).toMatchObject({
      type: 'seccft',
      description: 'Client Credentials for Access Token',
      client_id: READ_ONLY_CLIENT_ID,
      client_name: 'Grants Auditor (read-only)',
      audience: tenant.audience,
      scope:
        'read:client_grants read:clients read:resource_servers read:logs read:organizations read:organization_client_grants',
      ip: '127.0.0.1',
      hostname: tenant.domain,
      tenant_name: 'local-tenant',
    });
    expect(typeof event?.user_agent).toBe('string');
    expect(Date.now() - Date.parse(event?.date ?? '')).toBeLessThan(60_000);
  });

  it('a refused exchange writes feccft saying why', async () => {
    const res = await fetch(`${tenant.url}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        grant_type: 'client_credentials',
        client_id: READ_ONLY_CLIENT_ID,
        client_secret: READ_ONLY_CLIENT_SECRET,
        audience: 'https://orders.example.com/',
      }),
    });
    expect(res.status).toBe(403);
    const [event] = await newest(tenant, 'type:feccft');
    expect(event).toMatchObject({ type: 'feccft', client_id: READ_ONLY_CLIENT_ID, audience: 'https://orders.example.com/' });
    expect(event?.description).toMatch(/not authorized to access "https:\/\/orders.example.com\/"/);
    await fetch(`${tenant.url}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ grant_type: 'client_credentials', client_id: READ_ONLY_CLIENT_ID, client_secret: 'wrong-secret' }),
    });
    expect((await newest(tenant, 'type:feccft'))[0]?.description).toBe('Unauthorized');
  });
});

describe('events of the grant endpoints', () => {
  it('POST, PATCH and DELETE each write sapi naming the caller, with the request body and the response', async () => {
    const apps = await json<{ client_id: string; name: string }[]>(await tenant.call('/api/v2/clients?per_page=100'));
    const app = apps.find((a) => a.name === 'Inventory Sync');
    const body = { client_id: app?.client_id, audience: 'https://loyalty.example.com/', scope: ['read:points'] };
    const created = await json<GrantJson>(await tenant.call('/api/v2/client-grants', { method: 'POST', json: body }));
    const patch = { scope: ['read:points', 'update:points'] };
    const updated = await json<GrantJson>(
      await tenant.call(`/api/v2/client-grants/${created.id}`, { method: 'PATCH', json: patch }),
    );
    expect((await tenant.call(`/api/v2/client-grants/${created.id}`, { method: 'DELETE' })).status).toBe(204);
    const [remove, update, create] = await newest(tenant, `type:sapi AND client_id:${DEFAULT_ADMIN_CLIENT_ID}`, 3);
    const auth = { strategy: 'jwt', credentials: { jti: expect.stringMatching(/^[0-9a-f]{32}$/), scopes: expect.arrayContaining(['create:client_grants']) } };
    const request = { query: {}, channel: 'api', ip: '127.0.0.1', auth };
    expect(create).toMatchObject({
      type: 'sapi',
      description: 'Create client grant',
      client_id: DEFAULT_ADMIN_CLIENT_ID,
      client_name: 'Grants Dashboard (admin)',
      details: {
        request: { method: 'post', path: '/api/v2/client-grants', body, ...request },
        response: { statusCode: 201, body: created },
      },
    });
    expect(update).toMatchObject({
      description: 'Update client grant',
      details: {
        request: { method: 'patch', path: `/api/v2/client-grants/${created.id}`, body: patch, ...request },
        response: { statusCode: 200, body: updated },
      },
    });
    expect(remove).toMatchObject({
      description: 'Delete client grant',
      details: { request: { method: 'delete', path: `/api/v2/client-grants/${created.id}` }, response: { statusCode: 204 } },
    });
  });

  it('a refused write writes no sapi', async () => {
    const before = await newest(tenant, 'type:sapi');
    const res = await tenant.call('/api/v2/client-grants', { method: 'POST', json: { audience: 'https://nowhere.example/' } });
    expect(res.status).toBe(400);
    expect(await newest(tenant, 'type:sapi')).toEqual(before);
  });
});

describe('persistence and retention', () => {
  it('events survive a restart', async () => {
    const before = await json<LogEvent[]>(await tenant.call('/api/v2/logs?per_page=20'));
    await tenant.close();
    tenant = await startTestTenant({ dataDir: dir });
    const after = await json<LogEvent[]>(await tenant.call('/api/v2/logs?per_page=21'));
    // The restarted tenant's first token request is the newest event now.
    expect(after.slice(1).map((e) => e.log_id)).toEqual(before.map((e) => e.log_id));
    expect(after.every((e) => e.hostname === tenant.domain)).toBe(true);
  });

  it('events older than the window are gone, and --log-retention-days moves the window', async () => {
    await tenant.close();
    const file = JSON.parse(readFileSync(join(dir, FILE_NAME), 'utf8')) as { logs: LogEvent[] };
    const old = { ...file.logs[0], date: new Date(Date.now() - 40 * DAY).toISOString(), log_id: '900000000000000000000000000000', type: 'sapi' };
    writeFileSync(join(dir, FILE_NAME), JSON.stringify({ ...file, logs: [old, ...file.logs] }));
    tenant = await startTestTenant({ dataDir: dir, logRetentionDays: 60 });
    expect((await tenant.call(`/api/v2/logs/${old.log_id}`)).status).toBe(200);
    await tenant.close();
    tenant = await startTestTenant({ dataDir: dir });
    expect((await tenant.call(`/api/v2/logs/${old.log_id}`)).status).toBe(404);
    const oldest = await json<LogEvent[]>(await tenant.call('/api/v2/logs?sort=date:1&per_page=1'));
    expect(Date.now() - Date.parse(oldest[0]?.date ?? '')).toBeLessThan(30 * DAY);
  });

  it('a data file written before logs existed still loads, with no events', async () => {
    await tenant.close();
    const file = JSON.parse(readFileSync(join(dir, FILE_NAME), 'utf8')) as { logs?: unknown };
    delete file.logs;
    writeFileSync(join(dir, FILE_NAME), JSON.stringify(file));
    tenant = await startTestTenant({ dataDir: dir });
    const logs = await json<LogEvent[]>(await tenant.call('/api/v2/logs'));
    expect(logs.map((e) => e.type)).toEqual(['seccft']);
  });
});
