import type { PacedRead, ScaleRead, SearchRun } from './measure-index.ts';
import type { OrganizationsRead } from './measure-organizations.ts';
import { ms, range, summarize, type Summary } from './stats.ts';

// Issue #13: the tenant index's read under the rate limit and at scale, and the Access view's long tasks. Pure.

export type IndexResults = { paced: PacedRead[]; scale: ScaleRead[]; search: SearchRun[]; organizations: OrganizationsRead[] };
type Verdict = { budget: string; limit: string; measured: string; pass: boolean };

export const indexBudgets = { exposedRatio: 1.2, hiddenRatio: 1.5, scaleRatio: 1.3, longTaskMs: 100, organizationsRatio: 1.3 };

const of = <T>(runs: T[], pick: (run: T) => number): Summary => summarize(runs.map(pick));
const worst = <T>(runs: T[], pick: (run: T) => number) => Math.max(0, ...runs.map(pick));
const ratio = (x: number) => `${x.toFixed(2)}×`;

function paced(results: IndexResults, headers: PacedRead['headers']): PacedRead[] {
  return results.paced.filter((r) => r.headers === headers);
}

export function indexVerdicts(r: IndexResults): Verdict[] {
  const floorRatio = (runs: PacedRead[]) => of(runs, (x) => x.ms / x.floorMs).median;
  const exposed = floorRatio(paced(r, 'exposed'));
  const hidden = floorRatio(paced(r, 'hidden'));
  const failed = worst(r.paced, (x) => x.failed);
  const scale = of(r.scale, (x) => x.appMs / x.loopMs).median;
  const search = worst(r.search, (x) => x.longestTaskMs);
  const scroll = worst(r.search, (x) => x.scrollLongestTaskMs);
  const limitMs = indexBudgets.longTaskMs;
  return [
    { budget: 'Index read, scale:10000 at 50/16, headers exposed, vs the floor', limit: `≤ ${indexBudgets.exposedRatio}×`, measured: ratio(exposed), pass: exposed <= indexBudgets.exposedRatio },
    { budget: 'Index read, scale:10000 at 50/16, headers hidden, vs the floor', limit: `≤ ${indexBudgets.hiddenRatio}×`, measured: ratio(hidden), pass: hidden <= indexBudgets.hiddenRatio },
    { budget: 'Index read: requests that failed (worst run)', limit: '0', measured: String(failed), pass: failed === 0 },
    { budget: 'Index read, scale:100000, no limit, vs a plain sequential fetch loop', limit: `≤ ${indexBudgets.scaleRatio}×`, measured: ratio(scale), pass: scale <= indexBudgets.scaleRatio },
    ...organizationsVerdicts(r.organizations),
    { budget: 'Scope search after the index is ready: longest task (worst run)', limit: `≤ ${limitMs} ms`, measured: ms(search), pass: search <= limitMs },
    { budget: 'Access matrix scrolling: longest task (worst run)', limit: `≤ ${limitMs} ms`, measured: ms(scroll), pass: scroll <= limitMs },
  ];
}

/** Issue #26: 1,000 organizations and 10,000 associations at 50/16, each header mode against the floor. */
export function organizationsVerdicts(runs: OrganizationsRead[]): Verdict[] {
  const limit = indexBudgets.organizationsRatio;
  const verdicts: Verdict[] = [];
  for (const headers of ['exposed', 'hidden'] as const) {
    const mode = runs.filter((x) => x.headers === headers);
    if (mode.length === 0) continue;
    const median = of(mode, (x) => x.ms / x.floorMs).median;
    verdicts.push({ budget: `Index read of 1,000 organizations and 10,000 associations at 50/16, headers ${headers}, vs the floor`, limit: `≤ ${limit}×`, measured: ratio(median), pass: median <= limit });
  }
  const incomplete = runs.filter((x) => x.organizations !== 1000 || x.failed > 0).length;
  verdicts.push({ budget: 'Organizations read: runs that did not read all 1,000, or had failed requests', limit: '0', measured: String(incomplete), pass: incomplete === 0 });
  return verdicts;
}

/** The organizations read's figures, per header mode. */
export function organizationsLines(runs: OrganizationsRead[]): string[] {
  const seconds = (x: number) => `${(x / 1000).toFixed(1)} s`;
  const lines: string[] = [];
  for (const headers of ['exposed', 'hidden'] as const) {
    const mode = runs.filter((x) => x.headers === headers);
    if (mode.length === 0) continue;
    const name = `1,000 organizations, 10,000 associations at 50/16, headers ${headers}`;
    lines.push(
      `| ${name}: time | ${range(of(mode, (x) => x.ms), seconds)} |`,
      `| ${name}: floor ((requests − 429s − 50) ÷ 16) | ${range(of(mode, (x) => x.floorMs), seconds)} |`,
      `| ${name}: ratio to the floor | ${range(of(mode, (x) => x.ms / x.floorMs), ratio)} |`,
      `| ${name}: requests | ${range(of(mode, (x) => x.requests), (x) => x.toFixed(0))} |`,
      `| ${name}: 429s received | ${range(of(mode, (x) => x.status429), (x) => x.toFixed(0))} |`,
    );
  }
  return lines;
}

export function indexLines(r: IndexResults): string[] {
  const fig = (name: string, s: Summary, unit: (x: number) => string = ms) => `| ${name} | ${range(s, unit)} |`;
  const seconds = (x: number) => `${(x / 1000).toFixed(1)} s`;
  const count = (x: number) => x.toFixed(0);
  const kb = (x: number) => `${(x / 1024).toFixed(1)} MB`;
  const lines = ['| Figure | Value |', '|---|---|'];
  for (const headers of ['exposed', 'hidden'] as const) {
    const runs = paced(r, headers);
    lines.push(
      fig(`Index read at 50/16, headers ${headers}: time`, of(runs, (x) => x.ms), seconds),
      fig(`Index read at 50/16, headers ${headers}: floor ((requests − 50) ÷ 16)`, of(runs, (x) => x.floorMs), seconds),
      fig(`Index read at 50/16, headers ${headers}: requests`, of(runs, (x) => x.requests), count),
      fig(`Index read at 50/16, headers ${headers}: 429s received`, of(runs, (x) => x.status429), count),
    );
  }
  lines.push(
    fig('Index read, scale:100000, no limit: the app', of(r.scale, (x) => x.appMs), seconds),
    fig('Index read, scale:100000, no limit: a plain sequential fetch loop (first in odd runs, second in even)', of(r.scale, (x) => x.loopMs), seconds),
    fig('Index read, scale:100000: JS heap afterwards (after GC)', of(r.scale, (x) => x.heapKb), kb),
    ...organizationsLines(r.organizations),
    fig('Scope chosen → holders shown (scale:10000)', of(r.search, (x) => x.answerMs)),
    fig('Scope search: longest task', of(r.search, (x) => x.longestTaskMs)),
    fig('Matrix wheel scrolling: longest task', of(r.search, (x) => x.scrollLongestTaskMs)),
  );
  return lines;
}
