const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];
const format = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

/**
 * "just now", "2 minutes ago", "3 hours ago": how old something read from the tenant is. Clocks disagree by
 * seconds, so up to a minute ahead is still "just now"; a date further ahead says so ("3 hours in the future"):
 * calling it "just now" made a forged or mis-dated log event look like the newest thing that happened.
 */
export function relativeTime(then: number, now: number): string {
  const elapsed = now - then;
  for (const [unit, ms] of units) {
    if (elapsed >= ms) return format.format(-Math.floor(elapsed / ms), unit);
    if (-elapsed >= ms) {
      const ahead = Math.floor(-elapsed / ms);
      return `${ahead} ${unit}${ahead === 1 ? '' : 's'} in the future`;
    }
  }
  return 'just now';
}
