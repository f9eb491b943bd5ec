import { describe, expect, it } from 'vitest';
import { comparableGrant } from './comparable-grant';
import type { DiffKind, DiffRow } from './diff';
import { diffToMarkdown } from './diff-export';
import { DEFAULT_FILTERS, filterDifferences, isFiltered, kindCounts, markdownFilterNote } from './difference-filters';

function row(kind: DiffKind, appName: string, audience: string): DiffRow {
  const grant = comparableGrant({ appName, audience, origin: 'x' });
  return { kind, key: `${appName}|${audience}`, appName, audience, subjectType: 'client', source: grant, target: grant, changes: [] };
}

const rows = [
  row('only-source', 'Billing', 'https://orders'),
  row('only-target', 'Reports', 'https://invoices'),
  row('changed', 'Ledger', 'https://orders'),
  row('unchanged', 'Billing', 'https://invoices'),
];
const apiNames = new Map([['https://invoices', 'Invoices API']]);

describe('difference filters', () => {
  it('hide unchanged rows by default and match application, API identifier or API name, ignoring case', () => {
    expect(filterDifferences(rows, DEFAULT_FILTERS, apiNames).map((r) => r.appName)).toEqual(['Billing', 'Reports', 'Ledger']);
    expect(filterDifferences(rows, { ...DEFAULT_FILTERS, text: ' billing ' }, apiNames).map((r) => r.kind)).toEqual(['only-source']);
    expect(filterDifferences(rows, { ...DEFAULT_FILTERS, text: 'INVOICES api' }, apiNames).map((r) => r.appName)).toEqual(['Reports']);
    expect(filterDifferences(rows, { ...DEFAULT_FILTERS, text: '//orders' }, apiNames)).toHaveLength(2);
  });

  it('count every kind among the rows matching the text, shown or not', () => {
    expect(kindCounts(rows, '', apiNames)).toEqual({ 'only-source': 1, 'only-target': 1, changed: 1, unchanged: 1 });
    expect(kindCounts(rows, 'invoices', apiNames)).toEqual({ 'only-source': 0, 'only-target': 1, changed: 0, unchanged: 1 });
  });

  it('note in the Markdown what was filtered, the admin text kept as text', () => {
    expect(isFiltered(DEFAULT_FILTERS)).toBe(false);
    expect(markdownFilterNote(DEFAULT_FILTERS, 3)).toBeUndefined();
    const filters = { kinds: new Set<DiffKind>(['changed']), text: '[x](javascript:alert(1)) | `' };
    const note = markdownFilterNote(filters, 1);
    expect(note).toBe('Filtered: 1 row shown (changed, matching `` [x](javascript:alert(1)) \\| ` ``).');
    const markdown = diffToMarkdown({ rows: [rows[3] as DiffRow], counts: kindCounts(rows, '', apiNames), ambiguous: [] }, 't', { includeUnchanged: true, note });
    expect(markdown.split('\n').slice(2, 6)).toEqual(['1 only in source, 1 only in target, 1 changed, 1 unchanged.', '', note, '']);
    expect(markdown).toContain('| Unchanged | `Billing` | `https://invoices` | client |  |');
  });
});
