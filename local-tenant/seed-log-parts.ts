import { TENANT_NAME, type NewLogEvent } from './log-store.ts';
import type { Random } from './prng.ts';
import type { Client, Grant, TenantData } from './types.ts';

// What the seeded log history (seed-logs.ts, seed-log-changes.ts) shares.

export type SeedLogContext = { managementAudience: string; adminClientId?: string | undefined; domain: string };
export type TimedEvent = { at: number; event: NewLogEvent };
export type TokenGrant = { grant: Grant; client: Client };
/** `candidates`: tokenGrants(data), computed once (it walks every grant). */
export type SeedTools = { random: Random; ctx: SeedLogContext; data: TenantData; now: number; candidates: TokenGrant[] };

/** The fields every seeded event has, in the order the tenant's own events list them. */
export function baseEvent(
  tools: SeedTools,
  ip: string,
  userAgent: string,
): Pick<NewLogEvent, 'ip' | 'user_agent' | 'hostname' | 'tenant_name'> {
  return { ip, user_agent: userAgent, hostname: tools.ctx.domain, tenant_name: TENANT_NAME };
}

/** Client grants an app could have used to get a token: its app and API exist and it uses client credentials. */
export function tokenGrants(data: TenantData): TokenGrant[] {
  const clients = new Map(data.clients.map((c) => [c.client_id, c]));
  const audiences = new Set(data.resourceServers.map((s) => s.identifier));
  const out: TokenGrant[] = [];
  for (const grant of data.grants) {
    const client = grant.client_id === undefined ? undefined : clients.get(grant.client_id);
    if (grant.subject_type !== 'client' || !client || !audiences.has(grant.audience)) continue;
    if (client.grant_types.includes('client_credentials')) out.push({ grant, client });
  }
  return out;
}
