import { lazy, Suspense } from 'react';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { useConnectionState } from '../connection/connection-context';
import { ConnectionProvider } from '../connection/connection-provider';
import { RateLimitNotice } from '../connection/rate-limit-notice';
import { ReconnectBanner } from '../connection/reconnect-banner';
import { TenantMenu } from '../connection/tenant-menu';
import { GrantsPageSlot } from '../grants/grants-page-slot';
import { AppShell } from './app-shell';
import { ErrorBoundary } from './error-boundary';
import type { FirstPage } from './first-page';
import { theme } from './theme';

// An admin who stays connected never needs the connect form (nor react-hook-form) before the first rows.
const ConnectForm = lazy(() => import('../connection/connect-form').then((m) => ({ default: m.ConnectForm })));

function Screens() {
  const { connection } = useConnectionState();
  if (!connection) {
    return (
      <AppShell>
        <Suspense>
          <ConnectForm />
        </Suspense>
      </AppShell>
    );
  }
  return (
    <AppShell tenant={<TenantMenu />}>
      <ReconnectBanner />
      <GrantsPageSlot />
      <RateLimitNotice />
    </AppShell>
  );
}

export function App({ firstPage }: { firstPage?: FirstPage }) {
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <ErrorBoundary>
        <ConnectionProvider firstPage={firstPage}>
          <Screens />
        </ConnectionProvider>
      </ErrorBoundary>
    </ThemeProvider>
  );
}
