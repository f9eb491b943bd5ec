/**
 * The tenant's refill rate, read from its x-ratelimit-remaining over time when the browser may see it. Between
 * two answers the bucket gained what `remaining` rose plus the tokens the requests answered in between
 * spent. `remaining` is a whole number (the bucket holds up to one token more), so one token is counted
 * less: the rate errs slow, never into a 429. The window starts again whenever the bucket is (nearly) full,
 * since a full bucket stops refilling, and grows from there, so the figure gets better as a read goes on.
 * Without it, the only clock is `x-ratelimit-reset`, in whole seconds: a read drained the bucket, then
 * stalled until the next second (0.7 s on average at 16/s), and so did a click made meanwhile.
 */
// Half a second and 8 tokens: at 16/s a read from a full bucket of 50 has measured the rate before it drains
// the bucket, and the token counted less costs an eighth at most. Where others spend the same bucket, the
// rate left to us is what is measured, and 8 tokens take longer to come: until then the reset header rules.
export const MIN_WINDOW_MS = 500;
export const MIN_GAINED = 8;

export function refillMeter() {
  let start: { at: number; remaining: number; spent: number } | undefined;
  let spent = 0;
  return {
    /** One answer's headers; `tokenSpent`: its request took a token. The rate per second once measurable. */
    sample(at: number, remaining: number, limit: number, tokenSpent: boolean): number | undefined {
      if (tokenSpent) spent++;
      if (remaining >= limit - 1) {
        start = undefined;
        return undefined;
      }
      if (!start) {
        start = { at, remaining, spent };
        return undefined;
      }
      const elapsed = at - start.at;
      const gained = remaining - start.remaining + (spent - start.spent);
      if (elapsed < MIN_WINDOW_MS || gained < MIN_GAINED) return undefined;
      return (gained - 1) / (elapsed / 1000);
    },
    /** Forget the window (after a 429: what was measured let it through). */
    restart(): void {
      start = undefined;
    },
  };
}
