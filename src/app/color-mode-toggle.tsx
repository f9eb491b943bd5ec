import IconButton from '@mui/material/IconButton';
import { useColorScheme } from '@mui/material/styles';
import BrightnessAutoIcon from '@mui/icons-material/BrightnessAuto';
import DarkModeIcon from '@mui/icons-material/DarkMode';
import LightModeIcon from '@mui/icons-material/LightMode';

const next = { system: 'light', light: 'dark', dark: 'system' } as const;
const labels = { system: 'Theme: follows the system', light: 'Theme: light', dark: 'Theme: dark' } as const;
const icons = { system: <BrightnessAutoIcon />, light: <LightModeIcon />, dark: <DarkModeIcon /> } as const;

/**
 * Cycles system → light → dark; MUI's useColorScheme persists the choice in localStorage. The hint is a native
 * title, like every other icon button's: MUI's Tooltip brought Popper and Popper.js (~31 KB) into the code every
 * first view downloads and compiles, for one hover hint in the app bar.
 */
export function ColorModeToggle() {
  const { mode, setMode } = useColorScheme();
  const current = mode ?? 'system';
  return (
    <IconButton
      color="inherit"
      aria-label={labels[current]}
      title={`${labels[current]} (click to change)`}
      onClick={() => setMode(next[current])}
    >
      {icons[current]}
    </IconButton>
  );
}
