import { createTheme } from '@mui/material/styles';

// colorSchemes + CSS variables: MUI follows the system preference, and useColorScheme() remembers
// an explicit choice in localStorage without a flash of the wrong theme on reload.
export const theme = createTheme({
  cssVariables: { colorSchemeSelector: 'class' },
  colorSchemes: {
    light: { palette: { primary: { main: '#3949ab' }, background: { default: '#f6f7fb' } } },
    dark: { palette: { primary: { main: '#9fa8da' } } },
  },
  shape: { borderRadius: 8 },
  typography: {
    fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  },
  components: {
    // The app bar is sticky: keep keyboard-focused rows from scrolling underneath it (WCAG 2.4.11).
    MuiCssBaseline: { styleOverrides: { html: { scrollPaddingTop: 80 } } },
    MuiButton: { defaultProps: { disableElevation: true } },
    // MUI's focus for icon buttons is a faint background; keyboard users need a visible ring.
    MuiIconButton: {
      styleOverrides: { root: { '&.Mui-focusVisible': { outline: '2px solid currentColor', outlineOffset: 2 } } },
    },
    MuiTooltip: { defaultProps: { arrow: true } },
  },
});
