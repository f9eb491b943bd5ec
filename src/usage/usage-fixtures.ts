import type { LogEvent } from '../api/logs';

// Events shaped as §12 describes, for the usage folder's tests.
export const APP = 'app_billing';
export const API = 'https://api.example.com/';
export const NOW = Date.UTC(2026, 11, 1, 12, 0, 0);
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

let next = 1;
const logId = () => String(900_000 + next++);
const iso = (epochMs: number) => new Date(epochMs).toISOString();

export function seccft(at: number, clientId = APP, audience = API, scope = 'read:x'): LogEvent {
  return { log_id: logId(), date: iso(at), type: 'seccft', client_id: clientId, client_name: 'Billing', audience, scope, ip: '10.0.0.9' };
}

type Sapi = { method: string; path: string; body?: unknown; response?: unknown; actor?: string; actorName?: string; status?: number };

export function sapi(at: number, { method, path, body, response, actor = 'app_admin', actorName = 'Admin tool', status = 200 }: Sapi): LogEvent {
  return {
    log_id: logId(),
    date: iso(at),
    type: 'sapi',
    client_id: actor,
    client_name: actorName,
    ip: '203.0.113.5',
    description: 'Some wording that must not matter',
    details: {
      request: { method: method.toLowerCase(), path, query: {}, body, ip: '203.0.113.5', auth: { strategy: 'jwt', credentials: { jti: 'j', scopes: [] } } },
      response: { statusCode: status, body: response },
    },
  };
}

export const grantBody = (id: string, scope: string[], extra: Record<string, unknown> = {}) => ({
  id,
  client_id: APP,
  audience: API,
  scope,
  subject_type: 'client',
  ...extra,
});
