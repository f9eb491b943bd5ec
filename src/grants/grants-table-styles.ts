import type { SxProps, Theme } from '@mui/material/styles';
import { plainControlsSx } from '../components/plain-controls-styles';

/**
 * The table's row styles, written once as class rules on the table. Rows are plain elements with
 * these classes instead of MUI components with `sx`: each `sx` is resolved per element per render,
 * and 25 rows of them made every page change slow.
 */
const grantPartsSx = {
  ...plainControlsSx,
  '& .cg-name': {
    display: 'flex',
    alignItems: 'center',
    gap: 0.75,
    flexWrap: 'wrap',
    fontWeight: 500,
    wordBreak: 'break-word',
  },
  '& .cg-sub': {
    display: 'block',
    maxWidth: 220,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    typography: 'caption',
    color: 'text.secondary',
  },
  '& .cg-mono': { fontFamily: 'monospace' },
  '& .cg-chips': { display: 'flex', flexWrap: 'wrap', gap: 0.5 },
  '& .cg-chip': {
    display: 'inline-flex',
    alignItems: 'center',
    height: 24,
    px: 1,
    borderRadius: 3,
    border: 1,
    borderColor: 'divider',
    fontSize: 13,
    lineHeight: 1,
    whiteSpace: 'nowrap',
  },
  '& .cg-chip-filled': { bgcolor: 'action.selected', borderColor: 'transparent' },
  '& .cg-chip-primary': {
    bgcolor: 'primary.main',
    color: 'primary.contrastText',
    borderColor: 'transparent',
  },
  // Warning-coloured text fails WCAG contrast on white; the border carries the colour instead.
  '& .cg-chip-warning': { borderColor: 'warning.main' },
  '& .cg-chip-secondary': { borderColor: 'secondary.main', color: 'secondary.main' },
  '& .cg-muted': { color: 'text.secondary' },
  '& .cg-id': { display: 'flex', alignItems: 'center', gap: 0.5, whiteSpace: 'nowrap' },
  '& .cg-link': {
    p: 0,
    border: 0,
    background: 'none',
    font: 'inherit',
    fontFamily: 'monospace',
    color: 'primary.main',
    cursor: 'pointer',
    '&:hover': { textDecoration: 'underline' },
    '&:focus-visible': { outline: 2, outlineStyle: 'solid', outlineColor: 'primary.main', outlineOffset: 2 },
  },
} as const;

export const grantsTableSx: SxProps<Theme> = {
  ...grantPartsSx,
  minWidth: 980,
  // MUI TableRow hover + TableCell (size small, body) for the plain rows of grant-row.tsx.
  '& .cg-row': { cursor: 'pointer', '&:hover': { bgcolor: 'action.hover' } },
  '& .cg-row > td': {
    typography: 'body2',
    color: 'text.primary',
    px: 2,
    py: 1.25,
    verticalAlign: 'top',
    textAlign: 'left',
    borderBottom: 1,
    borderColor: 'TableCell.border',
  },
  '& .cg-row > td.cg-end': { textAlign: 'right' },
  '& .cg-scopes': { width: '34%', minWidth: 240 },
};

/** Narrow screens: one card per grant instead of a table that would scroll sideways. */
export const grantCardsSx: SxProps<Theme> = {
  ...grantPartsSx,
  listStyle: 'none',
  m: 0,
  p: 0,
  '& .cg-card': {
    display: 'grid',
    gap: 0.75,
    px: 2,
    py: 1.5,
    borderBottom: 1,
    borderColor: 'divider',
    cursor: 'pointer',
    '&:hover': { bgcolor: 'action.hover' },
  },
  '& .cg-card-head': { display: 'flex', alignItems: 'flex-start', justifyContent: 'space-between', gap: 1 },
  '& .cg-sub': { maxWidth: '100%' },
};
