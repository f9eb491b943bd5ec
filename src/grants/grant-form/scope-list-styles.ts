import type { SxProps, Theme } from '@mui/material/styles';

/** The scroll box and its rows, written once as class rules: rows are plain elements (scope-checkbox.tsx). */
export const scopeListSx: SxProps<Theme> = {
  maxHeight: 320,
  overflowY: 'auto',
  border: 1,
  borderColor: 'divider',
  borderRadius: 1,
  mt: 1,
  px: 1,
  // Rows are positioned by the virtualiser inside a box of the whole list's height.
  '& .cg-scope-rows': { position: 'relative', width: '100%' },
  '& .cg-scope-row': { position: 'absolute', top: 0, left: 0, width: '100%' },
  '& .cg-scope': {
    display: 'flex',
    alignItems: 'flex-start',
    gap: 1,
    py: 0.75,
    cursor: 'pointer',
    '&:has(input:disabled)': { cursor: 'default', color: 'text.disabled' },
  },
  '& .cg-scope input': {
    width: 18,
    height: 18,
    m: 0,
    mt: 0.25,
    flexShrink: 0,
    accentColor: (theme: Theme) => theme.palette.primary.main,
    cursor: 'inherit',
  },
  '& .cg-scope input:focus-visible': { outline: '2px solid', outlineColor: 'primary.main', outlineOffset: 2 },
  '& .cg-scope-text': { minWidth: 0, overflowWrap: 'anywhere' },
  '& .cg-scope-value': { display: 'block', typography: 'body2', fontFamily: 'monospace' },
  '& .cg-scope-description': { display: 'block', typography: 'caption', color: 'text.secondary' },
  '& .cg-scope-empty': { display: 'block', typography: 'body2', color: 'text.secondary', py: 1 },
};
