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
    MuiButton: { defaultProps: { disableElevation: true } },
    MuiTooltip: { defaultProps: { arrow: true } },
  },
});
