import { measurePacedRead, type PacedRead } from './measure-index.ts';
import { measureOrganizationsRead, type OrganizationsRead } from './measure-organizations.ts';
import { indexBudgets, organizationsLines, organizationsVerdicts } from './report-index.ts';
import { buildBundle, launchBrowser } from './setup.ts';

// `BENCH_ONLY=organizations,paced npm run bench`: only the named index measurements, once per header mode
// (BENCH_RUNS times), printed with their verdicts; RESULTS.md and results/last.json are left alone.
// organizations: 1,000 organizations and 10,000 associations at 50/16; paced: the grants' read at 50/16.

const only = new Set((process.env.BENCH_ONLY ?? '').split(',').map((name) => name.trim()));
const known = ['organizations', 'paced'];
const unknown = [...only].filter((name) => !known.includes(name));
if (unknown.length > 0) throw new Error(`BENCH_ONLY: unknown ${unknown.join(', ')}; use ${known.join(', ')}`);
const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 1));

console.log('building the production bundle');
await buildBundle();
const browser = await launchBrowser();
const organizations: OrganizationsRead[] = [];
const paced: PacedRead[] = [];
try {
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
console.log(JSON.stringify({ organizations, paced }));
