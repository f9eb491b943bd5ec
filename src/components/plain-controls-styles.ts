import { iconMask, iconPaths, type IconName } from './icon-paths';

// `.cg-i-edit` etc.: the icon drawn by ::before, masked out of a currentColor background. Forced-colors
// mode (Windows high contrast) replaces backgrounds, so there the mask is painted in ButtonText.
const iconRules = Object.fromEntries(
  (Object.keys(iconPaths) as IconName[]).map((name) => [`& .cg-i-${name}::before`, { maskImage: iconMask(name) }]),
);

/**
 * Class rules for the plain elements that stand in for MUI components where a page holds many of
 * them (table rows, cards). Spread into the `sx` of a container; theme tokens resolve there once.
 */
export const plainControlsSx = {
  '& [class*="cg-i-"]::before': {
    content: '""',
    display: 'block',
    width: 18,
    height: 18,
    flexShrink: 0,
    bgcolor: 'currentColor',
    maskSize: 'contain',
    maskRepeat: 'no-repeat',
    maskPosition: 'center',
    '@media (forced-colors: active)': { bgcolor: 'ButtonText', forcedColorAdjust: 'none' },
  },
  ...iconRules,
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
  },
  '& .cg-reason': { display: 'inline-flex' },
  // Visually hidden, read by screen readers.
  '& .cg-sr': {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
  '& .cg-actions': { display: 'inline-flex', justifyContent: 'flex-end', gap: 0.25 },
  '& .cg-locked': { color: 'action.disabled', p: 0.5 },
} as const;

/** SelectCheckbox's look (select-checkbox.tsx), for every container that holds them: rows, cards, holders. */
export const selectCheckboxSx = {
  '& .cg-select': { width: 18, height: 18, m: 0, cursor: 'pointer', accentColor: 'var(--mui-palette-primary-main, #1976d2)' },
} as const;
