import { memo } from 'react';
import GlobalStyles from '@mui/material/GlobalStyles';
import type { Theme } from '@mui/material/styles';

// MUI's small body TableCell, TableRow hover/selected and Link, as class rules for holder-row.tsx,
// resolved once per page load rather than per element per render.
const rules = (theme: Theme) => ({
  '.cg-holders': theme.unstable_sx({
    '& .cg-hrow > td, & .cg-hrow > th': {
      typography: 'body2',
      fontWeight: 400,
      color: 'text.primary',
      textAlign: 'left',
      verticalAlign: 'inherit',
      px: 2,
      py: '6px',
      borderBottom: 1,
      borderColor: 'TableCell.border',
    },
    '& .cg-hrow:hover': { bgcolor: 'action.hover' },
    '& .cg-hrow.cg-hrow-selected': { bgcolor: 'action.selected' },
    '& .cg-hrow > td.cg-hcheck': { width: 48, p: '0 0 0 4px', textAlign: 'center' },
    // Names can be one long unbroken word (a seeded app has one): wrap anywhere rather than widen the table.
    '& .cg-hname': { overflowWrap: 'anywhere', minWidth: 140, maxWidth: 320 },
    '& .cg-hsub': { typography: 'caption', color: 'text.secondary', overflowWrap: 'anywhere' },
    '& .cg-select': { width: 18, height: 18, m: 0, cursor: 'pointer', accentColor: 'var(--mui-palette-primary-main, #1976d2)' },
    '& .cg-hlink': {
      color: 'primary.main',
      textDecoration: 'underline',
      textDecorationColor: 'rgba(var(--mui-palette-primary-mainChannel) / 0.4)',
      '&:hover': { textDecorationColor: 'inherit' },
      '&:focus-visible': { outline: 2, outlineStyle: 'solid', outlineColor: 'primary.main', outlineOffset: 2 },
    },
  }),
});

/** Rendered by the holders table; memoized with no props, so it renders once per mount. */
export const HolderRowsRules = memo(function HolderRowsRules() {
  return <GlobalStyles styles={rules} />;
});
