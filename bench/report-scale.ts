import type { NamesRun } from './measure-names.ts';
import type { PickerRun } from './measure-picker.ts';
import { ms, range, summarize, type Summary } from './stats.ts';

// Issue 17 §2 (size): the 1,000-scope picker and names at 10,000 apps — budgets, verdicts, figures. Pure.

export type ScaleResults = { picker: PickerRun[]; names: NamesRun[] };
type Verdict = { budget: string; limit: string; measured: string; pass: boolean };

export const scaleBudgets = { pickerOpenMs: 200, pickerInteractionMs: 50, reloadNamesAfterRowsMs: 100 };

const of = <T>(runs: T[], pick: (run: T) => number): Summary => summarize(runs.map(pick));
const max = <T>(runs: T[], pick: (run: T) => number) => Math.max(0, ...runs.map(pick));

export function scaleVerdicts({ picker, names }: ScaleResults): Verdict[] {
  const within = (name: string, s: Summary, limit: number): Verdict => ({
    budget: name,
    limit: `≤ ${limit} ms`,
    measured: ms(s.median),
    pass: s.median <= limit,
  });
  const interaction = scaleBudgets.pickerInteractionMs;
  const namesLag = of(names, (n) => n.reloadNames - n.reloadRows);
  const reloadReads = max(names, (n) => n.reloadClientsRequests);
  const repeats = max(names, (n) => n.clientsDuplicates);
  return [
    within('1,000-scope picker: API chosen → scopes shown', of(picker, (p) => p.open), scaleBudgets.pickerOpenMs),
    within('1,000-scope picker: checkbox click → checked', of(picker, (p) => p.check), interaction),
    within('1,000-scope picker: filter keystroke → list updated', of(picker, (p) => p.filterKey), interaction),
    within('1,000-scope picker: Select all → 1000 selected', of(picker, (p) => p.selectAll), interaction),
    within('10,000 apps, reload: visible rows named after the rows', namesLag, scaleBudgets.reloadNamesAfterRowsMs),
    { budget: '10,000 apps, reload: GET /clients requests (worst run)', limit: '0', measured: String(reloadReads), pass: reloadReads === 0 },
    { budget: '10,000 apps, connect: a /clients page read twice (worst run)', limit: '0', measured: String(repeats), pass: repeats === 0 },
  ];
}

export function scaleLines({ picker, names }: ScaleResults): string[] {
  const fig = (name: string, s: Summary, unit: (x: number) => string = ms) => `| ${name} | ${range(s, unit)} |`;
  const n = (x: number) => x.toFixed(0);
  const s = (x: number) => `${(x / 1000).toFixed(1)} s`;
  return [
    '## 7. Size (issue 17): the 1,000-scope picker, names at 10,000 apps — median (min – max)',
    '',
    '| Figure | Value |',
    '|---|---|',
    fig('7. Picker (scale seed, "Wide API (1,000 scopes)"): API option click → first scope painted', of(picker, (p) => p.open)),
    fig('7. Picker: checkbox click → selection count updated (per-run median of 5)', of(picker, (p) => p.check)),
    fig('7. Picker: filter keystroke → list updated (per-run median of 3)', of(picker, (p) => p.filterKey)),
    fig('7. Picker: Select all → 1000 of 1000 selected', of(picker, (p) => p.selectAll)),
    fig('7. 10,000 apps at 2 req/s: Connect → first rows', of(names, (x) => x.connectRows)),
    fig('7. 10,000 apps: Connect → every visible row named', of(names, (x) => x.connectNames), s),
    fig('7. 10,000 apps: Connect → all names read and kept for the tab', of(names, (x) => x.backgroundDone), s),
    fig('7. 10,000 apps: GET /clients requests per connection', of(names, (x) => x.clientsRequests), n),
    fig('7. 10,000 apps: 429 answers during the connection', of(names, (x) => x.tooMany), n),
    fig('7. 10,000 apps, reload (stayed connected): navigation → rows', of(names, (x) => x.reloadRows)),
    fig('7. 10,000 apps, reload: navigation → visible rows named', of(names, (x) => x.reloadNames)),
    '',
    '- Picker: a fresh context per run connects to the `scale:10000` tenant (rate limit off), opens **Create grant** and picks',
    '  the API with exactly 1,000 scopes. Each time runs inside the page from the event\'s `timeStamp` (`click` or `keydown`)',
    '  to the `requestAnimationFrame` after a MutationObserver sees the result: the first checkbox, the "N of 1000 selected"',
    '  count, or the "· N shown" count for keystrokes "0", "0", "7" typed one by one.',
    '- Names: a `scale:100000` tenant (10,002 apps: 101 pages of `/clients`) limited to `2/2` (burst 2, 2 per second, as a',
    '  free Auth0 tenant). Connect with **Stay connected in this tab**; "named" = no "Name loading…" left in the table (polled',
    '  every 50 ms); "kept" = the names entry in sessionStorage. Then the same tab is reloaded.',
    '',
  ];
}
