import type { CompareRead, DiffRowsRun } from './measure-compare.ts';
import { ms, range, summarize, type Summary } from './stats.ts';

// Issue #27: comparing two tenants against the time their rate limits allow for reading both, and a diff of
// 10,000 rows (first rows, scrolling). Pure.

export type CompareResults = { compare: CompareRead[]; diffRows: DiffRowsRun[] };
type Verdict = { budget: string; limit: string; measured: string; pass: boolean };

export const compareBudgets = { readRatio: 1.3, firstRowsMs: 200, longTaskMs: 100 };

const of = <T>(runs: T[], pick: (run: T) => number): Summary => summarize(runs.map(pick));
const worst = <T>(runs: T[], pick: (run: T) => number) => Math.max(0, ...runs.map(pick));
const ratio = (x: number) => `${x.toFixed(2)}×`;
const seconds = (x: number) => `${(x / 1000).toFixed(1)} s`;
const count = (x: number) => x.toFixed(0);

export function compareVerdicts(r: CompareResults): Verdict[] {
  const verdicts: Verdict[] = [];
  if (r.compare.length > 0) {
    const read = of(r.compare, (x) => x.ms / x.floorMs).median;
    const failed = worst(r.compare, (x) => x.failed);
    verdicts.push(
      { budget: 'Compare two scale:10000 tenants, each at 50/16, vs the floor of reading both', limit: `≤ ${compareBudgets.readRatio}×`, measured: ratio(read), pass: read <= compareBudgets.readRatio },
      { budget: 'Compare two tenants: requests that failed (worst run)', limit: '0', measured: String(failed), pass: failed === 0 },
    );
  }
  if (r.diffRows.length > 0) {
    const first = of(r.diffRows, (x) => x.firstRowsMs).median;
    const scroll = worst(r.diffRows, (x) => x.scrollLongestTaskMs);
    verdicts.push(
      { budget: 'Diff of 10,000 rows: file chosen → first rows', limit: `≤ ${compareBudgets.firstRowsMs} ms`, measured: ms(first), pass: first <= compareBudgets.firstRowsMs },
      { budget: 'Diff of 10,000 rows: wheel scrolling, longest task (worst run)', limit: `≤ ${compareBudgets.longTaskMs} ms`, measured: ms(scroll), pass: scroll <= compareBudgets.longTaskMs },
    );
  }
  return verdicts;
}

export function compareLines(r: CompareResults): string[] {
  const fig = (name: string, s: Summary, unit: (x: number) => string) => `| ${name} | ${range(s, unit)} |`;
  const a = r.compare;
  const d = r.diffRows;
  const lines = ['| Figure | Value |', '|---|---|'];
  if (a.length > 0) {
    lines.push(
      fig('Two scale:10000 tenants at 50/16: first request → Differences final', of(a, (x) => x.ms), seconds),
      fig('Floor of reading both: max(floor A, offset B + floor B)', of(a, (x) => x.floorMs), seconds),
      fig('Ratio to the floor', of(a, (x) => x.ms / x.floorMs), ratio),
      fig('Floor of A ((requests − 429s − 50) ÷ 16)', of(a, (x) => x.floorAMs), seconds),
      fig('Floor of B ((requests − 429s − 50) ÷ 16)', of(a, (x) => x.floorBMs), seconds),
      fig("B's first request after A's (offset B)", of(a, (x) => x.offsetBMs), ms),
      fig("A's last answer after A's first request", of(a, (x) => x.lastAMs), seconds),
      fig("B's last answer after A's first request", of(a, (x) => x.lastBMs), seconds),
      fig('Requests to A', of(a, (x) => x.requestsA), count),
      fig('Requests to B', of(a, (x) => x.requestsB), count),
      fig('429s received (both)', of(a, (x) => x.status429), count),
      `| Counts shown at the end (last run) | ${a.at(-1)?.counts ?? ''} |`,
    );
  }
  if (d.length > 0) {
    lines.push(
      fig('Diff of 10,000 rows: file chosen → first data row painted', of(d, (x) => x.firstRowsMs), ms),
      fig('Diff of 10,000 rows: wheel scrolling, longest task', of(d, (x) => x.scrollLongestTaskMs), ms),
      fig('Rows drawn in Differences (by role, header included)', of(d, (x) => x.rowsDrawn), count),
      `| Counts shown (last run) | ${d.at(-1)?.counts ?? ''} |`,
    );
  }
  return [
    ...lines,
    '',
    '(a) Two local tenant processes seeded `scale:10000:orgs=0` (no organizations: their 300+ requests per tenant are not',
    'part of reading the grants, apps and APIs), each at 50/16 from a full bucket. The dashboard is connected to A and B',
    "through **Connect another tenant…** (Stay connected), then the tab is reloaded so both reads start again with nothing",
    'cached, and Source = A, Target = B are chosen. Time: from the first Management API request after the reload to the',
    'frame where the counts show and neither side says "Reading the tenant". Baseline, from the same run: the floor of',
    "both reads side by side, each tenant's requests at its own limit: max(floor A, offset B + floor B), where a floor is",
    "(requests − 429s − burst) ÷ rate and offset B is when B's first request went out after A's (B cannot be read before",
    'it is chosen). (b) Source = a `scale:10000:orgs=0` tenant (rate limit off, read first), Target = a JSON export',
    "holding no grant, so every grant is \"only in source\": from the file input's `change` event to the frame painting",
    'the first row holding a cell in the table named **Differences**; then 30 wheel steps over it with a `longtask`',
    'observer.',
  ];
}
