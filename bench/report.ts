import type { ActionRequests } from './network.ts';
import type { ActionRun, PrefetchRun } from './measure-actions.ts';
import type { ViewRun } from './measure-views.ts';
import type { TenantBench } from './measure-tenant.ts';
import type { BundleSizes } from './setup.ts';
import { bulkLines, bulkVerdicts, type BulkResults } from './report-bulk.ts';
import { compareLines, compareVerdicts, type CompareResults } from './report-compare.ts';
import { indexLines, indexVerdicts, type IndexResults } from './report-index.ts';
import { scaleLines, scaleVerdicts, type ScaleResults } from './report-scale.ts';
import { kb, ms, range, summarize, type Summary } from './stats.ts';

// Turns the runs into figures, budget verdicts and bench/RESULTS.md. Pure: no I/O here.

export type Results = ScaleResults & IndexResults & BulkResults & CompareResults & {
  views: ViewRun[];
  actions: ActionRun[];
  prefetched: PrefetchRun[];
  bundle: BundleSizes;
  tenant: TenantBench | { error: string };
};
export type Meta = { date: string; cpu: string; cores: number; memoryGb: number; node: string; chromium: string; durationS: number };
export type Verdict = { budget: string; limit: string; measured: string; pass: boolean };

const of = <T>(runs: T[], pick: (run: T) => number): Summary => summarize(runs.map(pick));

// Issue #12: the React build's budgets (production runs React and react-dom, like the tests).
export const budgets = { initialJsKb: 235, firstRowsRatio: 3.5, prefetchedMs: 50, heapRatio: 1.5 };

export function verdicts(r: Results): Verdict[] {
  const initialJs = Math.max(of(r.views, (v) => v.connectViewJs).median, of(r.views, (v) => v.firstViewJs).median);
  const ratio = of(r.views, (v) => v.stayedCold).median / of(r.views, (v) => v.baselineCold).median;
  const prefetched = of(r.prefetched, (p) => p.nextPage).median;
  const heap = of(r.actions, (a) => a.heap20 / a.heapFirst).median;
  const duplicates = Math.max(0, ...allRequests(r).flatMap(([, reqs]) => reqs.map((q) => q.duplicates)));
  return [
    { budget: 'Initial JS (gzip, first view)', limit: `≤ ${budgets.initialJsKb} KB`, measured: kb(initialJs), pass: initialJs <= budgets.initialJsKb * 1024 },
    { budget: 'Time to first rows vs baseline (stayed connected, cold)', limit: `≤ ${budgets.firstRowsRatio}×`, measured: `${ratio.toFixed(2)}×`, pass: ratio <= budgets.firstRowsRatio },
    { budget: 'Prefetched next page visible after the click', limit: `≤ ${budgets.prefetchedMs} ms`, measured: ms(prefetched), pass: prefetched <= budgets.prefetchedMs },
    { budget: 'Requests made twice for the same data in one action (worst action)', limit: '0', measured: String(duplicates), pass: duplicates === 0 },
    { budget: 'Heap after 20 pages / after the first', limit: `≤ ${budgets.heapRatio}×`, measured: `${heap.toFixed(2)}×`, pass: heap <= budgets.heapRatio },
    ...scaleVerdicts(r),
    ...indexVerdicts(r),
    ...bulkVerdicts(r),
    ...compareVerdicts(r),
  ];
}

function allRequests(r: Results): [string, ActionRequests[]][] {
  const rows: [string, ActionRequests[]][] = [
    ['Connect to local tenant → first view (rate limit off)', r.views.map((v) => v.connectRequests)],
    ['First view, stayed connected (reload)', r.views.map((v) => v.firstViewRequests)],
    ['Baseline first view', r.views.map((v) => v.baselineRequests)],
    ['Next page, not prefetched (rate limit off)', r.actions.map((a) => a.nextPageRequests)],
    ['Filter change (API)', r.actions.map((a) => a.filterRequests)],
    ['Open the Create dialog', r.actions.map((a) => a.createOpenRequests)],
    ['Create a grant (fill the form, submit)', r.actions.flatMap((a) => (a.createRequests ? [a.createRequests] : []))],
    ['Connect → first view (rate-limit headers sent)', r.prefetched.map((p) => p.firstViewRequests)],
    ['Next page, prefetched (rate-limit headers sent)', r.prefetched.map((p) => p.requests)],
  ];
  return rows;
}

const count = (x: number) => x.toFixed(Number.isInteger(x) ? 0 : 1);

function requestTable(r: Results): string[] {
  const lines = ['| Action | API requests | Duplicates (max) | Requests (last run) |', '|---|---|---|---|'];
  for (const [name, reqs] of allRequests(r)) {
    const last = reqs.at(-1);
    const calls = last ? summarizeCalls(last) : '';
    lines.push(
      `| ${name} | ${range(summarize(reqs.map((q) => q.api)), count)} | ${Math.max(0, ...reqs.map((q) => q.duplicates))} | ${calls} |`,
    );
  }
  return lines;
}

/** "GET client-grants ×2, POST oauth/token" — paths only, the query and origin dropped. */
function summarizeCalls(reqs: ActionRequests): string {
  const counts = new Map<string, number>();
  for (const call of reqs.calls) {
    const path = new URL(call.url).pathname.replace(/^\/(api\/v2\/)?/, '');
    const key = `${call.method} ${path}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([k, n]) => (n > 1 ? `${k} ×${n}` : k)).join(', ');
}

export function markdown(r: Results, meta: Meta): string {
  const v = r.views;
  const a = r.actions;
  const base = of(v, (x) => x.baselineCold).median;
  const baseWarm = of(v, (x) => x.baselineWarm).median;
  const ratio = (s: Summary, to: number) => `${(s.median / to).toFixed(2)}×`;
  const stayedCold = of(v, (x) => x.stayedCold);
  const stayedWarm = of(v, (x) => x.stayedWarm);
  const connectToRows = of(v, (x) => x.connectToRows);
  const fig = (name: string, s: Summary, unit: (x: number) => string, vs = '') => `| ${name} | ${range(s, unit)} | ${vs} |`;
  const bytes = (x: number) => kb(x);
  const lines = [
    '# Benchmark results',
    '',
    `Written by \`npm run bench\` on ${meta.date}. Every figure below comes from that run.`,
    '',
    `- Machine: ${meta.cpu}, ${meta.cores} cores, ${meta.memoryGb} GB RAM (shared with other work: expect noise)`,
    `- Node ${meta.node}, Chromium ${meta.chromium} (headless, Playwright), ${v.length} runs of the view figures (1–2) and ${r.prefetched.length} of the prefetched next page, ${r.actions.length} of the others, bench took ${meta.durationS} s`,
    '- Local tenant `scale:10000` (10 000 grants, 1 000 apps, 100 APIs) in its own process on loopback; dashboard served gzip by `scripts/serve-dashboard.ts`.',
    '',
    '## Budgets',
    '',
    '| Budget | Limit | Measured (median) | Verdict |',
    '|---|---|---|---|',
    ...verdicts(r).map((x) => `| ${x.budget} | ${x.limit} | ${x.measured} | ${x.pass ? 'pass' : '**FAIL**'} |`),
    '',
    '## Figures — median (min – max)',
    '',
    '| Figure | Value | vs baseline |',
    '|---|---|---|',
    fig('1. Initial JS on the wire, connect form (gzip)', of(v, (x) => x.connectViewJs), bytes),
    fig('1. Initial CSS on the wire, connect form (gzip)', of(v, (x) => x.connectViewCss), bytes),
    fig('1. Initial JS on the wire, first grants view (gzip)', of(v, (x) => x.firstViewJs), bytes),
    fig('1. Initial CSS on the wire, first grants view (gzip)', of(v, (x) => x.firstViewCss), bytes),
    `| 1. All JS in assets/ (raw / gzip) | ${kb(r.bundle.jsRaw)} / ${kb(r.bundle.jsGzip)} in ${r.bundle.files.filter((f) => f.name.endsWith('.js')).length} files | |`,
    `| 1. All CSS in assets/ (raw / gzip) | ${kb(r.bundle.cssRaw)} / ${kb(r.bundle.cssGzip)} | |`,
    fig('2. Navigation → first rows, stayed connected, cold cache', stayedCold, ms, ratio(stayedCold, base)),
    fig('2. Navigation → first rows, stayed connected, warm cache', stayedWarm, ms, ratio(stayedWarm, baseWarm)),
    fig('2. Baseline: navigation → first rows, cold cache', of(v, (x) => x.baselineCold), ms, '1×'),
    fig('2. Baseline: navigation → first rows, warm cache', of(v, (x) => x.baselineWarm), ms, '1×'),
    fig('2. Click Connect to local tenant → first rows', connectToRows, ms, ratio(connectToRows, base)),
    fig('3. Next page → rows, prefetched (limit 1000/s, headers sent)', of(r.prefetched, (x) => x.nextPage), ms),
    fig('3. Next page → rows, not prefetched (rate limit off)', of(a, (x) => x.nextPage), ms),
    fig('3. Next page → rows, pages 3–20 (per-run median of 18 clicks)', of(a, (x) => x.pagingMedian), ms),
    fig('3. Filter change (API option click) → rows', of(a, (x) => x.filter), ms),
    fig('5. JS heap after the first page (after GC)', of(a, (x) => x.heapFirst), bytes),
    fig('5. JS heap after 20 pages (after GC)', of(a, (x) => x.heap20), bytes),
    fig('5. Heap ratio 20 pages / first page', of(a, (x) => x.heap20 / x.heapFirst), (x) => `${x.toFixed(2)}×`),
    '',
    ...timelineLines(v),
    '## 4. API requests per action (to the tenant origin)',
    '',
    ...requestTable(r),
    '',
    ...createNote(a),
    ...scaleLines(r),
    '## 7. The tenant index (issue #13)',
    '',
    ...indexLines(r),
    '',
    '## 8. Bulk scope changes (issue #15)',
    '',
    ...bulkLines(r),
    '',
    '## 9. Compare (issue #27)',
    '',
    ...compareLines(r),
    '',
    '## 6. Local tenant list latency at scale:100000',
    '',
    ...tenantLines(r.tenant),
    '',
    '## Largest files in assets/ (gzip)',
    '',
    '| File | Raw | Gzip |',
    '|---|---|---|',
    ...r.bundle.files.slice(0, 12).map((f) => `| ${f.name} | ${kb(f.raw)} | ${kb(f.gzip)} |`),
    '',
    ...method,
  ];
  return lines.join('\n') + '\n';
}

function timelineLines(v: ViewRun[]): string[] {
  const at = (pick: (x: ViewRun) => number) => ms(of(v, pick).median);
  return [
    '### Where the cold stayed-connected load goes (medians, ms since navigation start, Resource Timing)',
    '',
    '| Page | client-grants request starts | its response ends | rows painted | last name (clients / APIs) arrives |',
    '|---|---|---|---|---|',
    `| Dashboard | ${at((x) => x.stayedTimeline.listStart)} | ${at((x) => x.stayedTimeline.listEnd)} | ${at((x) => x.stayedTimeline.rows)} | ${at((x) => x.stayedTimeline.namesEnd)} |`,
    `| Baseline | ${at((x) => x.baselineTimeline.listStart)} | ${at((x) => x.baselineTimeline.listEnd)} | ${at((x) => x.baselineTimeline.rows)} | — |`,
    '',
  ];
}

function createNote(a: ActionRun[]): string[] {
  const errors = a.flatMap((x) => (x.createError ? [x.createError] : []));
  return errors.length ? [`Creating a grant failed in ${errors.length} run(s): ${errors[0]}`, ''] : [];
}

function tenantLines(t: TenantBench | { error: string }): string[] {
  if ('error' in t) return [`Not measured: ${t.error}`];
  return [
    `\`local-tenant/bench.ts 100000\` (own process, rate limit off): ready in ${t.readyMs} ms; 200 sequential requests per kind after 20 warm-ups; ${t.memory}.`,
    '',
    '| Request | Median | p95 |',
    '|---|---|---|',
    ...t.latencies.map((l) => `| ${l.kind} | ${ms(l.median)} | ${ms(l.p95)} |`),
  ];
}

const method = [
  '## Method',
  '',
  '- `npm run bench` (`tsx bench/run.ts`) builds the production bundle (React and react-dom, as admins run it) with Vite into',
  '  `bench/results/dist` (so it never races `dist/`),',
  '  copies `bench/baseline.html` + `bench/baseline.js` beside it, and serves both from the same gzip static server the app uses.',
  '- Each run uses a fresh Playwright browser context. Timing is taken **inside the page**: an init script installs a',
  '  MutationObserver that watches the grant ids in the row buttons (accessible name `Open grant <id>`); when they appear or',
  '  change, the next `requestAnimationFrame` callback stamps `performance.now()` (the frame that paints them). Navigation',
  '  times are that stamp (0 = navigation start, `performance.timeOrigin`); click times are the stamp minus the click',
  "  event's `timeStamp` (same clock), so Playwright's own round trips are not in any figure. The page reports each stamp",
  '  through a binding (`context.exposeBinding`) and Node waits for that, evaluating nothing in the page while it loads:',
  "  Playwright's first evaluation in a document injects its utility script (~50 ms of main-thread work on this machine).",
  '- Stayed connected: the run connects once with **Stay connected in this tab** (token in sessionStorage), then navigates the',
  '  same tab again. "Cold" disables the HTTP cache through CDP (`Network.setCacheDisabled`); "warm" re-enables it (the assets',
  '  were cached by the first visit; the baseline is loaded once more first, as its script was never cached). The baseline is loaded the same way in the same tab right after, reading the same',
  '  sessionStorage token and fetching `client-grants?include_totals=true&page=0&per_page=25` once — the floor.',
  '- Bytes: `request.sizes().responseBodySize` of every script/stylesheet response until the first view is shown (rows for',
  '  the grants view; the Connect button plus settled network for the connect form), i.e. the gzip body on the wire.',
  '  `assets/` totals gzip every file with zlib (default level, like the server).',
  "- Prefetch: the app prefetches the next page when its pacer sees headroom: in `x-ratelimit-*` when the page may read them,",
  "  else in its own estimate of the bucket. The prefetched case runs against a second tenant with `{ burst: 1000, perSecond:",
  "  1000 }` that exposes the headers (`--expose-rate-limit-headers`) and clicks Next only after the page-2 request finished.",
  "  Every other figure uses rate limit off (no headers at all); there the estimate may also prefetch, so a \"not prefetched\"",
  '  Next can find its page already loading or loaded.',
  '- Requests: every request to the tenant origin between the action and a quiet network (names shown in the rows where the action loads them, then nothing in flight for 300 ms);',
  "  a duplicate is a second request with the same method and URL in one action. CORS preflights are not counted: Chromium",
  "  sends them from its network service and Playwright reports no event for them. \"Create a grant\" spans filling the form",
  '  (the uniqueness check) and submitting it.',
  '- Heap: after `HeapProfiler.collectGarbage` (twice), `Runtime.getHeapUsage().usedSize` with the first page shown, and again',
  '  after clicking Next 19 times (20 pages seen). The filter change picks the third API in the API select after that.',
  '- Figure 6 runs `local-tenant/bench.ts 100000` as its own process after the browser work (medians over 200 requests).',
  '- The scale:100000 read (section 7) is timed in the page on both sides: the loop by its own `performance.now()`, the',
  '  app from its first Management API request (resource timing) to just after "Tenant read" shows. No Playwright request',
  '  events there: they make the browser and the driver work for every request, which only the app\'s side used to pay.',
  '  The loop goes first in odd runs and second in even, and every read is followed by a 2 s pause.',
];
