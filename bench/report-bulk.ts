import type { BulkRun } from './measure-bulk.ts';
import { range, summarize, type Summary } from './stats.ts';

// Issue #15: a 500-grant bulk scope change under the default rate limit, against its floor. Pure.

export type BulkResults = { bulk: BulkRun[] };
type Verdict = { budget: string; limit: string; measured: string; pass: boolean };

// The same allowances as the index read (report-index.ts): the batch runs in the same background lane.
export const bulkBudgets = { exposedRatio: 1.2, hiddenRatio: 1.5 };

const of = (runs: BulkRun[], pick: (run: BulkRun) => number): Summary => summarize(runs.map(pick));
const ratio = (x: number) => `${x.toFixed(2)}×`;
const runsWith = (r: BulkResults, headers: BulkRun['headers']) =>
  r.bulk.filter((run) => run.headers === headers);

export function bulkVerdicts(r: BulkResults): Verdict[] {
  const verdicts: Verdict[] = [];
  for (const headers of ['exposed', 'hidden'] as const) {
    const runs = runsWith(r, headers);
    if (runs.length === 0) continue;
    const measured = of(runs, (x) => x.ms / x.floorMs).median;
    const limit = headers === 'exposed' ? bulkBudgets.exposedRatio : bulkBudgets.hiddenRatio;
    verdicts.push({
      budget: `Bulk change of 500 grants at 50/16, headers ${headers}, vs the floor`,
      limit: `≤ ${limit}×`,
      measured: ratio(measured),
      pass: measured <= limit,
    });
  }
  const failed = Math.max(0, ...r.bulk.map((x) => x.failed));
  verdicts.push({
    budget: 'Bulk change: requests that failed (worst run)',
    limit: '0',
    measured: String(failed),
    pass: failed === 0,
  });
  return verdicts;
}

export function bulkLines(r: BulkResults): string[] {
  const seconds = (x: number) => `${(x / 1000).toFixed(1)} s`;
  const count = (x: number) => x.toFixed(0);
  const lines = ['| Figure | Value |', '|---|---|'];
  for (const headers of ['exposed', 'hidden'] as const) {
    const runs = runsWith(r, headers);
    if (runs.length === 0) continue;
    const fig = (name: string, pick: (run: BulkRun) => number, unit: (x: number) => string) =>
      `| Bulk change of 500 grants at 50/16, headers ${headers}: ${name} | ${range(of(runs, pick), unit)} |`;
    lines.push(
      fig('time from Apply to the last result', (x) => x.ms, seconds),
      fig('floor ((requests − 50) ÷ 16)', (x) => x.floorMs, seconds),
      fig('ratio to the floor', (x) => x.ms / x.floorMs, ratio),
      fig('requests (re-read, PATCH, read-back per grant)', (x) => x.requests, count),
      fig('429s received', (x) => x.status429, count),
    );
  }
  return lines;
}
