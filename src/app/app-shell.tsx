import type { ReactNode } from 'react';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { ColorModeToggle } from './color-mode-toggle';

type Props = { tenant?: ReactNode; children: ReactNode };

export function AppShell({ tenant, children }: Props) {
  return (
    <Box sx={{ minHeight: '100vh', bgcolor: 'background.default' }}>
      <AppBar position="sticky" elevation={0} sx={{ borderBottom: 1, borderColor: 'divider' }}>
        <Toolbar sx={{ gap: 1 }}>
          <Typography variant="h6" component="h1" sx={{ fontWeight: 600, flexShrink: 0 }}>
            Client Grants
          </Typography>
          <Box sx={{ flexGrow: 1 }} />
          {tenant}
          <ColorModeToggle />
        </Toolbar>
      </AppBar>
      <Box component="main" sx={{ p: { xs: 1.5, sm: 3 }, maxWidth: 1440, mx: 'auto' }}>
        {children}
      </Box>
    </Box>
  );
}
