import { useLayoutEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import { SelectCheckbox } from '../components/select-checkbox';
import type { DiffRow } from './diff';
import { DifferenceRow } from './difference-row';
import { differencesSx, HEADER_HEIGHT, ROW_HEIGHT } from './differences-table-styles';
import { nextRow, useDifferencesVirtualizer } from './use-differences-virtualizer';

/** Rows to apply to the target, by match key; absent when the target cannot take changes (a file). */
export type RowSelection = { selected: ReadonlySet<string>; onSelect(keys: readonly string[], on: boolean): void };

type Props = {
  /** The rows that pass the filters, all of them: only a window is drawn. */
  rows: readonly DiffRow[];
  selection?: RowSelection | undefined;
  /** The row's grant on the connected (main) tenant, if a side is that tenant. */
  grantIdOf?: ((row: DiffRow) => string | undefined) | undefined;
};

const ignore = () => undefined;

/** What kind of element had focus in a row, so moving to another row focuses the same kind there. */
function focusSelector(target: EventTarget | null): string | undefined {
  if (!(target instanceof Element)) return undefined;
  if (target.matches('input[type="checkbox"]')) return 'input[type="checkbox"]';
  if (target.matches('a')) return 'a';
  return undefined;
}

/** An aria-hidden row standing for the rows not drawn above or below the window (keeps the table's own layout). */
function spacer(key: string, height: number, columns: number): ReactNode {
  if (height <= 0) return null;
  return (
    <tr key={key} aria-hidden="true">
      <td colSpan={columns} style={{ height, padding: 0, border: 0 }} />
    </tr>
  );
}

/**
 * The differences as a real table, virtualised: `aria-rowcount` gives its full size and each drawn row its
 * `aria-rowindex`, so a screen reader says "row 5,002 of 10,001". Every row stays reachable: by scrolling, by Tab
 * through the drawn rows (focus scrolls the next one in), and by the arrow keys, PageUp/PageDown and Home/End,
 * which move a roving tab stop row by row (the same control, checkbox or link, when one had focus).
 */
export function DifferencesTable({ rows, selection, grantIdOf }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [activeState, setActive] = useState(0);
  const active = Math.min(activeState, Math.max(0, rows.length - 1));
  const pendingFocus = useRef<{ selector: string | undefined } | undefined>(undefined);
  const virtualizer = useDifferencesVirtualizer(scrollRef, rows.length, rows.length > 0 ? active : -1);
  const columns = selection ? 6 : 5;

  useLayoutEffect(() => {
    const pending = pendingFocus.current;
    if (!pending) return;
    pendingFocus.current = undefined;
    virtualizer.scrollToIndex(active);
    const row = scrollRef.current?.querySelector<HTMLElement>(`tr[data-index="${active}"]`);
    const control = pending.selector ? row?.querySelector<HTMLElement>(pending.selector) : undefined;
    // The virtualiser scrolls with the sticky header in mind; the browser's own focus scroll would not.
    (control ?? row)?.focus({ preventScroll: true });
  }, [active, virtualizer]);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.altKey || event.metaKey || !(event.target instanceof Element) || rows.length === 0) return;
    // From the header (Select all), ArrowDown enters the first row.
    const inHeader = event.target.closest('thead') !== null;
    if (!inHeader && !event.target.closest('tr[data-index]')) return;
    const page = Math.max(1, Math.floor(((scrollRef.current?.clientHeight ?? 0) - HEADER_HEIGHT) / ROW_HEIGHT));
    const next = inHeader ? (event.key === 'ArrowDown' ? 0 : undefined) : nextRow(event.key, active, rows.length, page);
    if (next === undefined) return;
    event.preventDefault();
    pendingFocus.current = { selector: focusSelector(event.target) };
    if (next === active) {
      // No state change to wait for: scroll and focus now (from the header, or already at the first or last row).
      virtualizer.scrollToIndex(active);
      pendingFocus.current = undefined;
      const row = scrollRef.current?.querySelector<HTMLElement>(`tr[data-index="${active}"]`);
      const selector = focusSelector(event.target);
      ((selector ? row?.querySelector<HTMLElement>(selector) : undefined) ?? row)?.focus({ preventScroll: true });
      return;
    }
    setActive(next);
  };
  const onFocus = (event: FocusEvent<HTMLElement>) => {
    const index = Number(event.target.closest('tr[data-index]')?.getAttribute('data-index'));
    if (Number.isInteger(index) && index !== active) setActive(index);
  };

  // Every row given (all that pass the filters), drawn or not; computed once per rows/selection, not per scroll frame.
  const hasSelection = selection !== undefined;
  const selectable = useMemo(() => (hasSelection ? rows.filter((row) => row.kind !== 'unchanged').map((row) => row.key) : []), [rows, hasSelection]);
  const selected = selection?.selected;
  const chosen = useMemo(() => (selected ? selectable.filter((key) => selected.has(key)).length : 0), [selectable, selected]);
  const items = virtualizer.getVirtualItems();
  const body: ReactNode[] = [];
  let drawnTo = HEADER_HEIGHT;
  for (const item of items) {
    const row = rows[item.index];
    if (!row) continue;
    body.push(spacer(`gap-${item.index}`, item.start - drawnTo, columns));
    body.push(
      <DifferenceRow
        key={row.key}
        row={row}
        index={item.index}
        grantId={grantIdOf?.(row)}
        active={item.index === active}
        selected={selection ? selection.selected.has(row.key) : undefined}
        onSelect={selection?.onSelect ?? ignore}
      />,
    );
    drawnTo = item.end;
  }
  body.push(spacer('end', virtualizer.getTotalSize() - drawnTo, columns));

  return (
    <Box ref={scrollRef} sx={differencesSx} onKeyDown={onKeyDown} onFocus={onFocus}>
      <table aria-label="Differences" aria-rowcount={rows.length + 1}>
        <thead>
          <tr aria-rowindex={1}>
            {selection && (
              <th className="cd-check">
                <SelectCheckbox
                  label="Select all differences"
                  checked={selectable.length > 0 && chosen === selectable.length}
                  indeterminate={chosen > 0 && chosen < selectable.length}
                  disabled={selectable.length === 0}
                  onChange={(on) => selection.onSelect(selectable, on)}
                />
              </th>
            )}
            <th className="cd-kind">Difference</th>
            <th>Application</th>
            <th>API</th>
            <th className="cd-subject">Subject type</th>
            <th>What differs</th>
          </tr>
        </thead>
        <tbody>{body}</tbody>
      </table>
      {rows.length === 0 && <p className="cd-empty">No differences match the filters.</p>}
    </Box>
  );
}
