import type { SxProps, Theme } from '@mui/material/styles';
import { plainControlsSx, selectCheckboxSx } from '../components/plain-controls-styles';

/**
 * The table's row styles, written once as class rules on the table. Rows are plain elements with
 * these classes instead of MUI components with `sx`: each `sx` is resolved per element per render,
 * and 25 rows of them made every page change slow.
 */
const grantPartsSx = {
  ...plainControlsSx,
  // Names, ids and scopes come from the tenant and may be one unbroken 200-character word: each is
  // cut to one line with an ellipsis (full text in its title and in the detail panel), so no value
  // can push the row's actions off screen or make a row grow without bound.
  '& .cg-name': {
    display: 'flex',
    alignItems: 'center',
    gap: 0.75,
    flexWrap: 'wrap',
    minWidth: 0,
    fontWeight: 500,
  },
  '& .cg-text': {
    minWidth: 0,
    maxWidth: '100%',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
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
  // The bulk-selection checkbox (native, like the rest of the lean rows), in rows and in cards.
  ...selectCheckboxSx,
  '& .cg-chips': { display: 'flex', flexWrap: 'wrap', gap: 0.5, minWidth: 0 },
  // inline-block, not inline-flex: text-overflow applies to a block container's text, not a flex item's.
  '& .cg-chip': {
    display: 'inline-block',
    boxSizing: 'border-box',
    height: 24,
    px: 1,
    borderRadius: 3,
    border: 1,
    borderColor: 'divider',
    fontSize: 13,
    lineHeight: '22px',
    verticalAlign: 'middle',
    whiteSpace: 'nowrap',
    maxWidth: '100%',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
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
  '& .cg-last-used': { fontSize: 13, minWidth: 64, maxWidth: 84 },
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
  '& .cg-row > td.cg-end, & .cg-head > th.cg-end': { textAlign: 'right' },
  // MUI TableCell (size small, head) with the headings' weight, for the plain header row of grants-table-head.tsx.
  '& .cg-head > th': {
    typography: 'body2',
    fontWeight: 600,
    lineHeight: '1.5rem',
    whiteSpace: 'nowrap',
    color: 'text.primary',
    px: 2,
    py: 0.75,
    textAlign: 'left',
    borderBottom: 1,
    borderColor: 'TableCell.border',
  },
  '& .cg-head > th.cg-select-cell': { width: 18, pl: 1.5, pr: 0 },
  // The bulk-selection column: as narrow as its checkbox (MUI's padding="checkbox" cell, for the plain rows).
  // Narrow, so the seven columns keep their room at 1280 px.
  '& .cg-row > td.cg-select-cell': { width: 18, pl: 1.5, pr: 0, py: 1.25 },
  '& .cg-scopes': { width: '34%', minWidth: 200 },
  // A table column grows to its content's min-content width, which a percentage cannot cap: a fixed
  // cap keeps the seven columns within a 1280 px window whatever the tenant's values.
  // Names get 170 px (not 200) since the selection checkbox took its column: scopes keep two lines of chips.
  '& .cg-row .cg-text, & .cg-row .cg-sub': { maxWidth: 170 },
  '& .cg-row .cg-chip': { maxWidth: 200 },
};

/** Narrow screens: one card per grant instead of a table that would scroll sideways. */
export const grantCardsSx: SxProps<Theme> = {
  ...grantPartsSx,
  listStyle: 'none',
  m: 0,
  p: 0,
  '& .cg-card': {
    display: 'grid',
    // minmax(0, …): a grid column otherwise grows to its longest unbroken value, past the screen.
    gridTemplateColumns: 'minmax(0, 1fr)',
    gap: 0.75,
    px: 2,
    py: 1.5,
    borderBottom: 1,
    borderColor: 'divider',
    cursor: 'pointer',
    '&:hover': { bgcolor: 'action.hover' },
  },
  '& .cg-card-head': { display: 'flex', alignItems: 'flex-start', justifyContent: 'space-between', gap: 1 },
  // The name gives way to the actions: it shrinks (and is cut with an ellipsis), they never do.
  '& .cg-card-head > .cg-name': { flex: '1 1 auto' },
  '& .cg-card-head > .cg-select': { flexShrink: 0, mt: 0.25 },
  '& .cg-card-head > .cg-actions': { flexShrink: 0 },
  '& .cg-sub': { maxWidth: '100%' },
};
