// Directly, not through export/index.ts: re-exporting it there pulled the yaml chunk into the first view (bench).
import { csvField } from '../export/to-csv';
import type { Change, Diff, DiffKind, DiffRow } from './diff';

const KIND_LABEL: Record<DiffKind, string> = {
  'only-source': 'Only in source',
  'only-target': 'Only in target',
  changed: 'Changed',
  unchanged: 'Unchanged',
};

const yesNo = (value: boolean) => (value ? 'yes' : 'no');

/** One change in words; scopes and organizations as +added / -removed, as a pull request reviewer reads them. */
export function describeChange(change: Change): string {
  switch (change.field) {
    case 'scopes':
    case 'organizations':
      return [...change.added.map((v) => `+${v}`), ...change.removed.map((v) => `-${v}`)].join(' ');
    case 'allowAllScopes':
      return `all scopes: ${yesNo(change.target)} → ${yesNo(change.source)}`;
    case 'allowAnyOrganization':
      return `any organization: ${yesNo(change.target)} → ${yesNo(change.source)}`;
    case 'organizationUsage':
      return `organization usage: ${change.target} → ${change.source}`;
  }
}

function changeCell(row: DiffRow, field: Change['field']): string {
  const change = row.changes.find((c) => c.field === field);
  return change && change.field !== 'scopes' && change.field !== 'organizations' ? describeChange(change) : '';
}

/** Added or removed values of a list change, space-separated (no +/- signs, which a spreadsheet reads as formulas). */
function listCell(row: DiffRow, field: 'scopes' | 'organizations', part: 'added' | 'removed'): string {
  const change = row.changes.find((c) => c.field === field);
  return change && (change.field === 'scopes' || change.field === 'organizations') ? change[part].join(' ') : '';
}

const HEADER = [
  'difference',
  'application',
  'audience',
  'subject_type',
  'scopes',
  'scopes_added',
  'scopes_removed',
  'all_scopes',
  'organization_usage',
  'any_organization',
  'organizations_added',
  'organizations_removed',
];

/**
 * The rows (unchanged ones only when asked), as CSV, every cell through the export's formula guard. `scopes` is the
 * grant's own list for a grant on one side only; `_added` / `_removed` are what the Target would gain or lose.
 */
export function diffToCsv(diff: Diff, includeUnchanged = false): string {
  const lines = [HEADER.join(',')];
  for (const row of diff.rows) {
    if (row.kind === 'unchanged' && !includeUnchanged) continue;
    const grant = row.source ?? row.target;
    const own = row.kind === 'only-source' || row.kind === 'only-target';
    const cells = [
      KIND_LABEL[row.kind],
      row.appName,
      row.audience,
      row.subjectType,
      own && grant && !grant.allowAllScopes ? grant.scopes.join(' ') : '',
      listCell(row, 'scopes', 'added'),
      listCell(row, 'scopes', 'removed'),
      own ? (grant?.allowAllScopes ? 'yes' : '') : changeCell(row, 'allowAllScopes'),
      changeCell(row, 'organizationUsage'),
      changeCell(row, 'allowAnyOrganization'),
      listCell(row, 'organizations', 'added'),
      listCell(row, 'organizations', 'removed'),
    ];
    lines.push(cells.map(csvField).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * Text safe inside a Markdown table cell of a pull request: in a code span (no emphasis, links or HTML run from a
 * name like `]]; <script>`), a pipe escaped (GitHub splits cells on it even in code), line breaks as spaces, and
 * a backtick run longer than any inside the value as the fence.
 */
export function markdownCode(value: string): string {
  if (value === '') return '';
  const text = value.replace(/\r\n|[\r\n\u2028\u2029]/g, ' ').replace(/\|/g, '\\|');
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') || text.startsWith(' ') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/**
 * `includeUnchanged` writes unchanged rows too (when the admin shows them); `note` is a line under the counts
 * (what the filters left out), so a reviewer knows the table is not the whole diff.
 */
export function diffToMarkdown(diff: Diff, title: string, options: { includeUnchanged?: boolean; note?: string | undefined } = {}): string {
  const { counts } = diff;
  const lines = [
    `### ${title.replace(/[\r\n]+/g, ' ').replace(/[<>]/g, '')}`,
    '',
    `${counts['only-source']} only in source, ${counts['only-target']} only in target, ${counts.changed} changed, ${counts.unchanged} unchanged.`,
    '',
    ...(options.note ? [options.note.replace(/[\r\n]+/g, ' '), ''] : []),
    '| Difference | Application | API | Subject type | What differs |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const row of diff.rows) {
    if (row.kind === 'unchanged' && options.includeUnchanged !== true) continue;
    const what = row.changes.map((change) => markdownCode(describeChange(change))).join('<br>');
    lines.push(`| ${KIND_LABEL[row.kind]} | ${markdownCode(row.appName)} | ${markdownCode(row.audience)} | ${row.subjectType} | ${what} |`);
  }
  if (diff.ambiguous.length > 0) {
    lines.push('', `Not compared (ambiguous): ${diff.ambiguous.map((a) => `${markdownCode(a.appName)} on the ${a.side} (${a.reason})`).join('; ')}.`);
  }
  return `${lines.join('\n')}\n`;
}
