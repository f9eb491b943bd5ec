// Where the app's scale:100000 read spends the page's main thread: a CPU profile of one read (no rate limit), its
// self time summed per function and mapped to the source through the built bundle's source maps. Not part of
// `npm run bench`; run `npm run bench` (or `BENCH_ONLY=scale npm run bench`) first for bench/results/dist, then
// `npx tsx bench/profile-scale-read.ts`. The figures are wall-clock samples: on a 2-core machine shared with the
// tenant process, everything is inflated alike.
import { connectToAccess, startSeededSite, waitRead, watchApi } from './measure-index';
import { launchBrowser } from './setup';

import { readFileSync } from 'node:fs';
import { SourceMapConsumer } from 'source-map-js';
const where = (key: string) => {
  const m = /(\S+\.js):(\d+):(\d+)$/.exec(key);
  if (!m) return '';
  try {
    const map = new SourceMapConsumer(JSON.parse(readFileSync(`bench/results/dist/assets/${m[1]}.map`, 'utf8')));
    const pos = map.originalPositionFor({ line: Number(m[2]) + 1, column: Number(m[3]) });
    return `${pos.source?.split('/').slice(-2).join('/')}:${pos.line} ${pos.name ?? ''}`;
  } catch { return '?'; }
};
const site = await startSeededSite('scale:100000:orgs=0', [], 'off');
const browser = await launchBrowser();
try {
  const context = await browser.newContext();
  const page = await context.newPage();
  const counts = watchApi(page);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  await connectToAccess(page, site.url);
  await waitRead(page, 300_000);
  const appMs = performance.now() - counts.firstAt;
  const { profile } = await cdp.send('Profiler.stop');
  console.log('app', Math.round(appMs));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  const dt = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (dt[i] ?? 0)));
  const agg = new Map<string, number>();
  for (const [id, us] of self) {
    const n = byId.get(id)!;
    const f = n.callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}:${f.columnNumber}`;
    agg.set(key, (agg.get(key) ?? 0) + us);
  }
  const total = [...agg.values()].reduce((a, b) => a + b, 0);
  console.log('total sampled ms', Math.round(total / 1000));
  [...agg.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25).forEach(([k, us]) => console.log(String(Math.round(us / 1000)).padStart(6), k, where(k)));
} finally {
  await browser.close();
  await site.close();
}
