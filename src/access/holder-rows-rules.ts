import type { Theme } from '@mui/material/styles';
import { selectCheckboxSx } from '../components/plain-controls-styles';

// MUI's small body TableCell, TableRow hover/selected and Link, as class rules for holder-row.tsx, for
// <ClassRules> (components/class-rules.tsx): resolved once rather than per element per render.
export const holderRowsRules = (theme: Theme) => ({
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
    ...selectCheckboxSx,
    '& .cg-hlink': {
      color: 'primary.main',
      textDecoration: 'underline',
      textDecorationColor: 'rgba(var(--mui-palette-primary-mainChannel) / 0.4)',
      '&:hover': { textDecorationColor: 'inherit' },
      '&:focus-visible': { outline: 2, outlineStyle: 'solid', outlineColor: 'primary.main', outlineOffset: 2 },
    },
  }),
});
