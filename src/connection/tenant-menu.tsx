import { lazy, Suspense, useState } from 'react';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import ExpandMore from '@mui/icons-material/ExpandMore';
import { useNow } from '../components/use-now';
import { useConnection, useConnectionState } from './connection-context';
import { formatTimeLeft } from './token';

// Menu brings Popover and Modal: load them when the admin first opens the menu, not before the first rows.
const TenantMenuPopup = lazy(() => import('./tenant-menu-popup').then((m) => ({ default: m.TenantMenuPopup })));

const fiveMinutes = 5 * 60_000;

/** App-bar indicator: which tenant, how long the token lasts, what it may do, and Disconnect. */
export function TenantMenu() {
  const { disconnect } = useConnectionState();
  const connection = useConnection();
  const now = useNow();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const left = connection.expiresAt - now;
  const timeLeft = left > 0 ? formatTimeLeft(left) : 'expired';
  return (
    <>
      <Button
        color="inherit"
        endIcon={<ExpandMore />}
        aria-haspopup="menu"
        aria-expanded={Boolean(anchor)}
        aria-label={`Tenant ${connection.domain}, token ${left > 0 ? `expires in ${timeLeft}` : 'expired'}`}
        onClick={(event) => setAnchor(event.currentTarget)}
        sx={{ textTransform: 'none', minWidth: 0 }}
      >
        <Typography component="span" noWrap sx={{ maxWidth: { xs: 120, sm: 320 }, mr: 1 }}>
          {connection.domain}
        </Typography>
        <Chip
          size="small"
          label={timeLeft}
          sx={{
            display: { xs: 'none', sm: 'inline-flex' },
            // Dark text on the warning colour keeps WCAG contrast; white on it does not.
            bgcolor: left < fiveMinutes ? 'warning.light' : 'rgba(255,255,255,0.2)',
            color: left < fiveMinutes ? 'common.black' : 'inherit',
          }}
        />
      </Button>
      <Suspense>
        {anchor && (
          <TenantMenuPopup anchor={anchor} connection={connection} timeLeft={timeLeft} onClose={() => setAnchor(null)} onDisconnect={disconnect} />
        )}
      </Suspense>
    </>
  );
}
