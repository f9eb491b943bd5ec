import type { TenantProcess } from '../../scripts/local-tenant-process.ts';
import { callApi, getToken, type Grant } from './tenant-api.ts';

export type LogEvent = {
  log_id: string;
  type: string;
  client_id?: string;
  audience?: string;
  details?: {
    request?: { method?: string; path?: string };
    response?: { statusCode?: number; body?: { id?: string } };
  };
};

/**
 * Every event the tenant's logs hold, read the way a careful script would: checkpoint pages from the
 * oldest until an empty page (Auth0 answers 0–100 events per page: a short page is not the end).
 */
export async function allLogEvents(tenant: TenantProcess): Promise<LogEvent[]> {
  const token = await getToken(tenant);
  const events: LogEvent[] = [];
  for (let from = ''; ;) {
    const page = await callApi<LogEvent[]>(tenant, `logs?take=100${from ? `&from=${from}` : ''}`, { token });
    if (page.length === 0) return events;
    events.push(...page);
    from = page.at(-1)!.log_id;
  }
}

/** "client_id audience" of every client-credentials token in the logs. */
export function usedKeys(events: LogEvent[]): Set<string> {
  return new Set(events.filter((e) => e.type === 'seccft').map((e) => `${e.client_id} ${e.audience}`));
}

/** Grants whose creation is in the logs (a 2xx POST /api/v2/client-grants): too new to be called unused. */
export function createdInLogs(events: LogEvent[]): Set<string> {
  const ids = new Set<string>();
  for (const { type, details } of events) {
    const status = details?.response?.statusCode ?? 0;
    const id = details?.response?.body?.id;
    const created =
      type === 'sapi' &&
      details?.request?.method?.toUpperCase() === 'POST' &&
      details.request.path === '/api/v2/client-grants';
    if (created && status >= 200 && status < 300 && id) ids.add(id);
  }
  return ids;
}

/** Every grant the dashboard may call unused: a client grant of an app, no token in the logs, not created in them. */
export function unusedGrants(grants: Grant[], events: LogEvent[]): Grant[] {
  const used = usedKeys(events);
  const created = createdInLogs(events);
  return grants.filter(
    (g) =>
      g.client_id &&
      g.subject_type === 'client' &&
      !g.is_system &&
      !used.has(`${g.client_id} ${g.audience}`) &&
      !created.has(g.id),
  );
}
