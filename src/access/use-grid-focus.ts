import { useLayoutEffect, useRef, type FocusEvent, type KeyboardEvent, type RefObject } from 'react';
import { moveInGrid, type GridPosition } from './grid-navigation';

/** Each focusable element of the grid carries its "row:col" position in this attribute. */
const POSITION_ATTRIBUTE = 'data-pos';

export function positionKey(row: number, col: number): string {
  return `${row}:${col}`;
}

function positionOf(target: EventTarget): GridPosition | undefined {
  if (!(target instanceof Element)) return undefined;
  const value = target.closest(`[${POSITION_ATTRIBUTE}]`)?.getAttribute(POSITION_ATTRIBUTE);
  const [row, col] = (value ?? '').split(':').map(Number);
  return row === undefined || col === undefined || Number.isNaN(row) || Number.isNaN(col) ? undefined : { row, col };
}

type Options = GridPosition & {
  gridRef: RefObject<HTMLElement | null>;
  rows: number;
  cols: number;
  setPosition(position: GridPosition): void;
  /** Rows a screen shows, read when PageUp/PageDown is pressed. */
  pageSize(): number;
  /** Scrolls a position into view; its element is already rendered (the virtualisers always keep it). */
  reveal(position: GridPosition): void;
};

/**
 * Roving tabindex for a data grid (WAI-ARIA APG): the grid is one tab stop, the active cell holds it,
 * and the arrow keys move it. Moving by keyboard scrolls the new cell into view and focuses it once
 * rendered; a click or Tab sets the active cell from whatever received focus.
 */
export function useGridFocus({ gridRef, row, col, rows, cols, setPosition, pageSize, reveal }: Options) {
  const focusAfterRender = useRef(false);

  useLayoutEffect(() => {
    if (!focusAfterRender.current) return;
    focusAfterRender.current = false;
    reveal({ row, col });
    // The virtualisers scroll with the sticky headers in mind; the browser's own focus scroll would not.
    gridRef.current?.querySelector<HTMLElement>(`[${POSITION_ATTRIBUTE}="${positionKey(row, col)}"]`)?.focus({ preventScroll: true });
  }, [gridRef, row, col, reveal]);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const next = moveInGrid({ row, col }, event, { rows, cols, page: pageSize() });
    if (!next) return;
    event.preventDefault();
    if (next.row === row && next.col === col) return;
    focusAfterRender.current = true;
    setPosition(next);
  };

  const onFocus = (event: FocusEvent<HTMLElement>) => {
    const position = positionOf(event.target);
    if (position && (position.row !== row || position.col !== col)) setPosition(position);
  };

  return { onKeyDown, onFocus };
}
