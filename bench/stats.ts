// Pure helpers: summaries of repeated samples and the figures' formatting.

export type Summary = { median: number; min: number; max: number; n: number };

export function summarize(samples: readonly number[]): Summary {
  const sorted = samples.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return { median: Number.NaN, min: Number.NaN, max: Number.NaN, n: 0 };
  const mid = Math.floor(n / 2);
  const median = n % 2 === 1 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return { median, min: sorted[0] ?? Number.NaN, max: sorted[n - 1] ?? Number.NaN, n };
}

export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

export function ms(value: number): string {
  return `${value.toFixed(value < 10 ? 1 : 0)} ms`;
}

/** "median (min–max)" with a unit formatter. */
export function range(s: Summary, unit: (x: number) => string): string {
  if (s.n === 0) return 'n/a';
  return `${unit(s.median)} (${unit(s.min)} – ${unit(s.max)})`;
}
