import { memo } from 'react';
import type { VirtualItem } from '@tanstack/react-virtual';
import type { ClientGrant } from '../api/client-grants';
import type { Client } from '../api/clients';
import { appTypeLabel } from '../grants/app-types';
import type { MatrixColumn } from '../tenant-index/index-queries';
import { cellGrant, cellLabel, cellText, matrixCell } from './matrix-cell';
import { positionKey } from './use-grid-focus';
import { revealBidiControls } from '../components/bidi';

type Props = {
  client: Client;
  /** 1-based data row; the header row is 0. */
  row: number;
  top: number;
  width: number;
  columns: MatrixColumn[];
  items: VirtualItem[];
  cells: Map<string, ClientGrant[]>;
  /** The active column when this row holds the grid's tab stop, else -1. */
  activeCol: number;
};

/**
 * One application's row: a sticky row header and the cells of the columns on screen. A cell with a grant
 * carries the grant's id and is activated as a whole (click, Enter, Space); the grid handles that once for
 * every cell, so cells stay plain elements with no handlers of their own. Memoized: the virtualiser keeps
 * its column items while only rows scroll, so a vertical scroll draws just the rows that come into view.
 */
export const MatrixRow = memo(function MatrixRow({ client, row, top, width, columns, items, cells, activeCol }: Props) {
  return (
    <div role="row" aria-rowindex={row + 1} className="am-row" style={{ top, width }}>
      <div role="rowheader" aria-colindex={1} className="am-rowhead" tabIndex={activeCol === 0 ? 0 : -1} data-pos={positionKey(row, 0)}>
        <div className="am-name">{revealBidiControls(client.name)}</div>
        <div className="am-sub">{appTypeLabel(client.app_type)}</div>
      </div>
      {items.map((item) => {
        const column = columns[item.index];
        if (!column) return null;
        const col = item.index + 1;
        const cell = matrixCell(cells.get(column.audience));
        const grant = cellGrant(cell);
        return (
          <div
            key={column.audience}
            role="gridcell"
            aria-colindex={col + 1}
            aria-label={grant && cellLabel(client.name, column.name, cell)}
            className={grant ? 'am-cell am-open' : 'am-cell'}
            style={{ left: item.start }}
            tabIndex={activeCol === col ? 0 : -1}
            data-pos={positionKey(row, col)}
            data-grant={grant?.id}
          >
            {cellText(cell)}
          </div>
        );
      })}
    </div>
  );
});
