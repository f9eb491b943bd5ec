// Where the app's scale:100000 read spends the page's main thread: a CPU profile of one read (no rate limit), its
// self time summed per function and mapped to the source through the built bundle's source maps. Not part of
// `npm run bench`; run `npm run bench` (or `BENCH_ONLY=scale npm run bench`) first for bench/results/dist, then
// `npx tsx bench/profile-scale-read.ts`. The figures are wall-clock samples: on a 2-core machine shared with the
// tenant process, everything is inflated alike. It prints timings and function names only (the local tenant's
// admin token stays inside the browser page).
import { readFileSync } from 'node:fs';
import { SourceMapConsumer } from 'source-map-js';
import { connectToAccess, readTimeInPage, RESOURCE_ENTRIES, startSeededSite, waitRead } from './measure-index';
import { launchBrowser, outDir } from './setup';

const TOP = 25;

// One consumer per bundle file: most of the top functions share a chunk, and a map is megabytes of JSON.
const maps = new Map<string, SourceMapConsumer | undefined>();
function mapFor(file: string): SourceMapConsumer | undefined {
  if (!maps.has(file)) {
    try {
      maps.set(file, new SourceMapConsumer(JSON.parse(readFileSync(`${outDir}/assets/${file}.map`, 'utf8'))));
    } catch {
      maps.set(file, undefined);
    }
  }
  return maps.get(file);
}

/** `file.js:line:column` (0-based, as the profile gives them) → `dir/source.ts:line name`. */
function sourceOf(key: string): string {
  const match = /(\S+\.js):(\d+):(\d+)$/.exec(key);
  const map = match && mapFor(match[1]!);
  if (!match || !map) return '';
  const position = map.originalPositionFor({ line: Number(match[2]) + 1, column: Number(match[3]) });
  return `${position.source?.split('/').slice(-2).join('/')}:${position.line} ${position.name ?? ''}`;
}

/** What is read of the DevTools protocol's `Profiler.Profile`. */
type Frame = { functionName: string; url: string; lineNumber: number; columnNumber: number };
type Profile = { nodes: { id: number; callFrame: Frame }[]; samples?: number[]; timeDeltas?: number[] };

/** Self time (µs) per function, from the profile's samples. */
function selfTimes(profile: Profile): Map<string, number> {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const deltas = profile.timeDeltas ?? [];
  const byFunction = new Map<string, number>();
  (profile.samples ?? []).forEach((id, i) => {
    const frame = nodes.get(id)!.callFrame;
    const key = `${frame.functionName || '(anon)'} ${frame.url.split('/').pop()}:${frame.lineNumber}:${frame.columnNumber}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + (deltas[i] ?? 0));
  });
  return byFunction;
}

const site = await startSeededSite('scale:100000:orgs=0', [], 'off');
const browser = await launchBrowser();
try {
  const context = await browser.newContext();
  // Timed in the page, as the bench times it (measure-index.ts): no Playwright request events.
  await context.addInitScript({ content: `performance.setResourceTimingBufferSize(${RESOURCE_ENTRIES})` });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  await connectToAccess(page, site.url);
  await waitRead(page, 300_000);
  const { appMs } = await page.evaluate(readTimeInPage);
  const { profile } = await cdp.send('Profiler.stop');
  const times = selfTimes(profile);
  const total = [...times.values()].reduce((sum, us) => sum + us, 0);
  console.log(`app read ${Math.round(appMs)} ms; sampled ${Math.round(total / 1000)} ms`);
  const top = [...times.entries()].sort((a, b) => b[1] - a[1]).slice(0, TOP);
  for (const [key, us] of top) console.log(String(Math.round(us / 1000)).padStart(6), key, sourceOf(key));
} finally {
  await browser.close();
  await site.close();
}
