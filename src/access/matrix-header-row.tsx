import { memo } from 'react';
import type { VirtualItem } from '@tanstack/react-virtual';
import type { MatrixColumn } from '../tenant-index/index-queries';
import { positionKey } from './use-grid-focus';
import { revealBidiControls } from '../components/bidi';

type Props = {
  columns: MatrixColumn[];
  items: VirtualItem[];
  width: number;
  /** The active column when the header row holds the grid's tab stop, else -1. */
  activeCol: number;
};

/** The sticky column headers: one per API (a deleted API by its identifier, marked). */
export const MatrixHeaderRow = memo(function MatrixHeaderRow({ columns, items, width, activeCol }: Props) {
  return (
    <div role="row" aria-rowindex={1} className="am-head" style={{ width }}>
      <div role="columnheader" aria-colindex={1} className="am-corner" tabIndex={activeCol === 0 ? 0 : -1} data-pos={positionKey(0, 0)}>
        Application
      </div>
      {items.map((item) => {
        const column = columns[item.index];
        if (!column) return null;
        const col = item.index + 1;
        return (
          <div
            key={column.audience}
            role="columnheader"
            aria-colindex={col + 1}
            className="am-colhead"
            style={{ left: item.start }}
            title={revealBidiControls(column.audience)}
            tabIndex={activeCol === col ? 0 : -1}
            data-pos={positionKey(0, col)}
          >
            <div className="am-name">{revealBidiControls(column.name)}</div>
            {column.missing && <div className="am-deleted">deleted API</div>}
          </div>
        );
      })}
    </div>
  );
});
