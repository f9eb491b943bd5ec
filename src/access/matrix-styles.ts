import type { SxProps, Theme } from '@mui/material/styles';

/** Fixed sizes: the virtualisers place rows and columns by arithmetic, with nothing to measure. */
export const ROW_HEIGHT = 48;
export const HEADER_HEIGHT = 56;
export const COLUMN_WIDTH = 136;
export const ROW_HEADER_WIDTH = 260;

const focusRing = { outline: 2, outlineStyle: 'solid', outlineColor: 'primary.main', outlineOffset: -2 } as const;

const ellipsis = { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' } as const;

/**
 * One scroll container holds everything, so the header row and first column can be `position: sticky`
 * inside it. Cells are plain elements styled by these class rules, written once on the grid: thousands of
 * MUI components or per-cell `sx` would be resolved on every scroll frame.
 */
export const matrixSx: SxProps<Theme> = {
  position: 'relative',
  overflow: 'auto',
  maxHeight: '70vh',
  minHeight: HEADER_HEIGHT + 2 * ROW_HEIGHT,
  border: 1,
  borderColor: 'divider',
  borderRadius: 1,
  bgcolor: 'background.paper',
  typography: 'body2',
  '& .am-canvas': { position: 'relative' },
  '& .am-row': { position: 'absolute', left: 0, height: ROW_HEIGHT },
  '& .am-head': { position: 'sticky', top: 0, zIndex: 2, height: HEADER_HEIGHT, bgcolor: 'background.paper' },
  '& .am-cell, & .am-colhead': {
    position: 'absolute',
    top: 0,
    boxSizing: 'border-box',
    width: COLUMN_WIDTH,
    px: 1,
    display: 'flex',
    alignItems: 'center',
    borderBottom: 1,
    borderRight: 1,
    borderColor: 'divider',
    // Fixed-size leaves: the browser lays out and paints each one on its own while the grid scrolls.
    contain: 'strict',
    '&:focus-visible': focusRing,
  },
  '& .am-cell': { height: ROW_HEIGHT, justifyContent: 'center' },
  '& .am-colhead': { height: HEADER_HEIGHT, flexDirection: 'column', alignItems: 'flex-start', justifyContent: 'center', fontWeight: 500 },
  '& .am-rowhead, & .am-corner': {
    position: 'sticky',
    left: 0,
    zIndex: 1,
    boxSizing: 'border-box',
    width: ROW_HEADER_WIDTH,
    px: 1.5,
    display: 'flex',
    flexDirection: 'column',
    justifyContent: 'center',
    bgcolor: 'background.paper',
    borderBottom: 1,
    borderRight: 1,
    borderColor: 'divider',
    '&:focus-visible': focusRing,
  },
  '& .am-rowhead': { height: ROW_HEIGHT },
  '& .am-corner': { height: HEADER_HEIGHT, fontWeight: 500 },
  '& .am-name': { ...ellipsis, maxWidth: '100%' },
  '& .am-sub': { ...ellipsis, maxWidth: '100%', typography: 'caption', color: 'text.secondary' },
  '& .am-deleted': { typography: 'caption', color: 'warning.dark', fontWeight: 400 },
  '& .am-open': {
    fontVariantNumeric: 'tabular-nums',
    color: 'primary.main',
    cursor: 'pointer',
    '&:hover': { bgcolor: 'action.hover' },
  },
};
