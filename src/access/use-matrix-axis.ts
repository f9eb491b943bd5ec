import { useCallback, type RefObject } from 'react';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';

type Axis = {
  horizontal?: boolean;
  count: number;
  /** Fixed row height or column width: nothing is measured. */
  size: number;
  /** The sticky header's size on this axis: items start after it, and scrolling to one keeps it clear. */
  header: number;
  overscan: number;
  /** The item holding the grid's tab stop, or -1 when that is a header. */
  active: number;
};

/** The virtualiser's own range plus the active item, so the grid's tab stop is always in the DOM. */
function useRangeWith(active: number) {
  return useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (active < 0 || active >= range.count || indexes.includes(active)) return indexes;
      return [...indexes, active].sort((a, b) => a - b);
    },
    [active],
  );
}

/** One axis of the matrix (rows or columns), virtualised in the grid's scroll container. */
export function useMatrixAxis(gridRef: RefObject<HTMLElement | null>, { horizontal = false, count, size, header, overscan, active }: Axis) {
  const rangeExtractor = useRangeWith(active);
  // eslint-disable-next-line react-hooks/incompatible-library -- the app does not run the React Compiler; this only says it would skip this hook
  return useVirtualizer({
    horizontal,
    count,
    getScrollElement: () => gridRef.current,
    estimateSize: () => size,
    paddingStart: header,
    scrollPaddingStart: header,
    overscan,
    rangeExtractor,
  });
}
