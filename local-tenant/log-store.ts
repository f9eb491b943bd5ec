// Tenant log events (GET /api/v2/logs). Kept sorted by log_id, and log_ids sort in time order, so the
// oldest events sit at the front: retention drops a prefix, and new events append at the end.

export type LogEvent = {
  date: string;
  type: string;
  description: string;
  client_id?: string;
  client_name?: string;
  ip: string;
  user_agent?: string;
  hostname: string;
  /** seccft of a token issued for an organization. */
  organization_id?: string;
  organization_name?: string;
  audience?: string;
  scope?: string;
  details?: Record<string, unknown>;
  log_id: string;
  tenant_name: string;
};

export type NewLogEvent = Omit<LogEvent, 'log_id' | 'date'>;

export const DEFAULT_LOG_RETENTION_DAYS = 30;
export const TENANT_NAME = 'local-tenant';
const DAY_MS = 86_400_000;

/** "900" + 16-digit milliseconds + 12-digit sequence: fixed width, so string order is time order. */
export function makeLogId(ms: number, sequence: number): string {
  return `900${String(ms).padStart(16, '0')}${String(sequence % 1e12).padStart(12, '0')}`;
}

const msOf = (logId: string): number => Number(logId.slice(3, 19));
const sequenceOf = (logId: string): number => Number(logId.slice(19));

export class LogStore {
  private events: LogEvent[] = [];
  private readonly byId = new Map<string, LogEvent>();
  private lastMs = 0;
  private sequence = 0;
  readonly retentionDays: number;
  private readonly now: () => number;

  constructor(events: readonly LogEvent[], retentionDays = DEFAULT_LOG_RETENTION_DAYS, now = Date.now) {
    this.retentionDays = retentionDays;
    this.now = now;
    this.events = [...events].sort((a, b) => (a.log_id < b.log_id ? -1 : a.log_id > b.log_id ? 1 : 0));
    for (const event of this.events) this.byId.set(event.log_id, event);
    const last = this.events.at(-1);
    if (last) {
      this.lastMs = msOf(last.log_id);
      this.sequence = sequenceOf(last.log_id) + 1;
    }
    this.prune();
  }

  /** Drops the events older than the retention window; returns what is left, oldest first. */
  prune(): readonly LogEvent[] {
    const cutoff = this.now() - this.retentionDays * DAY_MS;
    let keep = 0;
    while (keep < this.events.length && Date.parse(this.events[keep]?.date ?? '') < cutoff) keep++;
    if (keep > 0) {
      for (const event of this.events.slice(0, keep)) this.byId.delete(event.log_id);
      this.events = this.events.slice(keep);
    }
    return this.events;
  }

  get(id: string): LogEvent | undefined {
    this.prune();
    return this.byId.get(id);
  }

  /** Gives the event a date (now, or `at` for seeded history in time order) and a log_id, and appends it. */
  append(event: NewLogEvent, at = this.now()): LogEvent {
    this.prune();
    // A clock that steps back must not break the order of log_ids.
    this.lastMs = Math.max(this.lastMs, at);
    const full: LogEvent = { date: new Date(at).toISOString(), ...event, log_id: makeLogId(this.lastMs, this.sequence++) };
    this.events.push(full);
    this.byId.set(full.log_id, full);
    return full;
  }

  /** Undo of append (a failed write to disk). */
  remove(event: LogEvent): void {
    const at = this.events.lastIndexOf(event);
    if (at >= 0) this.events.splice(at, 1);
    this.byId.delete(event.log_id);
  }

  snapshot(): LogEvent[] {
    return [...this.prune()];
  }
}
