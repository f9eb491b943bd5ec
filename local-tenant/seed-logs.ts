import { DEFAULT_ADMIN_CLIENT_ID } from './defaults.ts';
import { SECCFT_DESCRIPTION } from './log-events.ts';
import { makeLogId, type LogEvent } from './log-store.ts';
import { createRandom } from './prng.ts';
import { scopeChanges } from './seed-log-changes.ts';
import { baseEvent, tokenGrants, type SeedLogContext, type SeedTools, type TimedEvent } from './seed-log-parts.ts';
import type { SeedSpec } from './seed.ts';
import type { Client, Grant, TenantData } from './types.ts';

// Seeded log history: weeks of client-credentials token issuances (seccft) for most client grants,
// a few grants never used in the window, and a few past scope changes (sapi). Drawn from a PRNG of its
// own, so the grants, apps and ids every other test counts on stay exactly as before.


const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** History reaches 45 days back: older than the default 30-day window, so retention has something to drop. */
export const HISTORY_DAYS = 45;
/** Bounded so scale:N seeds stay fast and their data file stays small. */
export const MAX_SCALE_TOKEN_EVENTS = 20_000;
const IPS = ['203.0.113.10', '203.0.113.24', '198.51.100.7', '198.51.100.42', '192.0.2.15'];
const AGENTS = ['node-fetch/1.0 (+https://github.com/bitinn/node-fetch)', 'axios/1.7.2', 'Go-http-client/2.0', 'python-requests/2.32.3'];

function grantedScope(data: TenantData, grant: Grant): string {
  if (!grant.allow_all_scopes) return (grant.scope ?? []).join(' ');
  const server = data.resourceServers.find((s) => s.identifier === grant.audience);
  return (server?.scopes ?? []).map((s) => s.value).join(' ');
}

/**
 * The organization a seeded token of a `require` grant was issued for: its first associated organization,
 * else (allow_any_organization) the tenant's first. Chosen without the PRNG, so the rest of the history is
 * unchanged. The one `require` grant that no organization can use gets none: its tokens predate the change.
 */
function organizationOf(data: TenantData, grant: Grant): { organization_id: string; organization_name: string } | undefined {
  if (grant.organization_usage !== 'require') return undefined;
  const linked = data.organizationGrants?.find((link) => link.grant_id === grant.id)?.organization_id;
  const org =
    linked !== undefined
      ? data.organizations?.find((o) => o.id === linked)
      : grant.allow_any_organization === true
        ? data.organizations?.[0]
        : undefined;
  return org ? { organization_id: org.id, organization_name: org.name } : undefined;
}

function seccft(tools: SeedTools, grant: Grant, client: Client, at: number, scope: string): TimedEvent {
  const { random } = tools;
  return {
    at,
    event: {
      type: 'seccft',
      description: SECCFT_DESCRIPTION,
      client_id: client.client_id,
      client_name: client.name,
      ...baseEvent(tools, random.pick(IPS), random.pick(AGENTS)),
      ...organizationOf(tools.data, grant),
      audience: grant.audience,
      scope,
    },
  };
}

/**
 * Demo: every token grant but the unused ones gets 1–12 tokens over the history, two thirds of them
 * with the newest within the last 6 hours. Three grants have none in the window: one was never used,
 * two only 35–44 days ago (inside the history, outside the default window). The admin and read-only
 * apps are always "used", as every session of the dashboard uses them.
 */
function demoTokens(tools: SeedTools): TimedEvent[] {
  const { random, data, now } = tools;
  const adminId = tools.ctx.adminClientId ?? DEFAULT_ADMIN_CLIENT_ID;
  const { candidates } = tools;
  const others = candidates.filter((c) => c.grant.audience !== tools.ctx.managementAudience || c.client.client_id !== adminId);
  const unused = new Set<Grant>();
  while (unused.size < 3) unused.add(random.pick(others.filter((c) => c.grant.audience !== tools.ctx.managementAudience)).grant);
  const events: TimedEvent[] = [];
  let stale = 0;
  for (const { grant, client } of candidates) {
    const scope = grantedScope(data, grant);
    if (unused.has(grant)) {
      // The first unused grant has no event at all; the others were last used before the window.
      if (stale++ > 0) events.push(seccft(tools, grant, client, now - (35 + random.int(10)) * DAY, scope));
      continue;
    }
    const count = 1 + random.int(12);
    for (let i = 0; i < count; i++) events.push(seccft(tools, grant, client, now - random.int(HISTORY_DAYS * DAY), scope));
    if (random.int(3) > 0) events.push(seccft(tools, grant, client, now - random.int(6 * HOUR), scope));
  }
  return events;
}

/** Scale: at most one or two tokens per grant and at most MAX_SCALE_TOKEN_EVENTS; every tenth grant unused. */
function scaleTokens(tools: SeedTools): TimedEvent[] {
  const { random, data, now } = tools;
  const events: TimedEvent[] = [];
  const { candidates } = tools;
  for (let i = 0; i < candidates.length && events.length < MAX_SCALE_TOKEN_EVENTS; i++) {
    const pair = candidates[i];
    if (!pair || i % 10 === 9) continue;
    const scope = grantedScope(data, pair.grant);
    events.push(seccft(tools, pair.grant, pair.client, now - random.int(HISTORY_DAYS * DAY), scope));
    if (i % 3 === 0) events.push(seccft(tools, pair.grant, pair.client, now - random.int(6 * HOUR), scope));
  }
  return events;
}

/** Same spec and context → the same events (dates relative to `now`). Empty seeds have no history. */
export function buildSeedLogs(spec: SeedSpec, data: TenantData, ctx: SeedLogContext, now = Date.now()): LogEvent[] {
  if (spec.kind === 'empty') return [];
  const random = createRandom(spec.kind === 'scale' ? `logs:scale:${spec.grants}` : 'logs:demo');
  const tools: SeedTools = { random, ctx, data, now, candidates: tokenGrants(data) };
  const timed = [...(spec.kind === 'demo' ? demoTokens(tools) : scaleTokens(tools)), ...scopeChanges(tools)];
  timed.sort((a, b) => a.at - b.at);
  return timed.map(({ at, event }, i) => ({ date: new Date(at).toISOString(), ...event, log_id: makeLogId(at, i) }));
}
