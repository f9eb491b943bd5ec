import type { Browser } from '@playwright/test';
import { measurePacedRead, measureScaleReads, type PacedRead, type ScaleRead } from './measure-index.ts';
import { measureCompareReads, measureDiffRows, type CompareRead, type DiffRowsRun } from './measure-compare.ts';
import { measureOrganizationsRead, type OrganizationsRead } from './measure-organizations.ts';
import { measureViews, type ViewRun } from './measure-views.ts';
import { installProbe } from './probe.ts';
import { budgets } from './report.ts';
import { compareLines, compareVerdicts } from './report-compare.ts';
import { indexBudgets, organizationsLines, organizationsVerdicts } from './report-index.ts';
import { buildBundle, launchBrowser, startSite, stopSite } from './setup.ts';

// `BENCH_ONLY=compare,organizations,paced npm run bench`: only the named index measurements, once per header mode
// (BENCH_RUNS times), printed with their verdicts; RESULTS.md and results/last.json are left alone.
// organizations: 1,000 organizations and 10,000 associations at 50/16; paced: the grants' read at 50/16;
// scale: the scale:100000 read next to a plain fetch loop; views: the initial JS of the connect form and first view;
// compare: two scale:10000 tenants compared at 50/16, and a diff of 10,000 rows (first rows, scrolling).

const only = new Set((process.env.BENCH_ONLY ?? '').split(',').map((name) => name.trim()));
const known = ['compare', 'organizations', 'paced', 'scale', 'views'];
const unknown = [...only].filter((name) => !known.includes(name));
if (unknown.length > 0) throw new Error(`BENCH_ONLY: unknown ${unknown.join(', ')}; use ${known.join(', ')}`);
const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 1));

console.log('building the production bundle');
await buildBundle();
const browser = await launchBrowser();
const organizations: OrganizationsRead[] = [];
const paced: PacedRead[] = [];
const scale: ScaleRead[] = [];
const views: ViewRun[] = [];
const compare: CompareRead[] = [];
const diffRows: DiffRowsRun[] = [];
try {
  if (only.has('compare')) {
    compare.push(...(await measureCompareReads(browser, runs)));
    diffRows.push(...(await measureDiffRows(browser, runs)));
  }
  if (only.has('scale')) scale.push(...(await measureScaleReads(browser, runs)));
  if (only.has('views')) views.push(await measureOnce(browser));
  for (let run = 0; run < runs; run++) {
    for (const headers of ['exposed', 'hidden'] as const) {
      if (only.has('organizations')) organizations.push(await measureOrganizationsRead(browser, headers));
      if (only.has('paced')) paced.push(await measurePacedRead(browser, headers));
    }
  }
} finally {
  await browser.close().catch(() => undefined);
}
const ratio = (x: number) => `${x.toFixed(2)}×`;
for (const read of scale) {
  console.log(`scale:100000 read: app ${(read.appMs / 1000).toFixed(1)} s, loop ${(read.loopMs / 1000).toFixed(1)} s: ${ratio(read.appMs / read.loopMs)} (≤ ${indexBudgets.scaleRatio}×)`);
}
for (const view of views) {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(`initial JS gzip: connect form ${kb(view.connectViewJs)}, first grants view ${kb(view.firstViewJs)} (≤ ${budgets.initialJsKb} KB)`);
  if (view.firstViewJs / 1024 > budgets.initialJsKb) process.exitCode = 1;
}
for (const read of paced) {
  const limit = read.headers === 'exposed' ? indexBudgets.exposedRatio : indexBudgets.hiddenRatio;
  console.log(`paced grants read, headers ${read.headers}: ${(read.ms / 1000).toFixed(1)} s, floor ${(read.floorMs / 1000).toFixed(1)} s, ${read.requests} requests, ${read.status429} 429s: ${ratio(read.ms / read.floorMs)} (≤ ${limit}×)`);
}
if (organizations.length > 0) {
  console.log(['| Figure | Value |', '|---|---|', ...organizationsLines(organizations)].join('\n'));
  const verdicts = organizationsVerdicts(organizations);
  for (const v of verdicts) console.log(`${v.pass ? 'pass' : 'MISS'}: ${v.budget}: ${v.measured} (limit ${v.limit})`);
  if (verdicts.some((v) => !v.pass)) process.exitCode = 1;
}
if (compare.length + diffRows.length > 0) {
  console.log(compareLines({ compare, diffRows }).join('\n'));
  const verdicts = compareVerdicts({ compare, diffRows });
  for (const v of verdicts) console.log(`${v.pass ? 'pass' : 'MISS'}: ${v.budget}: ${v.measured} (limit ${v.limit})`);
  if (verdicts.some((v) => !v.pass)) process.exitCode = 1;
}
console.log(JSON.stringify({ organizations, paced, scale, compare, diffRows }));

/** One measureViews run in a fresh context with the timing probe, on a scale:10000 site without a rate limit. */
async function measureOnce(browser: Browser): Promise<ViewRun> {
  const site = await startSite('off');
  const context = await browser.newContext();
  await installProbe(context);
  try {
    return await measureViews(context, site);
  } finally {
    await context.close();
    await stopSite(site);
  }
}
