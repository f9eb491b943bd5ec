import { describe, expect, it } from 'vitest';
import { DEFAULT_ADMIN_CLIENT_ID } from './defaults.ts';
import type { LogEvent } from './log-store.ts';
import { tokenGrants } from './seed-log-parts.ts';
import { MAX_SCALE_TOKEN_EVENTS, buildSeedLogs } from './seed-logs.ts';
import { buildSeed, type SeedSpec } from './seed.ts';

// Seeded log history: deterministic, consistent with the grants, and leaving the grants untouched.

const ctx = { managementAudience: 'https://127.0.0.1:4010/api/v2/' };
const logCtx = { ...ctx, domain: '127.0.0.1:4010' };
const NOW = Date.parse('2026-12-01T12:00:00Z');
const DAY = 86_400_000;

function build(spec: SeedSpec): { logs: LogEvent[]; data: ReturnType<typeof buildSeed> } {
  const data = buildSeed(spec, ctx);
  return { data, logs: buildSeedLogs(spec, data, logCtx, NOW) };
}

describe('seeded log history', () => {
  it('is deterministic and leaves the seeded grants and apps exactly as they were', () => {
    const { data, logs } = build({ kind: 'demo' });
    expect(data).toEqual(buildSeed({ kind: 'demo' }, ctx));
    expect(buildSeedLogs({ kind: 'demo' }, data, logCtx, NOW)).toEqual(logs);
    expect(buildSeedLogs({ kind: 'empty' }, buildSeed({ kind: 'empty' }, ctx), logCtx, NOW)).toEqual([]);
  });

  it('demo: tokens for most client grants over weeks, newest within hours, and some grants unused in the window', () => {
    const { data, logs } = build({ kind: 'demo' });
    const ids = logs.map((e) => e.log_id);
    expect([...ids].sort()).toEqual(ids);
    const inWindow = logs.filter((e) => e.type === 'seccft' && Date.parse(e.date) >= NOW - 30 * DAY);
    const used = new Set(inWindow.map((e) => `${e.client_id ?? ''}|${e.audience ?? ''}`));
    const candidates = tokenGrants(data);
    const unused = candidates.filter(({ grant }) => !used.has(`${grant.client_id ?? ''}|${grant.audience}`));
    expect(unused.length).toBeGreaterThanOrEqual(2);
    expect(unused.length).toBeLessThan(candidates.length / 10);
    expect(Math.min(...inWindow.map((e) => NOW - Date.parse(e.date)))).toBeLessThan(6 * 3_600_000);
    expect(Math.max(...logs.map((e) => NOW - Date.parse(e.date)))).toBeGreaterThan(30 * DAY);
    // Each token carries the scopes of its grant.
    const grantOf = (e: LogEvent) => candidates.find((c) => c.client.client_id === e.client_id && c.grant.audience === e.audience)?.grant;
    const listed = inWindow.filter((e) => e.client_id !== DEFAULT_ADMIN_CLIENT_ID && !grantOf(e)?.allow_all_scopes);
    expect(listed.length).toBeGreaterThan(100);
    expect(listed.every((e) => e.scope === grantOf(e)?.scope?.join(' '))).toBe(true);
  });

  it('demo: past scope changes with request bodies, by different apps including the admin app, and by a dashboard user', () => {
    const { data, logs } = build({ kind: 'demo' });
    const sapi = logs.filter((e) => e.type === 'sapi');
    const callers = new Set(sapi.map((e) => e.client_name));
    expect(callers.has('Grants Dashboard (admin)')).toBe(true);
    expect(callers.has('Terraform Provisioner')).toBe(true);
    const request = (e: LogEvent) => (e.details as { request: { method: string; path: string; body: unknown; channel: string } }).request;
    expect(sapi.filter((e) => request(e).method === 'patch' && 'scope' in (request(e).body as object)).length).toBeGreaterThanOrEqual(2);
    expect(sapi.filter((e) => request(e).method === 'post').length).toBeGreaterThanOrEqual(2);
    expect(sapi.some((e) => request(e).method === 'delete')).toBe(true);
    expect(sapi.some((e) => request(e).channel === 'https://manage.auth0.com/')).toBe(true);
    // The last change to a grant leaves it as it is now.
    const patched = sapi.filter((e) => request(e).method === 'patch');
    for (const event of patched) {
      const id = request(event).path.split('/').at(-1);
      const response = (event.details as { response: { body: unknown } }).response.body;
      expect(response).toEqual(data.grants.find((g) => g.id === id));
    }
  });

  it('scale: bounded, one or two tokens per used grant', () => {
    const { logs } = build({ kind: 'scale', grants: 30_000 });
    const seccft = logs.filter((e) => e.type === 'seccft');
    expect(seccft.length).toBe(MAX_SCALE_TOKEN_EVENTS);
    expect(logs.length).toBeLessThan(MAX_SCALE_TOKEN_EVENTS + 20);
    const small = build({ kind: 'scale', grants: 200 });
    expect(small.logs.filter((e) => e.type === 'sapi').length).toBeGreaterThan(0);
  });
});
