import type { DiffKind, DiffRow } from './diff';
import { markdownCode } from './diff-export';

export const DIFF_KINDS: readonly DiffKind[] = ['only-source', 'only-target', 'changed', 'unchanged'];

/** Which kinds of row the table shows, and the text a row's application or API must contain. */
export type DifferenceFilters = { kinds: ReadonlySet<DiffKind>; text: string };

/** Unchanged rows are hidden at first: the page is about what differs. */
export const DEFAULT_FILTERS: DifferenceFilters = { kinds: new Set<DiffKind>(['only-source', 'only-target', 'changed']), text: '' };

/** API names by identifier, from whichever connected tenants the sides are (a file names no API). */
export type ApiNames = ReadonlyMap<string, string>;

/**
 * Case-insensitive substring of the application name, the API identifier or the API's name. Locale-free
 * lowercasing (`toLowerCase`) so a filter reads the same in every browser language.
 */
export function textMatcher(text: string, apiNames: ApiNames): (row: DiffRow) => boolean {
  const needle = text.trim().toLowerCase();
  if (needle === '') return () => true;
  return (row) =>
    row.appName.toLowerCase().includes(needle) ||
    row.audience.toLowerCase().includes(needle) ||
    (apiNames.get(row.audience)?.toLowerCase().includes(needle) ?? false);
}

/** The rows the table shows (and the exports hold), in the diff's order. */
export function filterDifferences(rows: readonly DiffRow[], filters: DifferenceFilters, apiNames: ApiNames): DiffRow[] {
  const matches = textMatcher(filters.text, apiNames);
  return rows.filter((row) => filters.kinds.has(row.kind) && matches(row));
}

/**
 * Rows of each kind that pass the text filter, whether that kind is shown or not: each kind's chip says how many
 * rows turning it on would show.
 */
export function kindCounts(rows: readonly DiffRow[], text: string, apiNames: ApiNames): Record<DiffKind, number> {
  const matches = textMatcher(text, apiNames);
  const counts: Record<DiffKind, number> = { 'only-source': 0, 'only-target': 0, changed: 0, unchanged: 0 };
  for (const row of rows) if (matches(row)) counts[row.kind] += 1;
  return counts;
}

/** Whether anything is filtered out beyond the default (unchanged hidden), for the exports' note. */
export function isFiltered(filters: DifferenceFilters): boolean {
  return filters.text.trim() !== '' || DIFF_KINDS.some((kind) => filters.kinds.has(kind) !== DEFAULT_FILTERS.kinds.has(kind));
}

const KIND_WORDS: Record<DiffKind, string> = {
  'only-source': 'only in source',
  'only-target': 'only in target',
  changed: 'changed',
  unchanged: 'unchanged',
};

/**
 * The Markdown export's line saying what the filters kept (the admin's text in a code span, so it stays text),
 * or undefined when nothing beyond the default is filtered.
 */
export function markdownFilterNote(filters: DifferenceFilters, shown: number): string | undefined {
  if (!isFiltered(filters)) return undefined;
  const kinds = DIFF_KINDS.filter((kind) => filters.kinds.has(kind)).map((kind) => KIND_WORDS[kind]);
  const text = filters.text.trim() === '' ? '' : `, matching ${markdownCode(filters.text.trim())}`;
  return `Filtered: ${shown.toLocaleString('en')} ${shown === 1 ? 'row' : 'rows'} shown (${kinds.length > 0 ? kinds.join(', ') : 'no kind'}${text}).`;
}
