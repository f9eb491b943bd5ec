import { useState } from 'react';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { QueryClientProvider } from '@tanstack/react-query';
import { AppShell } from './app-shell';
import { ErrorBoundary } from './error-boundary';
import { createQueryClient } from './query-client';
import { theme } from './theme';

export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <ErrorBoundary>
        <QueryClientProvider client={queryClient}>
          <AppShell>
            <p>Connect to a tenant to see its client grants.</p>
          </AppShell>
        </QueryClientProvider>
      </ErrorBoundary>
    </ThemeProvider>
  );
}
