import { useId, useLayoutEffect, useRef } from 'react';
import type { Theme } from '@mui/material/styles';
import { ClassRules } from './class-rules';
import { iconMask } from './icon-paths';
import { PlainIconButton } from './plain-icon-button';
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

type Direction = 'previous' | 'next';

const number = new Intl.NumberFormat('en');
const icon = '& [class*="cg-i-"]::before';

// MUI's TablePagination look (52 px bar, body2 text, the range and two round arrows at the right), as
// class rules injected once; only the two icons and the button rules the pager uses.
const pagerRules = (theme: Theme) => ({
  '.cg-pager': theme.unstable_sx({
    [icon]: { ...plainControlsSx[icon], width: 24, height: 24 },
    '& .cg-i-previous::before': { maskImage: iconMask('previous') },
    '& .cg-i-next::before': { maskImage: iconMask('next') },
    '& .cg-icon-button': { ...plainControlsSx['& .cg-icon-button'], width: 40, height: 40 },
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
  }),
});

/**
 * Paging under a table: rows per page (a native select, the platform's own picker and keyboard), "1–25 of
 * 10,000", previous and next. Plain elements, not MUI's TablePagination: that one imports MUI's Select,
 * Menu, Popover and Modal even when its select is native, ~70 KB of code the first grants view had to
 * download and compile before its first rows. The accessible names are MUI's, so tests and screen-reader
 * users find the same controls.
 */
export function TablePager(props: Props) {
  const { count, page, rowsPerPage } = props;
  const selectId = useId();
  const root = useRef<HTMLDivElement>(null);
  const from = count === 0 ? 0 : page * rowsPerPage + 1;
  const to = Math.min(count, (page + 1) * rowsPerPage);
  const last = Math.max(0, Math.ceil(count / rowsPerPage) - 1);
  const usedWithFocus = useRef<Direction>(undefined);
  // Like MUI's pagination: the button that was just used and is now disabled (the first or last page) would
  // drop the keyboard focus to the page's start; it goes to the other button instead.
  useLayoutEffect(() => {
    const used = usedWithFocus.current;
    usedWithFocus.current = undefined;
    // Only after a page turn by a focused button that is now at its end: no DOM query on other renders.
    if (!used || (used === 'next' ? page < last : page > 0)) return;
    const other = root.current?.querySelector<HTMLButtonElement>(`.cg-i-${used === 'next' ? 'previous' : 'next'}`);
    if (other && !other.disabled) other.focus();
  }, [page, last]);
  const go = (direction: Direction) => {
    const button = root.current?.querySelector(`.cg-i-${direction}`);
    if (button && document.activeElement === button) usedWithFocus.current = direction;
    props.onPageChange(direction === 'next' ? page + 1 : page - 1);
  };
  return (
    <div className="cg-pager" ref={root}>
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
      {(['previous', 'next'] as const).map((direction) => (
        <PlainIconButton
          key={direction}
          icon={direction}
          label={`Go to ${direction} page`}
          title={`Go to ${direction} page`}
          disabled={direction === 'next' ? page >= last : page <= 0}
          onClick={() => go(direction)}
        />
      ))}
    </div>
  );
}
