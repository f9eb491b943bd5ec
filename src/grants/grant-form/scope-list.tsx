import { memo, useRef } from 'react';
import Box from '@mui/material/Box';
import { observeElementRect, useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import type { ResourceServerScope } from '../../api/resource-servers';
import { ScopeCheckbox } from './scope-checkbox';
import { scopeListSx } from './scope-list-styles';

type Props = {
  scopes: readonly ResourceServerScope[];
  selected: ReadonlySet<string>;
  disabled: boolean;
  onToggle(scope: string, checked: boolean): void;
  empty: string;
};

const MAX_HEIGHT = 320;
/** A row with a one-line description (20 + 20 px of text, 12 px of padding); rows are measured once drawn. */
const ROW_ESTIMATE = 52;
// Rows beyond the visible ones, so Tab and Shift+Tab always find the next checkbox rendered: focusing it
// scrolls it into view, and the window follows.
const OVERSCAN = 8;

// A box not laid out yet (the dialog opening, or a DOM without layout such as jsdom) is taken at its
// maximum height, so the first rows render at once instead of after a resize observation.
const observeRect: typeof observeElementRect = (instance, cb) =>
  observeElementRect(instance, (rect) => cb(rect.height > 0 ? rect : { width: rect.width, height: MAX_HEIGHT }));

const measureRow = (element: Element, _entry: ResizeObserverEntry | undefined, instance: Virtualizer<HTMLDivElement, Element>) =>
  element.getBoundingClientRect().height || instance.options.estimateSize(instance.indexFromElement(element));

/**
 * The scopes as a virtualised checklist: only the rows in view (plus a few) are in the page, so an API
 * with 1,000 scopes opens and reacts as fast as one with ten. Memoised: the dialog's re-renders for its other
 * fields skip it.
 */
export const ScopeList = memo(function ScopeList({ scopes, selected, disabled, onToggle, empty }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: scopes.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE,
    overscan: OVERSCAN,
    getItemKey: (index) => scopes[index]?.value ?? index,
    observeElementRect: observeRect,
    measureElement: measureRow,
  });
  return (
    <Box ref={scrollRef} sx={scopeListSx}>
      {scopes.length === 0 ? (
        <span className="cg-scope-empty">{empty}</span>
      ) : (
        <div className="cg-scope-rows" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((row) => {
            const scope = scopes[row.index];
            if (!scope) return null;
            return (
              <div
                key={row.key}
                ref={virtualizer.measureElement}
                data-index={row.index}
                className="cg-scope-row"
                style={{ transform: `translateY(${row.start}px)` }}
              >
                <ScopeCheckbox
                  scope={scope}
                  checked={selected.has(scope.value)}
                  disabled={disabled}
                  onToggle={onToggle}
                />
              </div>
            );
          })}
        </div>
      )}
    </Box>
  );
});
