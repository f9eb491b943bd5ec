/**
 * Keyboard movement in a data grid (WAI-ARIA APG "Data Grid"): a position counts header row and
 * header column, so row 0 is the column headers and column 0 the row headers. Pure, so every key's
 * effect is tested without a browser.
 */
export type GridPosition = { row: number; col: number };

/** `rows`/`cols` include the header row and header column; `page` is how many rows a screen shows. */
export type GridBounds = { rows: number; cols: number; page: number };

export type GridKey = { key: string; ctrlKey?: boolean; metaKey?: boolean };

function clamp(value: number, max: number): number {
  return Math.max(0, Math.min(value, max));
}

export function clampPosition(position: GridPosition, bounds: GridBounds): GridPosition {
  return { row: clamp(position.row, bounds.rows - 1), col: clamp(position.col, bounds.cols - 1) };
}

/** Where a key moves focus, or undefined when the key is not a grid movement (so it keeps its default). */
export function moveInGrid(from: GridPosition, event: GridKey, bounds: GridBounds): GridPosition | undefined {
  const { row, col } = from;
  const lastRow = bounds.rows - 1;
  const lastCol = bounds.cols - 1;
  const page = Math.max(1, bounds.page);
  // macOS has no Home/End on most keyboards; Cmd stands in for Ctrl there.
  const ctrl = Boolean(event.ctrlKey || event.metaKey);
  switch (event.key) {
    case 'ArrowRight':
      return { row, col: clamp(col + 1, lastCol) };
    case 'ArrowLeft':
      return { row, col: clamp(col - 1, lastCol) };
    case 'ArrowDown':
      return { row: clamp(row + 1, lastRow), col };
    case 'ArrowUp':
      return { row: clamp(row - 1, lastRow), col };
    case 'Home':
      return ctrl ? { row: 0, col: 0 } : { row, col: 0 };
    case 'End':
      return ctrl ? { row: lastRow, col: lastCol } : { row, col: lastCol };
    case 'PageDown':
      return { row: clamp(row + page, lastRow), col };
    case 'PageUp':
      return { row: clamp(row - page, lastRow), col };
    default:
      return undefined;
  }
}
