import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it, vi, type MockInstance } from 'vitest';
import { comparableGrant } from './comparable-grant';
import type { DiffKind, DiffRow } from './diff';
import { DifferencesTable } from './differences-table';

// jsdom lays nothing out: give the scroll container a height so the virtualiser draws a window of rows.
let sizes: MockInstance[] = [];
beforeAll(() => {
  sizes = [vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600)];
});
afterAll(() => sizes.forEach((spy) => spy.mockRestore()));

const KINDS: DiffKind[] = ['only-source', 'only-target', 'changed', 'unchanged'];

function diffRow(i: number, kind: DiffKind = KINDS[i % 3] as DiffKind): DiffRow {
  const appName = `App ${String(i).padStart(5, '0')}`;
  const grant = comparableGrant({ appName, audience: 'https://orders', scopes: ['read:orders'], origin: `cgr_${i}` });
  const row: DiffRow = { kind, key: `${appName}\u0000https://orders\u0000client`, appName, audience: 'https://orders', subjectType: 'client', changes: [] };
  if (kind !== 'only-target') row.source = grant;
  if (kind !== 'only-source') row.target = grant;
  if (kind === 'changed') row.changes = [{ field: 'scopes', added: ['write:orders'], removed: [] }];
  return row;
}

const rowsOf = (n: number) => Array.from({ length: n }, (_, i) => diffRow(i));

describe('DifferencesTable', () => {
  it('draws only a window of 10,000 rows, says its full size, and reaches the last row by keyboard', async () => {
    const user = userEvent.setup();
    const selection = { selected: new Set<string>(), onSelect: vi.fn() };
    render(<DifferencesTable rows={rowsOf(10_000)} selection={selection} />);
    const table = screen.getByRole('table', { name: 'Differences' });
    expect(table).toHaveAttribute('aria-rowcount', '10001');
    const drawn = within(table).getAllByRole('row');
    expect(drawn.length).toBeGreaterThan(10);
    expect(drawn.length).toBeLessThan(60);
    expect(within(table).queryByRole('checkbox', { name: 'Select App 09999 → https://orders' })).toBeNull();

    await user.click(within(table).getByRole('checkbox', { name: 'Select App 00000 → https://orders' }));
    expect(selection.onSelect).toHaveBeenLastCalledWith(['App 00000\u0000https://orders\u0000client'], true);
    // A screenful: (600px - 40px header) / 40px rows = 14 rows.
    await user.keyboard('{ArrowDown}{PageDown}');
    expect(within(table).getByRole('checkbox', { name: 'Select App 00015 → https://orders' })).toHaveFocus();
    await user.keyboard('{End}');
    const last = within(table).getByRole('checkbox', { name: 'Select App 09999 → https://orders' });
    expect(last).toHaveFocus();
    expect(last.closest('tr')).toHaveAttribute('aria-rowindex', '10001');
    expect(within(table).getAllByRole('row').length).toBeLessThan(60);
    await user.keyboard('{Home}');
    expect(within(table).getByRole('checkbox', { name: 'Select App 00000 → https://orders' })).toHaveFocus();
    within(table).getByRole('checkbox', { name: 'Select all differences' }).focus();
    await user.keyboard('{ArrowDown}');
    expect(within(table).getByRole('checkbox', { name: 'Select App 00000 → https://orders' })).toHaveFocus();
  });

  it('moves focus row by row when no row has a control (a file as target)', async () => {
    const user = userEvent.setup();
    render(<DifferencesTable rows={rowsOf(200)} />);
    const table = screen.getByRole('table', { name: 'Differences' });
    const first = within(table).getAllByRole('row')[1];
    expect(first).toHaveAttribute('tabindex', '0');
    first?.focus();
    await user.keyboard('{End}');
    expect(document.activeElement).toHaveAttribute('aria-rowindex', '201');
    expect(document.activeElement).toHaveTextContent('App 00199');
    expect(within(table).queryByRole('checkbox')).toBeNull();
  });

  it('selects every row it is given (the filtered ones), drawn or not, with Select all differences', async () => {
    const user = userEvent.setup();
    const rows = rowsOf(10_000);
    const selection = { selected: new Set<string>(), onSelect: vi.fn() };
    render(<DifferencesTable rows={rows} selection={selection} />);
    await user.click(screen.getByRole('checkbox', { name: 'Select all differences' }));
    const [keys, on] = selection.onSelect.mock.lastCall as [string[], boolean];
    expect(on).toBe(true);
    expect(keys).toHaveLength(10_000);
    expect(new Set(keys)).toEqual(new Set(rows.map((row) => row.key)));
  });

  it('links the application to its grant where a side is the connected tenant, and to nothing elsewhere', () => {
    const rows = [diffRow(1, 'only-source'), diffRow(2, 'only-target')];
    render(<DifferencesTable rows={rows} grantIdOf={(row) => row.target?.origin} />);
    const table = screen.getByRole('table', { name: 'Differences' });
    expect(within(table).getByRole('link', { name: 'App 00002' })).toHaveAttribute('href', '?grant=cgr_2');
    expect(within(table).queryByRole('link', { name: 'App 00001' })).toBeNull();
    expect(within(table).getByRole('cell', { name: 'App 00001' })).toBeInTheDocument();
  });

  it('says so when no row passes the filters', () => {
    render(<DifferencesTable rows={[]} selection={{ selected: new Set(), onSelect: vi.fn() }} />);
    expect(screen.getByRole('checkbox', { name: 'Select all differences' })).toBeDisabled();
    expect(screen.getByText('No differences match the filters.')).toBeVisible();
    expect(screen.getByRole('table', { name: 'Differences' })).toHaveAttribute('aria-rowcount', '1');
  });
});
