/**
 * Class rules for the plain elements that stand in for MUI components where a page holds many of
 * them (table rows, cards). Spread into the `sx` of a container; theme tokens resolve there once.
 */
export const plainControlsSx = {
  '& .cg-svg': { width: 20, height: 20, fill: 'currentColor', flexShrink: 0 },
  '& .cg-icon-button': {
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    width: 30,
    height: 30,
    p: 0,
    border: 0,
    borderRadius: '50%',
    bgcolor: 'transparent',
    color: 'action.active',
    cursor: 'pointer',
    '&:hover': { bgcolor: 'action.hover' },
    '&:focus-visible': { outline: '2px solid currentColor', outlineOffset: 2 },
    '&:disabled': { color: 'action.disabled', cursor: 'default', bgcolor: 'transparent' },
    '& .cg-svg': { width: 18, height: 18 },
  },
  '& .cg-reason': { display: 'inline-flex' },
  '& .cg-actions': { display: 'inline-flex', justifyContent: 'flex-end', gap: 0.25 },
  '& .cg-locked': { color: 'action.disabled', p: 0.5 },
} as const;
