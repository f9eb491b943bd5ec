import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import { useColorScheme } from '@mui/material/styles';
import BrightnessAutoIcon from '@mui/icons-material/BrightnessAuto';
import DarkModeIcon from '@mui/icons-material/DarkMode';
import LightModeIcon from '@mui/icons-material/LightMode';

const next = { system: 'light', light: 'dark', dark: 'system' } as const;
const labels = { system: 'Theme: follows the system', light: 'Theme: light', dark: 'Theme: dark' } as const;
const icons = { system: <BrightnessAutoIcon />, light: <LightModeIcon />, dark: <DarkModeIcon /> } as const;

/** Cycles system → light → dark; MUI's useColorScheme persists the choice in localStorage. */
export function ColorModeToggle() {
  const { mode, setMode } = useColorScheme();
  const current = mode ?? 'system';
  return (
    <Tooltip title={`${labels[current]} (click to change)`}>
      <IconButton color="inherit" aria-label={labels[current]} onClick={() => setMode(next[current])}>
        {icons[current]}
      </IconButton>
    </Tooltip>
  );
}
