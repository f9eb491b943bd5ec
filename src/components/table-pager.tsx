import { useId } from 'react';
import type { Theme } from '@mui/material/styles';
import { ClassRules } from './class-rules';
import { plainControlsSx } from './plain-controls-styles';

type Props = {
  /** Rows in all pages. */
  count: number;
  /** Zero-based. */
  page: number;
  rowsPerPage: number;
  rowsPerPageOptions: readonly number[];
  onPageChange(page: number): void;
  onRowsPerPageChange(rowsPerPage: number): void;
};

const number = new Intl.NumberFormat('en');

// MUI's TablePagination look (52 px bar, body2 text, the range and two round arrows at the right), as
// class rules injected once.
const pagerRules = (theme: Theme) => ({
  '.cg-pager': theme.unstable_sx({
    ...plainControlsSx,
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'flex-end',
    flexWrap: 'wrap',
    columnGap: 1,
    minHeight: 52,
    px: 2,
    typography: 'body2',
    color: 'text.primary',
    '& select': {
      font: 'inherit',
      color: 'inherit',
      bgcolor: 'transparent',
      border: 1,
      borderColor: 'divider',
      borderRadius: 1,
      mr: 3,
      px: 0.5,
      py: 0.25,
      cursor: 'pointer',
      '&:hover': { borderColor: 'text.primary' },
      '&:focus-visible': { outline: 2, outlineStyle: 'solid', outlineColor: 'primary.main', outlineOffset: 1 },
      // The open list is drawn by the platform; its options keep the page's colours.
      '& option': { bgcolor: 'background.paper', color: 'text.primary' },
    },
    '& .cg-pager-range': { mr: 2 },
    '& .cg-icon-button': { ...plainControlsSx['& .cg-icon-button'], width: 40, height: 40 },
    '& .cg-icon-button::before': { width: 24, height: 24 },
  }),
});

/**
 * Paging under a table: rows per page (a native select, the platform's own picker and keyboard), "1–25 of
 * 10000", previous and next. Plain elements, not MUI's TablePagination: that one imports MUI's Select,
 * Menu, Popover and Modal even when its select is native, ~60 KB of code the first grants view had to
 * download and compile before its first rows, and it re-rendered its styled parts on every page turn.
 * The accessible names are MUI's, so tests and screen-reader users find the same controls.
 */
export function TablePager(props: Props) {
  const { count, page, rowsPerPage } = props;
  const selectId = useId();
  const from = count === 0 ? 0 : page * rowsPerPage + 1;
  const to = Math.min(count, (page + 1) * rowsPerPage);
  const last = Math.max(0, Math.ceil(count / rowsPerPage) - 1);
  return (
    <div className="cg-pager">
      <ClassRules rules={pagerRules} />
      <label htmlFor={selectId}>Rows per page:</label>
      <select id={selectId} value={rowsPerPage} onChange={(event) => props.onRowsPerPageChange(Number(event.target.value))}>
        {props.rowsPerPageOptions.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
      <span className="cg-pager-range">{`${number.format(from)}–${number.format(to)} of ${number.format(count)}`}</span>
      <PagerButton direction="previous" disabled={page <= 0} onClick={() => props.onPageChange(page - 1)} />
      <PagerButton direction="next" disabled={page >= last} onClick={() => props.onPageChange(page + 1)} />
    </div>
  );
}

function PagerButton({ direction, disabled, onClick }: { direction: 'previous' | 'next'; disabled: boolean; onClick(): void }) {
  const label = `Go to ${direction} page`;
  return (
    <button type="button" className={`cg-icon-button cg-i-${direction}`} aria-label={label} title={label} disabled={disabled} onClick={onClick} />
  );
}
