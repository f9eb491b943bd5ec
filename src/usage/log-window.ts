/**
 * What the logs can prove. Auth0 keeps logs for a few days to a month depending on the plan (§12),
 * so "never used" can only ever mean "not in the logs we could read": every sentence says which logs.
 */
export type LogWindow = {
  /** Epoch ms of the oldest event the tenant returned; undefined when it returned none (or we could not tell). */
  oldest?: number;
};

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}

/**
 * "the last 30 days of logs": rounded DOWN, so the claim is never longer than what the oldest event
 * proves; "the logs available" when the start is unknown.
 */
export function windowPhrase(window: LogWindow, now: number): string {
  if (window.oldest === undefined) return 'the logs available';
  const span = Math.max(0, now - window.oldest);
  if (span >= DAY) return `the last ${plural(Math.floor(span / DAY), 'day')} of logs`;
  if (span >= HOUR) return `the last ${plural(Math.floor(span / HOUR), 'hour')} of logs`;
  if (span >= MINUTE) return `the last ${plural(Math.floor(span / MINUTE), 'minute')} of logs`;
  return 'the logs available';
}

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

export function formatLogDate(epochMs: number): string {
  return dateFormat.format(epochMs);
}

/** "Logs cover the last 30 days (since Nov 1, 2026, 10:00 AM)." */
export function windowSentence(window: LogWindow, now: number): string {
  if (window.oldest === undefined) return 'The tenant returned no log events, so how far back its logs go is unknown.';
  return `Logs cover ${windowPhrase(window, now).replace(/ of logs$/, '')} (since ${formatLogDate(window.oldest)}).`;
}

/** Epoch ms of an event's ISO date, or undefined for a date that does not parse. */
export function eventTime(date: string): number | undefined {
  const time = Date.parse(date);
  return Number.isNaN(time) ? undefined : time;
}
