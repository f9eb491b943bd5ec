import { useCallback, type RefObject } from 'react';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { HEADER_HEIGHT, ROW_HEIGHT } from './differences-table-styles';

/**
 * The Differences rows, virtualised in the table's scroll container: fixed heights (nothing measured), the sticky
 * header kept clear when scrolling to a row, and the active row always drawn, so the row holding focus (or the
 * roving tab stop) never leaves the DOM while the admin scrolls away with the mouse.
 */
export function useDifferencesVirtualizer(scrollRef: RefObject<HTMLElement | null>, count: number, active: number) {
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (active < 0 || active >= range.count || indexes.includes(active)) return indexes;
      return [...indexes, active].sort((a, b) => a - b);
    },
    [active],
  );
  // eslint-disable-next-line react-hooks/incompatible-library -- the app does not run the React Compiler; this only says it would skip this hook
  return useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    paddingStart: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
    overscan: 8,
    rangeExtractor,
  });
}

/** Where a key moves the active row, or undefined when the key is not one the table handles. */
export function nextRow(key: string, active: number, count: number, page: number): number | undefined {
  const last = count - 1;
  const clamp = (value: number) => Math.max(0, Math.min(last, value));
  switch (key) {
    case 'ArrowDown':
      return clamp(active + 1);
    case 'ArrowUp':
      return clamp(active - 1);
    case 'PageDown':
      return clamp(active + page);
    case 'PageUp':
      return clamp(active - page);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return undefined;
  }
}
