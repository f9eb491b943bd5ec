import { useCallback, useRef, useState, type KeyboardEvent } from 'react';
import Box from '@mui/material/Box';
import type { ClientGrant } from '../api/client-grants';
import type { Client } from '../api/clients';
import type { TenantIndex } from '../tenant-index/tenant-index';
import { clampPosition, type GridPosition } from './grid-navigation';
import { MatrixHeaderRow } from './matrix-header-row';
import type { MatrixModel } from './matrix-model';
import { MatrixRow } from './matrix-row';
import { COLUMN_WIDTH, HEADER_HEIGHT, ROW_HEADER_WIDTH, ROW_HEIGHT, matrixSx } from './matrix-styles';
import { useGridFocus } from './use-grid-focus';
import { useMatrixAxis } from './use-matrix-axis';

type Props = {
  index: TenantIndex;
  model: MatrixModel;
  rows: Client[];
  onOpenGrant(grant: ClientGrant): void;
};

/**
 * Applications × APIs as an ARIA data grid, virtualised both ways inside one scroll container. Positions
 * count the header row and column: grid row r is data row r - 1, grid column c is API column c - 1.
 */
export function MatrixGrid({ index, model, rows, onOpenGrant }: Props) {
  const { columns } = model;
  const gridRef = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState<GridPosition>({ row: 0, col: 0 });
  const { row, col } = clampPosition(position, { rows: rows.length + 1, cols: columns.length + 1, page: 1 });
  const rowVirtualizer = useMatrixAxis(gridRef, { count: rows.length, size: ROW_HEIGHT, header: HEADER_HEIGHT, overscan: 4, active: row - 1 });
  const columnVirtualizer = useMatrixAxis(gridRef, {
    horizontal: true,
    count: columns.length,
    size: COLUMN_WIDTH,
    header: ROW_HEADER_WIDTH,
    overscan: 2,
    active: col - 1,
  });
  const reveal = useCallback(
    (target: GridPosition) => {
      if (target.row > 0) rowVirtualizer.scrollToIndex(target.row - 1);
      if (target.col > 0) columnVirtualizer.scrollToIndex(target.col - 1);
    },
    [rowVirtualizer, columnVirtualizer],
  );
  const { onKeyDown, onFocus } = useGridFocus({
    gridRef,
    row,
    col,
    rows: rows.length + 1,
    cols: columns.length + 1,
    setPosition,
    pageSize: () => Math.floor(((gridRef.current?.clientHeight ?? 0) - HEADER_HEIGHT) / ROW_HEIGHT),
    reveal,
  });
  // One handler for every cell: a cell with a grant carries its id.
  const openFrom = (target: EventTarget) => {
    const id = target instanceof Element ? target.closest('[data-grant]')?.getAttribute('data-grant') : undefined;
    const grant = id ? index.grants.get(id) : undefined;
    if (grant) onOpenGrant(grant);
    return Boolean(grant);
  };
  const onCellKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if ((event.key === 'Enter' || event.key === ' ') && openFrom(event.target)) event.preventDefault();
    else onKeyDown(event);
  };
  const width = columnVirtualizer.getTotalSize();
  const columnItems = columnVirtualizer.getVirtualItems();
  return (
    <Box
      ref={gridRef}
      role="grid"
      aria-label="Access matrix"
      aria-rowcount={rows.length + 1}
      aria-colcount={columns.length + 1}
      sx={matrixSx}
      onKeyDown={onCellKeyDown}
      onFocus={onFocus}
      onClick={(event) => openFrom(event.target)}
    >
      <div className="am-canvas" style={{ width, height: rowVirtualizer.getTotalSize() }}>
        <MatrixHeaderRow columns={columns} items={columnItems} width={width} activeCol={row === 0 ? col : -1} />
        {rowVirtualizer.getVirtualItems().map((item) => {
          const client = rows[item.index];
          if (!client) return null;
          return (
            <MatrixRow
              key={client.client_id}
              client={client}
              row={item.index + 1}
              top={item.start}
              width={width}
              columns={columns}
              items={columnItems}
              cells={model.cellsOf(client.client_id)}
              activeCol={row === item.index + 1 ? col : -1}
            />
          );
        })}
      </div>
    </Box>
  );
}
