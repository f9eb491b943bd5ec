import type { SxProps, Theme } from '@mui/material/styles';
import { plainControlsSx } from '../components/plain-controls-styles';

/** Fixed sizes: the virtualiser places rows by arithmetic, with nothing to measure (a long name is cut, with a tooltip). */
export const ROW_HEIGHT = 40;
export const HEADER_HEIGHT = 40;

const ellipsis = { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' } as const;

/**
 * One scroll container around a real table: the header row is sticky inside it, and column widths are fixed
 * (`table-layout: fixed`), so rows coming and going while scrolling never move the columns. Plain elements
 * styled by these class rules: MUI's TableRow/TableCell per drawn row would be resolved on every scroll frame.
 */
export const differencesSx: SxProps<Theme> = {
  ...plainControlsSx,
  overflow: 'auto',
  maxHeight: '60vh',
  minHeight: HEADER_HEIGHT + 3 * ROW_HEIGHT,
  border: 1,
  borderColor: 'divider',
  borderRadius: 1,
  typography: 'body2',
  '&:focus-visible': { outline: '2px solid', outlineColor: 'primary.main' },
  '& table': { width: '100%', minWidth: 720, tableLayout: 'fixed', borderCollapse: 'separate', borderSpacing: 0 },
  '& thead th': {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    height: HEADER_HEIGHT,
    boxSizing: 'border-box',
    px: 1,
    textAlign: 'start',
    fontWeight: 500,
    bgcolor: 'background.paper',
    borderBottom: 1,
    borderColor: 'divider',
  },
  '& tbody tr.cd-row': { height: ROW_HEIGHT },
  '& tbody tr.cd-row:focus-visible': { outline: '2px solid', outlineColor: 'primary.main', outlineOffset: -2 },
  '& tbody td': { boxSizing: 'border-box', height: ROW_HEIGHT, px: 1, py: 0, borderBottom: 1, borderColor: 'divider', ...ellipsis },
  '& .cd-check': { width: 44, textAlign: 'center' },
  '& .cd-kind': { width: 120 },
  '& .cd-subject': { width: 96 },
  '& .cg-text': { display: 'block', maxWidth: '100%', ...ellipsis },
  '& .cd-empty': { m: 0, p: 2, color: 'text.secondary' },
  '& tbody a': { color: 'primary.main' },
  '& tbody a:focus-visible': { outline: '2px solid', outlineOffset: 1 },
};
