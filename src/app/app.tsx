import { lazy, Suspense, useEffect } from 'react';
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
import { navigateTo, useLocationView } from './use-location-search';
import { correctViewQuery, type View } from './view';
import { ViewTabs } from './view-tabs';
import type { FirstPage } from './first-page';
import { theme } from './theme';

// An admin who stays connected never needs the connect form (nor react-hook-form) before the first rows.
const ConnectForm = lazy(() => import('../connection/connect-form').then((m) => ({ default: m.ConnectForm })));
const AccessPage = lazy(() => import('../access/access-page').then((m) => ({ default: m.AccessPage })));
const FindingsPage = lazy(() => import('../findings/findings-page').then((m) => ({ default: m.FindingsPage })));
const ComparePage = lazy(() => import('../compare').then((m) => ({ default: m.ComparePage })));

function ViewPage({ view }: { view: View }) {
  if (view === 'grants') return <GrantsPageSlot />;
  return <Suspense>{view === 'access' ? <AccessPage /> : view === 'compare' ? <ComparePage /> : <FindingsPage />}</Suspense>;
}

function ConnectedScreens() {
  const view = useLocationView();
  // A link's `view` in its canonical form, so the address bar names the view on screen. Read at effect time:
  // the page's own correction (a child's effect) may just have replaced the address.
  useEffect(() => {
    const corrected = correctViewQuery(window.location.search);
    if (corrected !== undefined) navigateTo(new URLSearchParams(corrected), { replace: true });
  }, [view]);
  return (
    <AppShell tenant={<TenantMenu />}>
      <ReconnectBanner />
      <ViewTabs view={view} />
      <ViewPage view={view} />
      <RateLimitNotice />
    </AppShell>
  );
}

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
  return <ConnectedScreens />;
}

export function App({ firstPage }: { firstPage?: FirstPage }) {
  return (
    // noSsr: this app only renders in the browser, so the stored colour mode is read in the first render.
    // Without it MUI renders everything twice (mode unknown, then known), and the second render ran
    // before the first rows were painted.
    <ThemeProvider theme={theme} noSsr>
      <CssBaseline />
      <ErrorBoundary>
        <ConnectionProvider firstPage={firstPage}>
          <Screens />
        </ConnectionProvider>
      </ErrorBoundary>
    </ThemeProvider>
  );
}
